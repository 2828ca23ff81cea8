"""Submissions made for the quota tests: a workflow of our own (the checklist, then a group
approval), pages in 2020 (no demo data there)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.images import get_image_model
from wagtail.models import GroupApprovalTask, TaskState, Workflow, WorkflowState, WorkflowTask

from chapters.models import ChapterPage
from core.roles import EDITORS_GROUP
from news.models import NewsCategory, NewsPage
from workflows.checklist.models import ChecklistTask

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def vn(year, month, day, hour=12, minute=0) -> datetime:
    """A moment in Vietnam time."""
    return datetime(year, month, day, hour, minute, tzinfo=VN)


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.get(username="admin")


@pytest.fixture
def workflow(db):
    workflow = Workflow.objects.create(name="Quy trình thử chỉ tiêu")
    checklist = ChecklistTask.objects.create(name="Kiểm tra trước khi duyệt (thử)")
    task = GroupApprovalTask.objects.create(name="Ban Biên tập duyệt (thử)")
    task.groups.set([Group.objects.get(name=EDITORS_GROUP)])
    WorkflowTask.objects.create(workflow=workflow, task=checklist, sort_order=0)
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=1)
    return workflow


@pytest.fixture
def chapter(db):
    def _chapter(slug):
        return ChapterPage.objects.get(slug=slug)

    return _chapter


@pytest.fixture
def news(db, admin_user):
    """A draft NewsPage under a chapter, with a revision (ready to submit): complete, so that
    the checklist passes it, unless ``complete=False`` (no lead image: the checklist bounces it)."""
    counter = iter(range(10_000))
    picture = get_image_model().objects.exclude(description="").first()
    category = NewsCategory.objects.get(slug="hoat-dong-hoi")

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
