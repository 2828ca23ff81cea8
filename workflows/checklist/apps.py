from django.apps import AppConfig

from core import plugins


class ChecklistConfig(AppConfig):
    name = "workflows.checklist"
    label = "checklist"
    verbose_name = "Kiểm tra trước khi duyệt"

    def ready(self):
        """The checklist is the default workflow's first step, each board edits its Site's rules,
        every resubmission and every approval goes through the checklist (see ``guard``), and the
        desk's form shows its failures (``answers``)."""
        from . import answers, guard, models  # cycle: app loading, they need the models

        plugins.add_workflow_step(0, models.ChecklistTask, models.CHECKLIST_TASK_NAME)
        plugins.grant(plugins.BOARD, self.label, "change_checklistsettings")
        plugins.provide(answers.PAGE_CHECKS)
        guard.install()
