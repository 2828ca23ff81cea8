from django.apps import AppConfig

from core import plugins


class EditorialConfig(AppConfig):
    name = "workflows.editorial"
    label = "editorial"
    verbose_name = "Ban Biên tập duyệt"

    def ready(self):
        """The board's review is the default workflow's step 10, and every board is in it."""
        from .models import EDITORIAL_TASK_NAME, EditorialTask  # cycle: app loading, models load after apps

        plugins.add_workflow_step(10, EditorialTask, EDITORIAL_TASK_NAME, boards_review=True)
