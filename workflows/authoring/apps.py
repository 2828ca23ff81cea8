from django.apps import AppConfig


class AuthoringConfig(AppConfig):
    name = "workflows.authoring"
    label = "authoring"
    verbose_name = "Bài của tôi"
