"""Submissions made for the quota tests: a workflow of our own, pages in 2020 (no demo data there)."""
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Workflow, WorkflowState, WorkflowTask

from chapters.models import ChapterPage
from core.roles import EDITORS_GROUP
from news.models import NewsPage

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
    task = GroupApprovalTask.objects.create(name="Ban Biên tập duyệt (thử)")
    task.groups.set([Group.objects.get(name=EDITORS_GROUP)])
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


@pytest.fixture
def chapter(db):
    def _chapter(slug):
        return ChapterPage.objects.get(slug=slug)

    return _chapter


@pytest.fixture
def news(db, admin_user):
    """A draft NewsPage under a chapter, with a revision (ready to submit)."""
    counter = iter(range(10_000))

    def _news(chapter, kind="tin", title=None):
        page = NewsPage(title=title or f"Tin bài thử chỉ tiêu {next(counter)} ({kind})", kind=kind,
                        date=vn(2020, 1, 1).date(), live=False)
        chapter.add_child(instance=page)
        page.save_revision(user=admin_user)
        return page

    return _news


@pytest.fixture
def submit(workflow, admin_user):
    """Start the workflow on a page, dated ``at`` (a Vietnam-time moment)."""

    def _submit(page, at):
        state = workflow.start(page, admin_user)
        WorkflowState.objects.filter(pk=state.pk).update(created_at=at)
        state.refresh_from_db()
        return state

    return _submit
