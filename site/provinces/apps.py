from django.apps import AppConfig


class ProvincesConfig(AppConfig):
    """Starting a real province: its Site, sections, chapters and presidents, without the demo."""

    name = "provinces"
    verbose_name = "Thiết lập hội tỉnh"
