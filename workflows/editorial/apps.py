from django.apps import AppConfig


class EditorialConfig(AppConfig):
    name = "workflows.editorial"
    label = "editorial"
    verbose_name = "Ban Biên tập duyệt"

    def ready(self):
        from . import signals  # noqa: F401  (new chapters get their group and workflow)
