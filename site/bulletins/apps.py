from django.apps import AppConfig


class BulletinsConfig(AppConfig):
    name = "bulletins"
    verbose_name = "Bản tin"

    def ready(self):
        from . import signals  # cycle: the signals import the models, which load after the app registry

        signals.connect()
