"""Mail off the request: every message is a task, sent by the worker with the real backend,
retried while the mail server is down, and shown to the administrator when it fails for good."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.mail import EmailMultiAlternatives
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.images import get_image_model
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from background.mail import deserialise, serialise
from chapters.models import ChapterPage
from core.roles import chapter_roles
from news.models import NewsCategory, NewsPage

from .worker import DATABASE_TASKS, ListeningServer, run_worker

pytestmark = pytest.mark.demo

QUEUED = "background.mail.QueuedEmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"
SMTP = "django.core.mail.backends.smtp.EmailBackend"
# the real backend is SMTP, and nothing listens on port 1: the mail server is down
SMTP_DOWN = override_settings(EMAIL_BACKEND=QUEUED, KHUYENHOC_EMAIL_BACKEND=SMTP, EMAIL_HOST="127.0.0.1", EMAIL_PORT=1)
SMTP_BACK = override_settings(EMAIL_BACKEND=QUEUED, KHUYENHOC_EMAIL_BACKEND=LOCMEM)


def mail_tasks():
    return DBTaskResult.objects.filter(task_path="background.tasks.send_email")


def make_due():
    """The retry delay has passed (the worker only takes tasks whose time has come)."""
    DBTaskResult.objects.filter(status=TaskResultStatus.READY).update(run_after=timezone.now())


def test_a_message_survives_the_queue_whole():
    message = EmailMultiAlternatives(
        "Bài chờ duyệt: Lớp học",
        "Nội dung",
        "Hội <a@khuyenhoc.localhost>",
        ["b@khuyenhoc.localhost"],
        cc=["c@x.vn"],
        bcc=["d@x.vn"],
        reply_to=["e@x.vn"],
        headers={"X-Khuyenhoc": "1"},
    )
    message.attach_alternative("<p>Nội dung</p>", "text/html")
    message.attach("ke-hoach.pdf", b"%PDF-1.4 \x00\xff", "application/pdf")
    message.attach("ghi-chu.txt", "Ghi chú tiếng Việt", "text/plain")
    copy = deserialise(serialise(message))
    assert (copy.subject, copy.body, copy.from_email, copy.to, copy.cc, copy.bcc, copy.reply_to) == (
        message.subject,
        message.body,
        message.from_email,
        message.to,
        message.cc,
        message.bcc,
        message.reply_to,
    )
    assert copy.alternatives == [("<p>Nội dung</p>", "text/html")]
    assert [tuple(a) for a in copy.attachments] == [tuple(a) for a in message.attachments]
    assert copy.extra_headers["X-Khuyenhoc"] == "1" and "Date" in copy.extra_headers  # dated when written


@pytest.mark.django_db
@SMTP_BACK
def test_with_tasks_run_at_once_the_message_is_sent_at_once():
    """The tests' own setting (the immediate backend): queued, then sent in the same breath."""
    assert mail.send_mail("Chào", "Nội dung", None, ["a@khuyenhoc.localhost"]) == 1
    assert [m.subject for m in mail.outbox] == ["Chào"]


@pytest.fixture
def people(db):
    users = get_user_model().objects
    return users.get(username="chutich-thuanchau"), users.get(username="bientap")


@pytest.fixture
def chapter_picture(db):
    chapter = ChapterPage.objects.get(slug="thuan-chau")
    picture = get_image_model().objects.exclude(description="").first()
    return get_image_model().objects.create(
        title="Ảnh của Thuận Châu",
        description=picture.description,
        file=picture.file,
        collection=chapter_roles(chapter).collection,
    )


def new_tin_form(**extra):
    """A president's tin as the admin's form posts it, in the first news category."""
    return nested_form_data(
        {
            "title": "Bản Hua Ngáy mở lớp xóa mù chữ",
            "slug": "ban-hua-ngay-mo-lop-xoa-mu-chu",
            "kind": "tin",
            "date": "2026-11-20",
            "summary": "Lớp học buổi tối cho phụ nữ trong bản.",
            "category": NewsCategory.objects.order_by("pk").first().pk,
            "body": streamfield([("paragraph", rich_text("<p>Lớp có 25 học viên.</p>"))]),
            "comments": inline_formset([]),
            **extra,
        }
    )


@DATABASE_TASKS
def test_workflow_actions_succeed_with_the_mail_server_down_and_mail_goes_out_later(client, people, chapter_picture):
    president, editor = people
    chapter = ChapterPage.objects.get(slug="thuan-chau")
    with SMTP_DOWN:
        client.force_login(president)
        response = client.post(
            f"/quan-tri/pages/add/news/newspage/{chapter.pk}/",
            new_tin_form(lead_image=chapter_picture.pk, **{"action-submit": "1"}),
        )
        assert response.status_code == 302
        page = NewsPage.objects.get(slug="ban-hua-ngay-mo-lop-xoa-mu-chu")
        state = page.current_workflow_state
        assert state.status == WorkflowState.STATUS_IN_PROGRESS  # submitted, and kept

        client.force_login(editor)
        task_state = state.current_task_state
        response = client.post(
            f"/quan-tri/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
            {"comment": "Ghi rõ thời gian lớp học."},
        )
        assert response.status_code == 302
        assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_NEEDS_CHANGES

        client.force_login(president)
        client.post(
            f"/quan-tri/pages/{page.pk}/edit/", new_tin_form(lead_image=chapter_picture.pk, **{"action-submit": "1"})
        )
        client.force_login(editor)
        task_state = WorkflowState.objects.get(pk=state.pk).current_task_state
        response = client.post(f"/quan-tri/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")
        assert response.status_code == 302
        page.refresh_from_db()
        assert page.live  # approved and published, mail server or not

        assert mail.outbox == []
        waiting = mail_tasks().filter(status=TaskResultStatus.READY).count()
        assert waiting >= 4  # to the editors twice, to the president on send-back and on approval

        run_worker()  # the server is still down: every message waits for its second attempt
        assert mail.outbox == []
        retries = mail_tasks().filter(status=TaskResultStatus.READY)
        assert retries.count() == waiting
        assert all(r.args_kwargs["kwargs"]["attempt"] == 2 for r in retries)
        assert all(r.run_after > timezone.now() for r in retries)
        assert "ConnectionRefusedError" in retries.first().args_kwargs["kwargs"]["last_error"]

    with SMTP_BACK:  # the mail server is back, and the retry is due
        make_due()
        run_worker()
    assert mail_tasks().filter(status=TaskResultStatus.READY).count() == 0
    to_president = [m for m in mail.outbox if m.to == [president.email]]
    assert any("Ghi rõ thời gian lớp học." in m.body for m in to_president)
    assert any(m.subject == f"Bài đã được duyệt: {page.title}" for m in to_president)
    assert any(editor.email in m.to and m.subject == f"Bài chờ duyệt: {page.title}" for m in mail.outbox)
    assert all(m.alternatives[0][1] == "text/html" for m in mail.outbox)


@DATABASE_TASKS
@override_settings(BACKGROUND_MAX_ATTEMPTS=2)
def test_a_message_that_never_goes_out_is_shown_to_the_administrator(client, people):
    with SMTP_DOWN:
        mail.send_mail("Nhắc chỉ tiêu tháng 10", "Nội dung", None, ["chutich@khuyenhoc.localhost"])
        run_worker()  # attempt 1 fails: a retry waits
        client.force_login(get_user_model().objects.get(username="admin"))
        waiting = client.get("/quan-tri/tac-vu-nen-loi/")
        make_due()
        run_worker()  # attempt 2, the last, fails: the task fails for good
    assert waiting.status_code == 200
    assert "Chờ thử lại" in waiting.text and "ConnectionRefusedError" in waiting.text
    assert "chutich@khuyenhoc.localhost: Nhắc chỉ tiêu tháng 10" in waiting.text
    [failed] = mail_tasks().filter(status=TaskResultStatus.FAILED)
    assert failed.args_kwargs["kwargs"]["attempt"] == 2
    report = client.get("/quan-tri/tac-vu-nen-loi/")
    assert "Lỗi, không thử lại nữa" in report.text and "ConnectionRefusedError" in report.text
    assert "/quan-tri/tac-vu-nen-loi/" in client.get("/quan-tri/").text  # in the reports menu

    client.force_login(people[1])  # an editor is not the administrator: Wagtail sends them home
    refused = client.get("/quan-tri/tac-vu-nen-loi/")
    assert refused.status_code == 302 and refused["Location"] == "/quan-tri/"
    assert "/quan-tri/tac-vu-nen-loi/" not in client.get("/quan-tri/").text


@pytest.mark.django_db
@DATABASE_TASKS
def test_password_reset_never_talks_to_the_mail_server_whether_the_address_exists_or_not(client):
    smtp = ListeningServer()  # a mail server that would hang the request if it were reached
    try:
        with override_settings(
            EMAIL_BACKEND=QUEUED, KHUYENHOC_EMAIL_BACKEND=SMTP, EMAIL_HOST="127.0.0.1", EMAIL_PORT=smtp.port
        ):
            known = client.post("/quan-tri/password_reset/", {"email": "admin@khuyenhoc.localhost"})
            queued_for_known = mail_tasks().count()
            unknown = client.post("/quan-tri/password_reset/", {"email": "khong-co@khuyenhoc.localhost"})
            queued_after_unknown = mail_tasks().count()
        assert smtp.accepted == 0
    finally:
        smtp.close()
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]  # the same answer: nothing tells them apart
    assert (queued_for_known, queued_after_unknown) == (1, 1)
    [task] = mail_tasks()
    assert task.args_kwargs["args"][0]["to"] == ["admin@khuyenhoc.localhost"]
