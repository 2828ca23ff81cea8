from django.apps import AppConfig


class SitesearchConfig(AppConfig):
    name = "sitesearch"
    verbose_name = "Tìm kiếm"

    def ready(self):
        from . import signals

        signals.connect()
