"""Who hears about what: editors on submission, authors on approval and on rejection.

Wagtail wires its own emails only for group-approval tasks and words them in
English; ours replace its workflow emails so nobody gets the same news twice.
"""

from django.contrib.auth import get_user_model
from wagtail.models import AbstractGroupApprovalTask, Site, TaskState, WorkflowState
from wagtail.signals import task_submitted, workflow_approved, workflow_rejected, workflow_submitted

from . import emails
from .models import NotificationSettings


def connect() -> None:
    for signal, sender, uid in (
        (task_submitted, TaskState, "group_approval_task_submitted_email_notification"),
        (workflow_submitted, WorkflowState, "workflow_state_submitted_email_notification"),
        (workflow_rejected, WorkflowState, "workflow_state_rejected_email_notification"),
        (workflow_approved, WorkflowState, "workflow_state_approved_email_notification"),
    ):
        signal.disconnect(sender=sender, dispatch_uid=uid)  # as wagtail.admin connected them
    task_submitted.connect(notify_reviewers, sender=TaskState, dispatch_uid="khuyenhoc_task_submitted")
    workflow_rejected.connect(notify_author_rejected, sender=WorkflowState, dispatch_uid="khuyenhoc_rejected")
    workflow_approved.connect(notify_author_approved, sender=WorkflowState, dispatch_uid="khuyenhoc_approved")


def reviewers_of(task_state) -> list:
    """The users who can act on this task state (editors, or the chapter above)."""
    task = task_state.task.specific
    page = task_state.workflow_state.content_object
    users = get_user_model().objects.filter(is_active=True, is_superuser=False).exclude(email="")
    if isinstance(task, AbstractGroupApprovalTask):  # only its groups' members can act: ask them alone
        users = users.filter(groups__in=task.groups.all()).distinct()
    return [user for user in users if task.get_actions(page, user)]


def wants_digest(page) -> bool:
    site = page.get_site() or Site.objects.get(is_default_site=True)
    return NotificationSettings.for_site(site).editor_digest


def notify_reviewers(sender, instance, user=None, **kwargs):
    task_state = instance
    if task_state.status != TaskState.STATUS_IN_PROGRESS:
        return  # automatic tasks (the checklist) decide at once: nobody to call
    page = task_state.workflow_state.content_object.specific
    if wants_digest(page):
        return
    reviewers = [r for r in reviewers_of(task_state) if r != user]
    context = {**emails.page_context(page), "task": task_state.task, "submitter": user}
    emails.send("submitted", f"Bài chờ duyệt: {page.title}", [r.email for r in reviewers], context)


def _rejection(workflow_state):
    """(task name, comment lines, automatic?) of the task that sent the page back: an automatic
    task (the checklist) sends it back with nobody's name, a reviewer with theirs."""
    task_state = workflow_state.current_task_state
    lines = [line for line in (task_state.comment or "").splitlines() if line.strip()]
    return task_state.task.name, lines, task_state.finished_by_id is None


def notify_author_rejected(sender, instance, user=None, **kwargs):
    author = instance.requested_by
    if author is None or not author.email:
        return
    page = instance.content_object.specific
    task_name, lines, automatic = _rejection(instance)
    context = {
        **emails.page_context(page),
        "task_name": task_name,
        "comments": lines,
        "automatic": automatic,
        "reviewer": user,
    }
    emails.send("rejected", f"Bài cần sửa: {page.title}", [author.email], context)


def notify_author_approved(sender, instance, user=None, **kwargs):
    author = instance.requested_by
    if author is None or not author.email:
        return
    page = instance.content_object.specific
    revision = page.get_latest_revision()
    scheduled_at = revision.approved_go_live_at if revision else None
    context = {
        **emails.page_context(page),
        "scheduled_at": scheduled_at,
        "published_at": page.last_published_at,
        "reviewer": user,
    }
    emails.send("approved", f"Bài đã được duyệt: {page.title}", [author.email], context)
