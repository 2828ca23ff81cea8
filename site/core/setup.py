"""Roles and the default workflow, set up by code: ``setup_roles``, ``load_demo``, new Sites and
published chapters use it.

The workflow "Bài cơ sở gửi" runs the steps the installed plugins declare
(``core.plugins.add_workflow_step``), in order. A person always ends it: without a plugin giving
the boards' review (the editorial plugin switched off), Wagtail's own group approval task with
no group closes it, so only an administrator approves. That way a president's page never
publishes itself after an automatic step, and no board acts on another Site's pages (Wagtail's
group approval does not look at the page's Site; the editorial task does).
"""

from django.db.models.signals import post_migrate, post_save
from wagtail.models import GroupApprovalTask, Locale, Site, Task, Workflow, WorkflowPage, WorkflowTask

from . import plugins
from .models import SiteRoles
from .roles import editors_groups, ensure_chapter_roles, ensure_site_roles
from .trees import chapter_model

DEFAULT_WORKFLOW_NAME = "Bài cơ sở gửi"
ADMINISTRATOR_REVIEW = plugins.WorkflowStep(10, GroupApprovalTask, "Quản trị viên duyệt")


def default_steps() -> list[plugins.WorkflowStep]:
    steps = plugins.workflow_steps()
    if not any(step.boards_review for step in steps):
        steps = sorted([*steps, ADMINISTRATOR_REVIEW], key=lambda step: step.order)
    return steps


def default_workflow() -> Workflow:
    """ "Bài cơ sở gửi": the plugins' steps (the checklist, then the editorial board)."""
    workflow, created = Workflow.objects.get_or_create(name=DEFAULT_WORKFLOW_NAME)
    steps = default_steps()
    if created or not workflow.workflow_tasks.exists():
        for order, step in enumerate(steps):
            task = step.model.objects.get_or_create(name=step.name)[0]
            WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    # every Site's board is in the boards' review; each acts only on its own Site's pages (EditorialTask)
    for step in steps:
        if step.boards_review:
            for task in step.model.objects.filter(name=step.name):
                task.groups.add(*editors_groups())
    return workflow


def drop_switched_off_steps(**kwargs) -> None:
    """After ``migrate`` with a plugin switched off on a running install: its steps leave the
    default workflow and their tasks are deactivated (their model is gone, so nobody could act
    on them), and a person still ends the workflow. A workflow run already waiting at such a
    step stays where it is: the administrator cancels or restarts it."""
    if getattr(kwargs.get("app_config"), "label", "core") != "core":
        return  # post_migrate is sent once per app: once is enough
    workflow = Workflow.objects.filter(name=DEFAULT_WORKFLOW_NAME).first()
    if workflow is None:
        return
    gone = [
        link
        for link in workflow.workflow_tasks.select_related("task__content_type")
        if link.task.content_type.model_class() is None
    ]
    if not gone:
        return
    Task.objects.filter(pk__in=[link.task_id for link in gone]).update(active=False)
    WorkflowTask.objects.filter(pk__in=[link.pk for link in gone]).delete()
    present = {(link.task.content_type.model_class(), link.task.name) for link in workflow.workflow_tasks.all()}
    last = max(workflow.workflow_tasks.values_list("sort_order", flat=True), default=-1)
    for step in default_steps():
        if (step.model, step.name) not in present:
            last += 1
            task = step.model.objects.get_or_create(name=step.name)[0]
            WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=last)


def setup_site(site: Site) -> None:
    """A Site's board, media root and its place in the boards' review."""
    ensure_site_roles(site)
    default_workflow()


def setup_chapter(chapter) -> None:
    """A published chapter's president group, collection, page permissions and workflow (each locale)."""
    ensure_chapter_roles(chapter)
    workflow = default_workflow()
    for version in chapter.get_translations(inclusive=True):
        WorkflowPage.objects.get_or_create(page=version, defaults={"workflow": workflow})


def setup_roles() -> None:
    """Every Site and every live chapter; safe to run again."""
    for site in Site.objects.select_related("root_page"):
        setup_site(site)
    chapters = chapter_model()
    if chapters is None:
        return
    for chapter in chapters.objects.live().filter(locale=Locale.get_default()):
        setup_chapter(chapter)


def _new_board_joins_the_review(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        default_workflow()


def new_home_is_the_boards(sender, instance, created, raw=False, **kwargs):
    """A home page in a new locale (a translation) is the board's too (connected by the home app)."""
    if created and not raw:
        source = instance.get_translation_or_none(Locale.get_default()) or instance
        site = Site.objects.filter(root_page=source).first()
        if site is not None:
            ensure_site_roles(site)


def connect() -> None:
    """The roles follow the Sites (a new home page's and a published chapter's are connected by
    the home and chapters apps)."""
    post_save.connect(_new_board_joins_the_review, sender=SiteRoles, dispatch_uid="new_board_in_editorial_task")
    post_migrate.connect(drop_switched_off_steps, dispatch_uid="drop_switched_off_workflow_steps")
