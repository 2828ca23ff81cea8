"""The checklist is never skipped: in a workflow holding an active ChecklistTask, no person
approves a revision that the checklist has not passed.

Wagtail leaves two ways around the checklist; ``install()`` (from ``ChecklistConfig.ready()``,
so the other plugins need not know this app exists) closes both by wrapping two model methods,
the places every admin path (edit view, dashboard, workflow action modal) and every piece of
code goes through:

- ``WorkflowState.resume()``, which every resubmission after a send-back ends in, restarts the
  task that sent the page back (the board) on the latest revision, without the tasks before
  it: whatever the author added after the send-back reached the board unchecked. Wrapped, it
  restarts at the workflow's first active ChecklistTask, which passes the page on to the first
  task not yet approved (Wagtail's ``get_next_task``: the board) or sends it back again.
  Submissions, "restart workflow" and a submit after a cancel call ``Workflow.start``, which
  already begins at the first task.
- ``TaskState.approve()`` lets the workflow publish the *latest* revision
  (``publish_workflow_state``), which may have changed after the checklist ran (a reviewer's
  edit, a draft saved by code). Wrapped, an approval that moves the workflow on first checks
  that every active ChecklistTask approved the latest revision in this WorkflowState. If not,
  the human task state is cancelled and the checklist runs on the latest revision: a failure
  sends the page back to its author; a pass restarts the human task on that revision, and the
  approval goes through only if the approver wrote that revision (a reviewer's "edit and
  approve"); anyone else's change is reviewed afresh.

Why these two methods: Wagtail has no hook between "the author resubmits" and "the next task
starts", nor before an approval takes effect. ``WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT``
is project-wide and still lets ``resume()`` restart the board first (it names its next task,
bypassing ``get_next_task``), so the checklist would run only after a person had approved;
the ``task_submitted``/``task_approved`` signals fire in the middle of ``WorkflowState.update``,
too late to redirect it without corrupting its bookkeeping; a TaskState subclass on the board's
task would need a migration and the editorial app to know this one; admin hooks miss code
and the dashboard. Both wrappers call Wagtail's own method for the work, so its logging,
signals and emails stay as they are.
"""

from functools import wraps

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Revision, TaskState, WorkflowState

from .models import ChecklistTask

MARK = "_checklist_guard"


def checklist_tasks(workflow) -> list[ChecklistTask]:
    """The workflow's active checklist tasks, in workflow order."""
    return list(
        ChecklistTask.objects.filter(workflow_tasks__workflow=workflow, active=True).order_by(
            "workflow_tasks__sort_order"
        )
    )


def latest_revision_id(workflow_state) -> int | None:
    """Read from the database: a cached ``content_object`` may predate the last save."""
    return (
        Revision.objects.filter(
            base_content_type_id=workflow_state.base_content_type_id, object_id=workflow_state.object_id
        )
        .order_by("-created_at", "-id")
        .values_list("pk", flat=True)
        .first()
    )


def unchecked(workflow_state, tasks: list[ChecklistTask]) -> list[ChecklistTask]:
    """The checklist tasks that have not approved the latest revision in this WorkflowState."""
    passed = set(
        TaskState.objects.filter(
            workflow_state_id=workflow_state.pk,
            task__in=tasks,
            status=TaskState.STATUS_APPROVED,
            revision_id=latest_revision_id(workflow_state),
        ).values_list("task_id", flat=True)
    )
    return [task for task in tasks if task.pk not in passed]


def checklist_to_run(task_state, update: bool) -> ChecklistTask | None:
    """The checklist an approval must wait for, if any; automatic approvals inside a task's
    ``start()`` (``update=False``) and the checklist's own are left alone."""
    if not update or task_state.status != TaskState.STATUS_IN_PROGRESS:
        return None
    tasks = checklist_tasks(task_state.workflow_state.workflow)
    if not tasks or task_state.task_id in {task.pk for task in tasks}:
        return None
    missing = unchecked(task_state.workflow_state, tasks)
    return missing[0] if missing else None


def resume_at_checklist(resume):
    @wraps(resume)
    def wrapper(self, user=None):
        """Resubmitted: the checklist first, then the first task not yet approved."""
        tasks = checklist_tasks(self.workflow)
        if tasks and self.status == WorkflowState.STATUS_NEEDS_CHANGES and self.current_task_state:
            # Wagtail restarts the task of ``current_task_state``; it clears that field and saves
            # before starting anything, so this stand-in is never saved, only named in the log.
            sent_back = self.current_task_state
            self.current_task_state = TaskState(workflow_state=self, task=tasks[0], revision=sent_back.revision)
        return resume(self, user=user)

    setattr(wrapper, MARK, True)
    return wrapper


def _cancel_for_recheck(task_state, user) -> None:
    task_state.status = TaskState.STATUS_CANCELLED
    task_state.finished_at = timezone.now()
    task_state.finished_by = user
    task_state.comment = _("Bản mới nhất chưa qua kiểm tra tự động: kiểm tra lại trước khi duyệt.")
    task_state.save()


@transaction.atomic
def recheck(task_state, checklist, approve, user=None, comment=""):
    """Run the checklist on the latest revision instead of approving an unchecked one."""
    _cancel_for_recheck(task_state, user)
    workflow_state = WorkflowState.objects.get(pk=task_state.workflow_state_id)
    workflow_state.update(user=user, next_task=checklist)
    restarted = workflow_state.current_task_state
    if (
        user is not None
        and restarted.task_id == task_state.task_id
        and restarted.status == TaskState.STATUS_IN_PROGRESS
        and restarted.revision.user_id == user.pk
    ):
        return approve(restarted, user=user, update=True, comment=comment)
    return task_state


def approve_checked(approve):
    @wraps(approve)
    def wrapper(self, user=None, update=True, comment=""):
        """Approve only a latest revision the checklist has passed; otherwise run it first."""
        checklist = checklist_to_run(self, update)
        if checklist is not None:
            return recheck(self, checklist, approve, user=user, comment=comment)
        return approve(self, user=user, update=update, comment=comment)

    setattr(wrapper, MARK, True)
    return wrapper


def install() -> None:
    """Wrap the two methods once (``ready()`` may run more than once)."""
    if not getattr(WorkflowState.resume, MARK, False):
        WorkflowState.resume = resume_at_checklist(WorkflowState.resume)
    if not getattr(TaskState.approve, MARK, False):
        TaskState.approve = approve_checked(TaskState.approve)
