"""The read-only API lists published pages of the requested Site only."""

import pytest
from django.utils import timezone

from news.models import NewsIndexPage, NewsPage

SONLA = "127.0.0.1:8000"


def all_items(client, host, **params):
    items, offset = [], 0
    while True:
        data = client.get("/api/v2/pages/", {"limit": 50, "offset": offset, **params}, HTTP_HOST=host).json()
        items += data["items"]
        offset += 50
        if offset >= data["meta"]["total_count"]:
            return items


@pytest.mark.django_db
def test_api_lists_only_published_pages(client, sonla):
    index = NewsIndexPage.objects.descendant_of(sonla.root_page).get()
    draft = NewsPage(title="Bản nháp chưa đăng", kind="tin", date=timezone.localdate(), live=False)
    index.add_child(instance=draft)
    draft.save_revision()
    unpublished = NewsPage.objects.live().descendant_of(sonla.root_page).first()
    unpublished.unpublish()

    ids = {item["id"] for item in all_items(client, SONLA)}
    assert draft.pk not in ids
    assert unpublished.pk not in ids
    assert NewsPage.objects.live().descendant_of(sonla.root_page).first().pk in ids


@pytest.mark.django_db
def test_api_items_carry_type_and_html_url_and_answer(client):
    items = all_items(client, SONLA)
    assert len(items) > 50
    for item in items:
        assert item["meta"]["type"]
        response = client.get(item["meta"]["html_url"].replace("http://127.0.0.1:8000", ""), HTTP_HOST=SONLA)
        assert response.status_code == 200, item["meta"]["html_url"]


@pytest.mark.django_db
def test_api_stays_within_the_site(client):
    soctrang_titles = {i["title"] for i in all_items(client, "soctrang.localhost:8000")}
    assert "Hội Khuyến học tỉnh Sóc Trăng" in soctrang_titles
    assert "Hội Khuyến học tỉnh Sơn La" not in soctrang_titles


@pytest.mark.django_db
def test_api_is_read_only(client):
    assert client.post("/api/v2/pages/", {"title": "x"}, HTTP_HOST=SONLA).status_code == 405
