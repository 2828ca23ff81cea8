"""What changed since the board last looked.

Wagtail's "Compare with previous version" on the dashboard compares the revision under
review with the one saved just before it: after a resubmission that is an autosave or a draft
saved on the way, so the board sees "no differences". Here it compares with the revision the
board sent back, so the board sees exactly what the author changed in answer."""

from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import TaskState


def last_seen_revision_id(task_state) -> int | None:
    """The revision this task last sent back in the same workflow run, if it did."""
    return (
        TaskState.objects.filter(
            workflow_state_id=task_state.workflow_state_id,
            task_id=task_state.task_id,
            status=TaskState.STATUS_REJECTED,
        )
        .exclude(pk=task_state.pk)
        .order_by("-finished_at", "-pk")
        .values_list("revision_id", flat=True)
        .first()
    )


class ReviewPanel(WorkflowObjectsToModeratePanel):
    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            seen = last_seen_revision_id(state["task_state"])
            if seen is not None and seen != state["revision"].pk:
                state["previous_revision_id"] = seen
        return context
