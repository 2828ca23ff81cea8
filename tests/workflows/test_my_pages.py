"""A chapter president's "Bài của tôi": their pages, where each stands, the editors' words."""

import re

from workflows.authoring.queries import my_pages


def test_president_home_shows_my_pages_and_the_desks_write_buttons(client, president, thuan_chau):
    client.force_login(president)
    html = client.get("/quan-tri/").text
    assert "Bài của tôi" in html
    for kind in ("tin", "bai", "su-kien"):
        assert f"/quan-tri/bai-cua-toi/viet/?kind={kind}&amp;chapter={thuan_chau.pk}" in html
    assert "Đăng sự kiện" in html


def test_my_pages_lists_status_step_and_comments(client, president, draft_news):
    draft_news.lead_image = None
    draft_news.save_revision(user=president)
    draft_news.get_workflow().start(draft_news, president)  # the checklist sends it back
    rows = my_pages(president)
    sent_back = [row for row in rows if row.comments]
    assert sent_back and "Chưa có ảnh đại diện." in sent_back[0].comments
    client.force_login(president)
    html = client.get("/quan-tri/bai-cua-toi/").text
    assert sent_back[0].page.title in html
    assert "Chưa có ảnh đại diện." in html


def test_write_button_presets_the_kind(client, president, thuan_chau):
    client.force_login(president)
    response = client.get(f"/quan-tri/bai-cua-toi/viet/?kind=bai&chapter={thuan_chau.pk}")
    assert response.status_code == 200
    assert re.search(r'<input[^>]*value="bai"[^>]*checked', response.text)


def test_editors_do_not_get_the_president_panel(client, editor):
    client.force_login(editor)
    assert "Viết tin mới" not in client.get("/quan-tri/").text


def test_my_pages_lists_the_presidents_events_too(client, president, draft_event, draft_news):
    rows = {row.page.pk: row for row in my_pages(president)}
    assert rows[draft_event.pk].kind_label == "Sự kiện" and rows[draft_event.pk].status == "Nháp"
    assert rows[draft_news.pk].kind_label == "Tin"
    client.force_login(president)
    html = client.get("/quan-tri/bai-cua-toi/").text
    assert draft_event.title in html and 'Sự kiện · <span class="status">Nháp</span>' in html


def test_the_editors_minimap_is_hidden_on_phones(client, president, thuan_chau):
    client.force_login(president)
    html = client.get(f"/quan-tri/pages/add/news/newspage/{thuan_chau.pk}/").text
    assert "@media (max-width:50em){[data-minimap-container]{display:none}}" in html
