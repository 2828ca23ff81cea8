"""The checklist is never skipped: whatever way a president resubmits a tin, and whatever way
a reviewer approves it, the revision that gets published has passed the checklist."""

import json

import pytest
from django.urls import reverse
from wagtail.models import Page, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from workflows.checklist.models import ChecklistTask
from workflows.editorial.models import EditorialTask

CLEAN = "<p>Bà con góp hơn hai trăm cuốn sách cho tủ sách chung.</p>"
WITH_PHONE = "<p>Bà con góp hơn hai trăm cuốn sách. Liên hệ anh Lò Văn Xôm: 0912 345 678.</p>"


def edit_form(page, body=CLEAN, **extra):
    """The edit form as the admin posts it, with the page's current values and ``body``."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "kind": page.kind,
            "date": page.date.isoformat(),
            "summary": page.summary,
            "category": page.category_id,
            "lead_image": page.lead_image_id,
            "body": streamfield([("paragraph", rich_text(body))]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def post_edit(client, page, body=CLEAN, **actions):
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), edit_form(page, body, **actions))
    assert response.status_code == 302, response.context and response.context["form"].errors
    return response


def action_url(page, action, task_state):
    return reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])


def state_of(page) -> WorkflowState:
    return Page.objects.get(pk=page.pk).current_workflow_state


def latest_revision_id(page) -> int:
    return Page.objects.get(pk=page.pk).latest_revision_id


@pytest.fixture
def sent_back(client, draft_news, president, editor):
    """Submitted by the president through the edit view, sent back by the board with a comment."""
    client.force_login(president)
    post_edit(client, draft_news, **{"action-submit": "1"})
    state = state_of(draft_news)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, EditorialTask)
    client.force_login(editor)
    client.post(action_url(draft_news, "reject", state.current_task_state), {"comment": "Ghi rõ số sách."})
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert isinstance(state.current_task_state.task.specific, EditorialTask)
    return state


def resubmit(client, page, body):
    post_edit(client, page, body, **{"action-submit": "1"})


def restart(client, page, body):
    post_edit(client, page, body, **{"action-restart-workflow": "1"})


def cancel_then_submit(client, page, body):
    post_edit(client, page, body, **{"action-cancel-workflow": "1"})
    assert state_of(page) is None
    post_edit(client, page, body, **{"action-submit": "1"})


def assert_bounced_by_checklist(page) -> WorkflowState:
    state = state_of(page)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    bounce = state.current_task_state
    assert isinstance(bounce.task.specific, ChecklistTask)
    assert bounce.status == TaskState.STATUS_REJECTED
    assert bounce.revision_id == latest_revision_id(page)
    assert "số điện thoại" in bounce.comment
    return state


def assert_board_cannot_approve(client, editor, page, state):
    """No approve action on offer, and the approval endpoint, given any of the page's task
    states, publishes nothing."""
    client.force_login(editor)
    assert Page.objects.get(pk=page.pk).specific.current_workflow_task is None
    for task_state in state.task_states.all():
        response = client.post(action_url(page, "approve", task_state), {"comment": ""})
        assert response.status_code in (302, 403)
    page.refresh_from_db()
    assert not page.live and page.live_revision_id is None
    assert state_of(page).status == WorkflowState.STATUS_NEEDS_CHANGES


@pytest.mark.django_db
@pytest.mark.parametrize("send_again", [resubmit, restart, cancel_then_submit])
def test_a_phone_number_added_after_a_send_back_is_caught(client, sent_back, draft_news, president, editor, send_again):
    client.force_login(president)
    send_again(client, draft_news, WITH_PHONE)
    state = assert_bounced_by_checklist(draft_news)
    if send_again is resubmit:
        assert state.pk == sent_back.pk  # the same WorkflowState, resumed at the checklist
    else:
        assert state.pk != sent_back.pk
    assert_board_cannot_approve(client, editor, draft_news, state)


@pytest.mark.django_db
def test_a_clean_resubmission_reaches_the_board_who_publish_it(client, sent_back, draft_news, president, editor):
    client.force_login(president)
    resubmit(client, draft_news, "<p>Bà con góp 230 cuốn sách cho tủ sách chung.</p>")
    state = state_of(draft_news)
    assert state.pk == sent_back.pk and state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, EditorialTask)
    checks = state.task_states.filter(task__in=ChecklistTask.objects.all(), status=TaskState.STATUS_APPROVED)
    assert checks.filter(revision_id=latest_revision_id(draft_news)).exists()  # checked again, on the new text
    assert checks.count() == 2
    client.force_login(editor)
    client.post(action_url(draft_news, "approve", state.current_task_state), {"comment": ""})
    draft_news.refresh_from_db()
    assert draft_news.live and "230 cuốn sách" in str(draft_news.body)


@pytest.mark.django_db
def test_resume_from_code_runs_the_checklist(sent_back, draft_news, president):
    draft_news.body = [{"type": "paragraph", "value": WITH_PHONE}]
    draft_news.save_revision(user=president)
    WorkflowState.objects.get(pk=sent_back.pk).resume(user=president)
    assert_bounced_by_checklist(draft_news)


@pytest.mark.django_db
def test_resume_without_changes_still_runs_the_checklist(sent_back, president):
    state = WorkflowState.objects.get(pk=sent_back.pk)
    state.resume(user=president)
    state.refresh_from_db()
    assert isinstance(state.current_task_state.task.specific, EditorialTask)
    assert state.task_states.filter(task__in=ChecklistTask.objects.all()).count() == 2


# -- approving: never a revision the checklist has not passed ----------------------------


@pytest.fixture
def at_the_board(client, draft_news, president):
    client.force_login(president)
    post_edit(client, draft_news, **{"action-submit": "1"})
    state = state_of(draft_news)
    assert isinstance(state.current_task_state.task.specific, EditorialTask)
    return state


def approve_in_edit_view(client, page, body):
    """The board's "edit and approve": the edit form posted with a workflow action."""
    post_edit(
        client,
        page,
        body,
        **{
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({"comment": ""}),
        },
    )


@pytest.mark.django_db
def test_a_draft_saved_after_the_checklist_is_checked_before_approval(client, at_the_board, draft_news, editor, admin):
    client.force_login(admin)
    post_edit(client, draft_news, WITH_PHONE)  # "save draft" while the board reviews
    assert state_of(draft_news).status == WorkflowState.STATUS_IN_PROGRESS
    client.force_login(editor)
    client.post(action_url(draft_news, "approve", at_the_board.current_task_state), {"comment": ""})
    state = assert_bounced_by_checklist(draft_news)
    assert_board_cannot_approve(client, editor, draft_news, state)


@pytest.mark.django_db
def test_someone_elses_clean_change_is_reviewed_afresh(client, at_the_board, draft_news, editor, admin):
    client.force_login(admin)
    post_edit(client, draft_news, "<p>Bà con góp 230 cuốn sách.</p>")
    client.force_login(editor)
    client.post(action_url(draft_news, "approve", at_the_board.current_task_state), {"comment": ""})
    draft_news.refresh_from_db()
    assert not draft_news.live
    state = state_of(draft_news)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    again = state.current_task_state
    assert isinstance(again.task.specific, EditorialTask) and again.pk != at_the_board.current_task_state.pk
    assert again.revision_id == latest_revision_id(draft_news)
    client.post(action_url(draft_news, "approve", again), {"comment": ""})
    draft_news.refresh_from_db()
    assert draft_news.live and "230 cuốn sách" in str(draft_news.body)


@pytest.mark.django_db
def test_the_boards_own_edit_with_a_phone_number_is_not_published(client, at_the_board, draft_news, editor):
    client.force_login(editor)
    approve_in_edit_view(client, draft_news, WITH_PHONE)
    state = assert_bounced_by_checklist(draft_news)
    assert_board_cannot_approve(client, editor, draft_news, state)


@pytest.mark.django_db
def test_the_boards_clean_edit_and_approve_publishes_at_once(client, at_the_board, draft_news, editor):
    client.force_login(editor)
    approve_in_edit_view(client, draft_news, "<p>Bà con góp 230 cuốn sách cho tủ sách.</p>")
    draft_news.refresh_from_db()
    assert draft_news.live and "230 cuốn sách" in str(draft_news.body)
