from django.apps import AppConfig


class StandardConfig(AppConfig):
    name = "standard"
    verbose_name = "Trang thông tin"
