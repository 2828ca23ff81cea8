from django.apps import AppConfig

from core.mentions import register_resolver


class OfficialdocsConfig(AppConfig):
    name = "officialdocs"
    verbose_name = "Văn bản"

    def ready(self):
        from . import mentions, signals  # cycle: both import the models, which load after the app registry

        signals.connect()
        register_resolver(mentions.resolve_symbols)
