from django.apps import AppConfig


class OfficialdocsConfig(AppConfig):
    name = "officialdocs"
    verbose_name = "Văn bản"
