"""The same cycle as the people do it, through the admin's own views."""

import pytest
from django.core import mail
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from news.models import NewsPage


@pytest.fixture
def new_tin_form(category):
    def _form(**extra):
        return nested_form_data(
            {
                "title": "Bản Hua Ngáy mở lớp xóa mù chữ",
                "slug": "ban-hua-ngay-mo-lop-xoa-mu-chu",
                "kind": "tin",
                "date": "2026-11-20",
                "summary": "Lớp học buổi tối cho phụ nữ trong bản.",
                "category": category.pk,
                "body": streamfield([("paragraph", rich_text("<p>Lớp có 25 học viên.</p>"))]),
                "comments": inline_formset([]),
                **extra,
            }
        )

    return _form


def test_president_submits_and_editor_rejects_then_approves(
    client, president, editor, chapter_picture, thuan_chau, new_tin_form
):
    chapter = thuan_chau
    client.force_login(president)
    response = client.post(f"/quan-tri/pages/add/news/newspage/{chapter.pk}/", new_tin_form(**{"action-submit": "1"}))
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="ban-hua-ngay-mo-lop-xoa-mu-chu")
    assert page.chapter_id == chapter.pk and not page.live

    # no lead image: the checklist sent it back, and the president's page list says why
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert "Chưa có ảnh đại diện." in client.get("/quan-tri/bai-cua-toi/").text
    assert any("Chưa có ảnh đại diện." in m.body for m in mail.outbox if president.email in m.to)

    # with an image, resubmitted: it waits for the editors
    from wagtail.images import get_image_model

    image = get_image_model().objects.get(pk=chapter_picture.pk)
    response = client.post(
        f"/quan-tri/pages/{page.pk}/edit/", new_tin_form(lead_image=image.pk, **{"action-submit": "1"})
    )
    assert response.status_code == 302
    state = WorkflowState.objects.get(pk=state.pk)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task_state = state.current_task_state

    # the editor sees it waiting, cannot reject without a comment, and rejects with one
    client.force_login(editor)
    assert page.title in client.get("/quan-tri/").text
    reject_url = f"/quan-tri/pages/workflow/action/{page.pk}/reject/{task_state.pk}/"
    client.post(reject_url, {"comment": ""}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_IN_PROGRESS
    mail.outbox.clear()
    client.post(reject_url, {"comment": "Ghi rõ thời gian lớp học."})
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_NEEDS_CHANGES
    assert any("Ghi rõ thời gian lớp học." in m.body for m in mail.outbox if president.email in m.to)

    # fixed and resubmitted by the president, approved by the editor: published
    client.force_login(president)
    client.post(f"/quan-tri/pages/{page.pk}/edit/", new_tin_form(lead_image=image.pk, **{"action-submit": "1"}))
    task_state = WorkflowState.objects.get(pk=state.pk).current_task_state
    client.force_login(editor)
    client.post(f"/quan-tri/pages/workflow/action/{page.pk}/approve/{task_state.pk}/")
    page.refresh_from_db()
    assert page.live


def test_the_full_editor_says_when_the_checklist_sent_the_page_straight_back(
    client, president, thuan_chau, new_tin_form
):
    chapter = thuan_chau
    client.force_login(president)
    response = client.post(
        f"/quan-tri/pages/add/news/newspage/{chapter.pk}/", new_tin_form(**{"action-submit": "1"}), follow=True
    )
    texts = [str(message) for message in response.context["messages"]]
    assert any(text.startswith("Chưa gửi được:") and "Chưa có ảnh đại diện." in text for text in texts)
    assert len(texts) == 1  # no "submitted" banner beside it


def test_the_full_editor_marks_the_category_required_on_sending_but_saves_a_draft_without_it(
    client, president, thuan_chau, new_tin_form
):
    chapter = thuan_chau
    client.force_login(president)
    add = f"/quan-tri/pages/add/news/newspage/{chapter.pk}/"
    response = client.post(add, new_tin_form(category="", **{"action-submit": "1"}))
    assert response.status_code == 200 and not NewsPage.objects.filter(slug="ban-hua-ngay-mo-lop-xoa-mu-chu").exists()
    assert "category" in response.context["form"].errors
    assert client.post(add, new_tin_form(category="")).status_code == 302  # "Lưu bản nháp"
    assert NewsPage.objects.get(slug="ban-hua-ngay-mo-lop-xoa-mu-chu").category is None
