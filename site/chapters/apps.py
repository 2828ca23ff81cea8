from django.apps import AppConfig


class ChaptersConfig(AppConfig):
    name = "chapters"
    verbose_name = "Các cấp hội"

    def ready(self):
        from . import signals

        signals.connect()
