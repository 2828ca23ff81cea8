"""The chapter president's desk: write, send and follow a tin or bài through the same Wagtail
pages and workflow as the full editor."""

import io
import uuid
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PillowImage
from wagtail.models import TaskState, WorkflowState

from news.models import NewsPage
from workflows.authoring.queries import latest_state
from workflows.quota.counting import quota_rows
from workflows.quota.periods import Period

DESK = "/quan-tri/bai-cua-toi/"
WRITE = "/quan-tri/bai-cua-toi/viet/?kind=tin"


def phone_photo(width=4000, height=3000) -> SimpleUploadedFile:
    out = io.BytesIO()
    PillowImage.new("RGB", (width, height), (30, 120, 60)).save(out, "JPEG", quality=95)
    return SimpleUploadedFile("IMG_2041.jpg", out.getvalue(), content_type="image/jpeg")


@pytest.fixture
def tin(category):
    """The desk's form for a complete tin, with ``extra`` fields changed (None leaves one out)."""

    def _form(**extra) -> dict:
        data = {
            "draft_key": str(uuid.uuid4()),
            "title": "Bản Nà Lốc mở lớp học tiếng Anh buổi tối",
            "kind": "tin",
            "category": category.pk,
            "summary": "Lớp học miễn phí cho thanh niên trong bản, mỗi tuần hai buổi.",
            "body": "Lớp học mở tại nhà văn hoá bản.\n\nHai giáo viên tình nguyện dạy mỗi tối thứ Ba và thứ Năm.",
            "image_alt": "Thanh niên bản Nà Lốc trong buổi học đầu tiên",
            "action": "submit",
        }
        data.update(extra)
        return {key: value for key, value in data.items() if value is not None}

    return _form


def created(title="Bản Nà Lốc mở lớp học tiếng Anh buổi tối") -> NewsPage:
    return NewsPage.objects.get(title=title)


@pytest.fixture
def desk(client, president):
    client.force_login(president)
    return client


def test_a_posted_tin_is_created_in_the_presidents_chapter_and_sent(tin, desk, president, thuan_chau):
    response = desk.post(WRITE, {**tin(), "image": phone_photo()})
    assert response.status_code == 302 and response.url == DESK
    page = created()
    assert page.get_parent().pk == thuan_chau.pk and page.chapter_id == thuan_chau.pk and page.owner == president
    assert not page.live
    assert [block.block_type for block in page.body] == ["paragraph", "paragraph"]
    state = latest_state(page)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.current_task_state.task.name == "Ban Biên tập duyệt"  # the checklist passed it on
    assert max(page.lead_image.width, page.lead_image.height) == 1600
    assert page.lead_image.description == "Thanh niên bản Nà Lốc trong buổi học đầu tiên"
    html = desk.get(DESK).text
    assert "Đã gửi, đang chờ Ban Biên tập." in html and "Chờ Ban Biên tập" in html


def test_a_missing_category_is_refused_with_the_checklists_words_and_nothing_is_lost(tin, desk, thuan_chau):
    desk.post(WRITE, {**tin(action="save"), "image": phone_photo()})
    page = created()
    photo = page.lead_image_id
    response = desk.post(f"{DESK}{page.pk}/sua/", tin(category=""))
    assert response.status_code == 422
    html = response.text
    assert "Chưa gửi được" in html and "Chưa chọn chuyên mục." in html
    assert html.rindex("Chưa chọn chuyên mục.") > html.index('id="f-category"')  # and beside its field
    page.refresh_from_db()
    assert latest_state(page) is None  # not sent
    assert page.lead_image_id == photo and "Hai giáo viên" in str(page.body)


def test_a_retried_post_edits_the_first_attempts_page_and_a_repeated_title_gets_a_free_slug(tin, desk, thuan_chau):
    first = tin(action="save")
    desk.post(WRITE, first)
    desk.post(WRITE, first)  # the same post again: the link dropped before the answer came
    assert NewsPage.objects.filter(title=first["title"]).count() == 1
    again = tin(action="save")  # a new attempt with the same title
    assert desk.post(WRITE, again).status_code == 302
    slugs = set(NewsPage.objects.filter(title=first["title"]).values_list("slug", flat=True))
    assert len(slugs) == 2


def test_the_board_sends_it_back_the_desk_shows_the_comment_and_a_phone_number_stops_the_resend(
    tin, desk, client, president, editor, thuan_chau
):
    desk.post(WRITE, {**tin(), "image": phone_photo()})
    page = created()
    task_state = latest_state(page).current_task_state
    client.force_login(editor)
    client.post(
        f"/quan-tri/pages/workflow/action/{page.pk}/reject/{task_state.pk}/",
        {"comment": "Ghi rõ tên giáo viên tình nguyện."},
    )
    client.force_login(president)
    html = client.get(DESK).text
    assert "Cần sửa" in html and "Ghi rõ tên giáo viên tình nguyện." in html and "Sửa và gửi lại" in html
    edit = f"{DESK}{page.pk}/sua/"
    body = "Thầy Lò Văn Minh dạy, liên hệ 0912 345 678.\n\nHai buổi mỗi tuần."
    response = client.post(edit, tin(body=body))
    assert response.status_code == 422 and "số điện thoại" in response.text
    assert latest_state(page).status == WorkflowState.STATUS_NEEDS_CHANGES
    response = client.post(edit, tin(body="Thầy Lò Văn Minh dạy.\n\nHai buổi mỗi tuần."))
    assert response.status_code == 302
    state = latest_state(page)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    checklist_runs = TaskState.objects.filter(workflow_state=state, task__name="Kiểm tra trước khi duyệt")
    assert checklist_runs.count() == 2  # the resend went through the checklist again
    html = client.get(DESK).text
    assert "Ghi rõ tên giáo viên" not in html  # the old round's words are gone


def test_the_live_check_returns_the_checklists_failures_by_field(desk, thuan_chau):
    response = desk.post(
        "/quan-tri/bai-cua-toi/kiem-tra/",
        {
            "chapter": thuan_chau.pk,
            "kind": "tin",
            "title": "Tin",
            "summary": "",
            "body": "Gọi 0987.654.321",
            "has_image": "1",
            "image_alt": "",
        },
    )
    failures = response.json()["failures"]
    assert failures["summary"] == ["Chưa có tóm tắt."]
    assert failures["category"] == ["Chưa chọn chuyên mục."]
    assert "image_alt" in failures and "image" not in failures
    assert any("số điện thoại" in message for message in failures["body"])


def test_the_quota_line_matches_the_quota_report(client, commune_president, chieng_la):
    president, chapter = commune_president, chieng_la
    period = Period.current_month()
    row = next(row for row in quota_rows(chapter.get_site(), period) if row.chapter.pk == chapter.pk)
    client.force_login(president)
    html = client.get(DESK).text
    expected = f"Tháng {period.start.month}: {row.tin.submitted}/{row.target_tin} tin, {row.bai.submitted}/{row.target_bai} bài"
    assert expected in html


def test_another_presidents_page_is_not_on_my_desk(tin, client, users, draft_news):
    client.force_login(users["chutich-songma"])
    assert client.get(f"{DESK}{draft_news.pk}/sua/").status_code == 404
    assert client.post(f"{DESK}{draft_news.pk}/sua/", tin()).status_code == 404


def test_an_editor_without_a_chapter_has_no_write_form(client, editor):
    client.force_login(editor)
    assert client.get(WRITE).status_code == 404


def test_a_title_with_a_line_break_is_refused(tin, desk, thuan_chau):
    response = desk.post(WRITE, tin(title="Dòng một\nDòng hai"))
    assert response.status_code == 422 and "không xuống dòng" in response.text
    assert not NewsPage.objects.filter(title__startswith="Dòng một").exists()


def test_an_event_is_written_with_its_time_and_place(tin, desk, thuan_chau):
    response = desk.post(
        "/quan-tri/bai-cua-toi/viet/?kind=su-kien",
        tin(
            kind="su-kien",
            title="Lễ trao học bổng bản Nà Lốc 2026",
            start="2026-12-20T08:00",
            venue="Nhà văn hoá bản Nà Lốc",
            category=None,
            image_alt=None,
        ),
    )
    assert response.status_code == 302
    from events.models import EventPage

    event = EventPage.objects.get(title="Lễ trao học bổng bản Nà Lốc 2026")
    assert event.venue == "Nhà văn hoá bản Nà Lốc" and event.get_parent().pk == thuan_chau.pk
    assert latest_state(event).status == WorkflowState.STATUS_IN_PROGRESS


def test_a_body_with_pictures_is_left_to_the_full_editor(tin, desk, president, draft_news):
    draft_news.body = [("paragraph", "<p><b>Đậm</b> và thường</p>")]
    draft_news.save_revision(user=president)
    html = desk.get(f"{DESK}{draft_news.pk}/sua/").text
    assert "trình soạn thảo đầy đủ" in html and 'name="body"' not in html
    desk.post(f"{DESK}{draft_news.pk}/sua/", tin(title=draft_news.title, action="save", body="mất hết"))
    assert "<b>Đậm</b>" in str(NewsPage.objects.get(pk=draft_news.pk).get_latest_revision_as_object().body)


def test_the_boards_comparison_shows_the_changes_since_it_sent_the_page_back(tin, desk, client, president, editor):
    from django.urls import reverse

    desk.post(WRITE, {**tin(), "image": phone_photo()})
    page = created()
    task_state = latest_state(page).current_task_state
    seen = task_state.revision_id
    client.force_login(editor)
    client.post(f"/quan-tri/pages/workflow/action/{page.pk}/reject/{task_state.pk}/", {"comment": "Thêm tên lớp."})
    client.force_login(president)
    edit = f"{DESK}{page.pk}/sua/"
    client.post(edit, tin(summary="Lớp «Tiếng Anh cho bản» miễn phí, hai buổi mỗi tuần.", action="save"))
    client.post(edit, tin(summary="Lớp «Tiếng Anh cho bản» miễn phí, hai buổi một tuần."))
    page.refresh_from_db()
    latest = page.get_latest_revision().pk
    assert latest != seen
    client.force_login(editor)
    html = client.get("/quan-tri/").text
    assert reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, seen, latest]) in html


def test_the_desk_and_the_form_weigh_under_60_kb_gzipped_and_call_no_other_host(desk, thuan_chau, draft_news):
    """HTML + CSS + JS as a cold cache fetches them, gzipped; images excluded."""
    import gzip
    import re as regex

    from django.contrib.staticfiles import finders

    for url in (DESK, WRITE, f"{DESK}{draft_news.pk}/sua/"):
        html = desk.get(url).content
        assets = regex.findall(rb'<(?:link[^>]*href|script[^>]*src)="([^"]+)"', html)
        assert all(asset.startswith(b"/") and not asset.startswith(b"//") for asset in assets), assets
        assert not regex.search(rb'(?:src|href)="(?:https?:)?//', html)
        static = [
            finders.find(asset.decode().removeprefix("/static/")) for asset in assets if asset.startswith(b"/static/")
        ]
        weight = len(gzip.compress(html)) + sum(len(gzip.compress(Path(path).read_bytes())) for path in static)
        assert len(static) == 2 and weight <= 60 * 1024, (url, weight)
