from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Nền tảng chung"

    def ready(self):
        from . import fragments, setup  # cycle: app loading, they need the models
        from .site_scope import confine_site_settings  # cycle: app loading, it needs the models

        confine_site_settings()
        setup.connect()
        fragments.connect()
