"""Roles and the default workflow, set up by code: `setup_roles`, `load_demo` and new chapters use it."""
from wagtail.models import Site, Workflow, WorkflowPage, WorkflowTask

from core.roles import editors_groups, ensure_chapter_group, ensure_editors_group
from workflows.checklist.models import ChecklistTask

from .models import EditorialTask

DEFAULT_WORKFLOW_NAME = "Bài cơ sở gửi"
CHECKLIST_TASK_NAME = "Kiểm tra trước khi duyệt"
EDITORIAL_TASK_NAME = "Ban Biên tập duyệt"


def default_workflow() -> Workflow:
    """"Bài cơ sở gửi": the checklist, then the editorial board."""
    workflow, created = Workflow.objects.get_or_create(name=DEFAULT_WORKFLOW_NAME)
    if created or not workflow.workflow_tasks.exists():
        checklist = ChecklistTask.objects.get_or_create(name=CHECKLIST_TASK_NAME)[0]
        editorial = EditorialTask.objects.get_or_create(name=EDITORIAL_TASK_NAME)[0]
        for order, task in enumerate([checklist, editorial]):
            WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": order})
    # every Site's board is in the task; each acts only on its own Site's pages (EditorialTask)
    EditorialTask.objects.get(name=EDITORIAL_TASK_NAME).groups.add(*editors_groups())
    return workflow


def setup_chapter(chapter) -> None:
    """A chapter's president group, collection, page permissions and workflow."""
    ensure_chapter_group(chapter)
    WorkflowPage.objects.get_or_create(page=chapter, defaults={"workflow": default_workflow()})


def setup_roles() -> None:
    from chapters.models import ChapterPage

    for site in Site.objects.select_related("root_page"):
        ensure_editors_group(site)
    default_workflow()
    for chapter in ChapterPage.objects.all():
        setup_chapter(chapter)
