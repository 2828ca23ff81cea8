"""Submit → checklist fails → fix → submit → editors send back with a comment → the author
reads it in an email → fix → approve → published (or scheduled)."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState

from workflows.checklist.models import ChecklistTask
from workflows.editorial.models import EditorialTask


def submit(page, user):
    page.save_revision(user=user)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user=user)
        return WorkflowState.objects.get(pk=state.pk)
    return page.get_workflow().start(page, user)


def test_full_cycle_to_publication(draft_news, president, editor, picture):
    # 1. submitted without a lead image: the checklist sends it back, with the reason
    draft_news.lead_image = None
    state = submit(draft_news, president)
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert isinstance(state.current_task_state.task.specific, ChecklistTask)
    assert "Chưa có ảnh đại diện." in state.current_task_state.comment
    [to_author] = mail.outbox
    assert to_author.to == [president.email]
    assert "Chưa có ảnh đại diện." in to_author.body
    assert "Chưa có ảnh đại diện." in to_author.alternatives[0][0]
    assert f"/quan-tri/pages/{draft_news.pk}/edit/" in to_author.body
    mail.outbox.clear()

    # 2. fixed and resubmitted: the checklist passes it to the editorial board, who are told
    draft_news.lead_image = picture
    state = submit(draft_news, president)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task = state.current_task_state.task.specific
    assert isinstance(task, EditorialTask)
    assert editor.email in [address for message in mail.outbox for address in message.to]
    assert president.email not in [address for message in mail.outbox for address in message.to]
    mail.outbox.clear()

    # 3. the editors can't send it back without a comment; with one, the author gets it
    assert [a[0] for a in task.get_actions(draft_news, president)] == []
    with pytest.raises(ValidationError):
        task.on_action(state.current_task_state, editor, "reject", comment="  ")
    assert not task.get_form_for_action("reject")({"comment": ""}).is_valid()
    task.on_action(state.current_task_state, editor, "reject", comment="Cần thêm số liệu: bao nhiêu cuốn sách?")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    [to_author] = mail.outbox
    assert "Cần thêm số liệu: bao nhiêu cuốn sách?" in to_author.body
    mail.outbox.clear()

    # 4. fixed, resubmitted, approved: published, and the author is told when
    draft_news.summary = "Bà con góp 230 cuốn sách cho tủ sách đặt tại nhà văn hóa bản."
    state = submit(draft_news, president)
    assert isinstance(state.current_task_state.task.specific, EditorialTask)  # checklist passed again
    mail.outbox.clear()
    state.current_task_state.task.specific.on_action(state.current_task_state, editor, "approve", comment="")
    draft_news.refresh_from_db()
    assert draft_news.live
    assert draft_news.summary.startswith("Bà con góp 230 cuốn sách")
    [to_author] = [m for m in mail.outbox if m.to == [president.email]]
    assert "đã được Ban Biên tập duyệt" in to_author.body
    assert "Bài đã đăng lúc" in to_author.body


def test_approval_can_schedule_publication(draft_news, president, editor):
    state = submit(draft_news, president)
    go_live = timezone.now() + timedelta(hours=3)
    state.current_task_state.task.specific.on_action(
        state.current_task_state, editor, "approve_scheduled", comment="", go_live_at=go_live
    )
    draft_news.refresh_from_db()
    assert not draft_news.live
    revision = draft_news.get_latest_revision()
    assert revision.approved_go_live_at == go_live
    [to_author] = [m for m in mail.outbox if m.to == [president.email]]
    assert "Bài sẽ tự đăng lúc" in to_author.body

    # when the time comes, publish_scheduled publishes it
    past = timezone.now() - timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled", stdout=StringIO())
    draft_news.refresh_from_db()
    assert draft_news.live


def test_scheduling_form_refuses_the_past():
    form = EditorialTask().get_form_for_action("approve_scheduled")(
        {"comment": "", "go_live_at": (timezone.now() - timedelta(days=1)).strftime("%Y-%m-%d %H:%M")}
    )
    assert not form.is_valid()
    assert "Thời điểm đăng phải ở tương lai." in str(form.errors)


def test_editors_digest_replaces_single_emails(draft_news, president, editor, province):
    from workflows.notifications.models import NotificationSettings

    settings = NotificationSettings.for_site(province)
    settings.editor_digest = True
    settings.save()
    submit(draft_news, president)
    assert [m.subject for m in mail.outbox] == []
    call_command("send_editor_digest", stdout=StringIO())
    digests = [m for m in mail.outbox if editor.email in m.to]
    assert len(digests) == 1
    assert draft_news.title in digests[0].body


def test_another_sites_board_cannot_approve(draft_news, president, editor, other_board):
    state = submit(draft_news, president)
    task = state.current_task_state.task.specific
    assert task.get_actions(draft_news, other_board) == []
    assert not task.get_task_states_user_can_moderate(other_board).exists()
    assert task.get_task_states_user_can_moderate(editor).filter(pk=state.current_task_state.pk).exists()
    assert other_board.email not in [a for m in mail.outbox for a in m.to]


def test_a_presidents_event_goes_to_the_editors(draft_event, president, editor):
    """Posted under the chapter without a picture or a category: the checklist lets it through."""
    state = submit(draft_event, president)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert isinstance(state.current_task_state.task.specific, EditorialTask)
    assert editor.email in [address for message in mail.outbox for address in message.to]
