from django.apps import AppConfig


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = "Trang chủ"

    def ready(self):
        from . import signals  # cycle: app loading, signals need the models

        signals.connect()
