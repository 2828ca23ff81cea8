from django.apps import AppConfig


class ChaptersConfig(AppConfig):
    name = "chapters"
    verbose_name = "Các cấp hội"

    def ready(self):
        from . import signals  # cycle: app loading, signals need the models

        signals.connect()
