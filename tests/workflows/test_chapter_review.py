"""The chapter above reviews: the district's president, found by the chapter's roles (its key),
sees and acts on a commune's tin; nobody else does, and the checklist still comes first."""

import pytest
from wagtail.models import TaskState, Workflow, WorkflowPage, WorkflowState, WorkflowTask

from news.models import NewsPage
from workflows.chapter_review.models import ChapterReviewTask
from workflows.checklist.models import ChecklistTask
from workflows.editorial.models import EDITORIAL_TASK_NAME, EditorialTask

CLEAN = "<p>Mười suất học bổng cho học sinh vượt khó.</p>"


@pytest.fixture
def review(chieng_la):
    """The commune of the president's district sends through checklist → district → board."""
    commune = chieng_la
    workflow = Workflow.objects.create(name="Xã gửi, huyện duyệt (thử)")
    task = ChapterReviewTask.objects.create(name="Huyện duyệt (thử)")
    checklist = ChecklistTask.objects.create(name="Kiểm tra (thử)")
    tasks = [checklist, task, EditorialTask.objects.get(name=EDITORIAL_TASK_NAME)]
    for order, each in enumerate(tasks):
        WorkflowTask.objects.create(workflow=workflow, task=each, sort_order=order)
    WorkflowPage.objects.update_or_create(page=commune, defaults={"workflow": workflow})
    return task


@pytest.fixture
def waiting(review, picture, category, chieng_la, commune_president):
    """A commune tin, passed by the checklist, waiting for the district."""
    author = commune_president
    page = NewsPage(
        title="Xã Thử Trên trao học bổng",
        kind="tin",
        live=False,
        owner=author,
        summary="Mười suất.",
        category=category,
        lead_image=picture,
        body=[{"type": "paragraph", "value": CLEAN}],
    )
    chieng_la.add_child(instance=page)
    page.save_revision(user=author)
    state = page.get_workflow().start(page, author)
    assert state.current_task_state.task_id == review.pk
    return page, state


@pytest.mark.django_db
def test_the_district_president_reviews_the_communes_tin(review, waiting, president, users):
    page, state = waiting
    assert list(review.get_task_states_user_can_moderate(president)) == [state.current_task_state]
    assert "approve" in [name for name, _label, _modal in review.get_actions(page, president)]
    assert not review.locked_for_user(page, president)
    other_district = users["chutich-songma"]
    assert list(review.get_task_states_user_can_moderate(other_district)) == []
    assert review.get_actions(page, other_district) == []
    assert list(review.get_task_states_user_can_moderate(users["admin"])) == [state.current_task_state]


@pytest.mark.django_db
def test_who_presides_no_chapter_costs_one_query(review, waiting, editor, django_assert_num_queries):
    with django_assert_num_queries(1):
        assert list(review.get_task_states_user_can_moderate(editor)) == []


@pytest.mark.django_db
def test_the_district_sees_it_awaiting_review(client, waiting, president):
    page, _state = waiting
    client.force_login(president)
    assert page.title in client.get("/quan-tri/").content.decode()


@pytest.mark.django_db
def test_the_district_cannot_approve_an_unchecked_revision(review, waiting, president):
    page, state = waiting
    page.body = [{"type": "paragraph", "value": "<p>Liên hệ cô giáo Hà: 0912 345 678.</p>"}]
    page.save_revision(user=page.owner)  # changed after the checklist ran, not resubmitted
    review.on_action(state.current_task_state, president, "approve", comment="")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES  # not passed on to the board
    bounce = state.current_task_state
    assert isinstance(bounce.task.specific, ChecklistTask) and bounce.status == TaskState.STATUS_REJECTED
    assert bounce.revision_id == NewsPage.objects.get(pk=page.pk).latest_revision_id
