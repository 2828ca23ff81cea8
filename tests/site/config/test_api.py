"""The read-only API lists published pages of the requested Site only."""

import pytest
from django.utils import timezone
from wagtail.models import Page

from news.models import NewsIndexPage, NewsPage
from tests.factories import NewsPageFactory, SiteFactory, http_host, section

pytestmark = pytest.mark.django_db

SONLA = "127.0.0.1:8000"


def all_items(client, host, **params):
    items, offset = [], 0
    while True:
        data = client.get("/api/v2/pages/", {"limit": 50, "offset": offset, **params}, HTTP_HOST=host).json()
        items += data["items"]
        offset += 50
        if offset >= data["meta"]["total_count"]:
            return items


def test_api_lists_only_published_pages(client):
    site = SiteFactory()
    published, unpublished = NewsPageFactory(site=site), NewsPageFactory(site=site, publish=True)
    draft = NewsPage(title="Bản nháp chưa đăng", kind="tin", date=timezone.localdate(), live=False)
    section(site, NewsIndexPage).add_child(instance=draft)
    draft.save_revision()
    unpublished.unpublish()

    ids = {item["id"] for item in all_items(client, http_host(site))}
    assert draft.pk not in ids
    assert unpublished.pk not in ids
    assert published.pk in ids


@pytest.mark.demo
def test_api_items_carry_type_and_html_url_and_answer(client):
    """Every published page of the demo's Sơn La Site, through the API and back: each item's URL
    is its page's own, and one page of each type answers it (test_demo_pages renders them all)."""
    items = all_items(client, SONLA)
    assert len(items) > 50
    pages = Page.objects.in_bulk([item["id"] for item in items])
    one_of_each_type = {}
    for item in items:
        assert item["meta"]["type"]
        assert item["meta"]["html_url"] == pages[item["id"]].full_url, item
        one_of_each_type.setdefault(item["meta"]["type"], item["meta"]["html_url"])
    assert len(one_of_each_type) > 5
    for url in one_of_each_type.values():
        response = client.get(url.replace("http://127.0.0.1:8000", ""), HTTP_HOST=SONLA)
        assert response.status_code == 200, url


def test_api_stays_within_the_site(client):
    site, other = SiteFactory(), SiteFactory()
    mine, theirs = NewsPageFactory(site=site), NewsPageFactory(site=other)
    titles = {item["title"] for item in all_items(client, http_host(site))}
    assert {site.root_page.title, mine.title} <= titles
    assert not {other.root_page.title, theirs.title} & titles


def test_api_is_read_only(client):
    assert client.post("/api/v2/pages/", {"title": "x"}, HTTP_HOST=http_host(SiteFactory())).status_code == 405
