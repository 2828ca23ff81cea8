from django.apps import AppConfig


class HonoursConfig(AppConfig):
    name = "honours"
    verbose_name = "Vinh danh"
