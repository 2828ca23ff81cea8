"""Submissions made for the quota tests: a workflow of our own (the checklist, then the board's
approval), pages in 2020, in the factories' provinces (tests/workflows/conftest.py): ``province``
counts, ``other_province`` is the Site next door. Chapters are made when a test first asks for them
(``chapter("thuan-chau")``), each with its president, so a test pays only for the ones it uses."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from wagtail.models import GroupApprovalTask, Site, TaskState, Workflow, WorkflowState, WorkflowTask

from chapters.models import ChapterKind
from core.roles import board_of
from news.models import NewsPage
from provinces import structure
from tests.factories import ImageFactory, NewsCategoryFactory, PresidentFactory
from workflows.checklist.models import ChecklistTask

VN = ZoneInfo("Asia/Ho_Chi_Minh")

# the demo's names, for a test that reads like its story
NAMES = {
    "thuan-chau": "Thuận Châu",
    "song-ma": "Sông Mã",
    "moc-chau": "Mộc Châu",
    "yen-chau": "Yên Châu",
    "bac-yen": "Bắc Yên",
    "phu-yen": "Phù Yên",
    "mai-son": "Mai Sơn",
    "van-ho": "Vân Hồ",
    "chieng-pac": "Chiềng Pấc",  # a commune of Thuận Châu
}


def vn(year, month, day, hour=12, minute=0) -> datetime:
    """A moment in Vietnam time."""
    return datetime(year, month, day, hour, minute, tzinfo=VN)


def president_username(key: str) -> str:
    """The president of ``chapter(key)`` (not the demo's ``chutich-…``: a full session has both)."""
    return f"chutich-thu-{key.replace('-', '')}"


def president_email(key: str) -> str:
    """The address of the president of ``chapter(key)``."""
    return f"{president_username(key)}@thu.test"


def make_default(site: Site) -> None:
    """``site`` answers the commands run without ``--site`` (the demo's Sơn La does otherwise)."""
    Site.objects.exclude(pk=site.pk).update(is_default_site=False)
    Site.objects.filter(pk=site.pk).update(is_default_site=True)


@pytest.fixture
def admin_user(admin):
    return admin


@pytest.fixture
def workflow(province):
    workflow = Workflow.objects.create(name="Quy trình thử chỉ tiêu")
    checklist = ChecklistTask.objects.create(name="Kiểm tra trước khi duyệt (thử)")
    task = GroupApprovalTask.objects.create(name="Ban Biên tập duyệt (thử)")
    task.groups.set([board_of(province)])
    WorkflowTask.objects.create(workflow=workflow, task=checklist, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=1)
    return workflow


@pytest.fixture
def chapter(province):
    """``chapter(key)``: the province's district named ``NAMES[key]``, or with ``under=`` a
    commune of that district, made the first time with its president (``president_username(key)``,
    ``president_email(key)``)."""
    made = {}

    def _chapter(key, under=None):
        if key not in made:
            name = NAMES[key]
            if under is None:
                made[key] = structure.add_chapter(province, f"Hội Khuyến học huyện {name}", short_name=name)
            else:
                made[key] = structure.add_chapter(
                    province, f"Hội Khuyến học xã {name}", ChapterKind.COMMUNE, _chapter(under).pk, name
                )
            PresidentFactory(chapter=made[key], username=president_username(key), email=president_email(key))
        return made[key]

    return _chapter


@pytest.fixture
def news(db, admin_user):
    """A draft NewsPage under a chapter, with a revision (ready to submit): complete, so that
    the checklist passes it, unless ``complete=False`` (no lead image: the checklist bounces it)."""
    counter = iter(range(10_000))
    picture = ImageFactory()
    category = NewsCategoryFactory()

    def _news(chapter, kind="tin", title=None, complete=True):
        page = NewsPage(
            title=title or f"Tin bài thử chỉ tiêu {next(counter)} ({kind})",
            kind=kind,
            date=vn(2020, 1, 1).date(),
            live=False,
            summary="Tóm tắt thử.",
            category=category,
            lead_image=picture if complete else None,
            body=[{"type": "paragraph", "value": "<p>Nội dung thử.</p>"}],
        )
        chapter.add_child(instance=page)
        page.save_revision(user=admin_user)
        return page

    return _news


@pytest.fixture
def submit(workflow, admin_user):
    """Start the workflow on a page, dated ``at`` (a Vietnam-time moment), the checklist's
    decision with it."""

    def _submit(page, at):
        state = workflow.start(page, admin_user)
        WorkflowState.objects.filter(pk=state.pk).update(created_at=at)
        TaskState.objects.filter(workflow_state=state).update(started_at=at)
        TaskState.objects.filter(workflow_state=state).exclude(finished_at=None).update(finished_at=at)
        state.refresh_from_db()
        return state

    return _submit


def chapters_of(site: Site) -> list:
    """The Site's chapters in tree order (the report's rows)."""
    from chapters.models import ChapterPage

    return list(ChapterPage.objects.descendant_of(site.root_page).order_by("path"))
