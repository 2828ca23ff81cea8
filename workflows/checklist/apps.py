from django.apps import AppConfig


class ChecklistConfig(AppConfig):
    name = "workflows.checklist"
    label = "checklist"
    verbose_name = "Kiểm tra trước khi duyệt"

    def ready(self):
        """The checklist is the default workflow's first step, each board edits its Site's rules,
        and every resubmission and every approval goes through the checklist (see ``guard``)."""
        from core import plugins

        from . import guard
        from .models import CHECKLIST_TASK_NAME, ChecklistTask

        plugins.add_workflow_step(0, ChecklistTask, CHECKLIST_TASK_NAME)
        plugins.grant(plugins.BOARD, self.label, "change_checklistsettings")
        guard.install()
