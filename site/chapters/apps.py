from django.apps import AppConfig


class ChaptersConfig(AppConfig):
    name = "chapters"
    verbose_name = "Các cấp hội"
