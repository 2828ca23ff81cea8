"""Roles and the default workflow, set up by code: `setup_roles`, `setup_site`, `load_demo` and
published chapters use it."""
from wagtail.models import Locale, Site, Workflow, WorkflowPage, WorkflowTask

from core.roles import editors_groups, ensure_chapter_roles, ensure_site_roles
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


def setup_site(site: Site) -> None:
    """A Site's board, media root and its place in the editorial task."""
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
    from chapters.models import ChapterPage

    for site in Site.objects.select_related("root_page"):
        setup_site(site)
    for chapter in ChapterPage.objects.live().filter(locale=Locale.get_default()):
        setup_chapter(chapter)

