from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = "Nền tảng chung"

    def ready(self):
        from . import setup
        from .site_scope import confine_site_settings

        confine_site_settings()
        setup.connect()
