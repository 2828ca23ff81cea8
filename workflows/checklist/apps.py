from django.apps import AppConfig


class ChecklistConfig(AppConfig):
    name = "workflows.checklist"
    label = "checklist"
    verbose_name = "Kiểm tra trước khi duyệt"

    def ready(self):
        """Every resubmission and every approval goes through the checklist (see ``guard``)."""
        from . import guard

        guard.install()
