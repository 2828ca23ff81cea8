"""RSS and Atom feeds: well-formed (feedparser finds no error), per Site, per chapter, per category."""

import feedparser
import pytest

from chapters.models import ChapterPage
from news.models import NewsCategory, NewsPage

pytestmark = pytest.mark.django_db

SONLA = "127.0.0.1:8000"
SOCTRANG = "soctrang.localhost:8000"


def fetch(client, url, host=SONLA):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, f"{url}: {feed.get('bozo_exception')}"
    return response, feed


@pytest.mark.parametrize("kind, version", [("rss", "rss20"), ("atom", "atom10")])
def test_news_feed_lists_the_sites_latest_news(client, sonla, kind, version):
    response, feed = fetch(client, f"/nguon-tin/tin-tuc/{kind}/")
    assert feed.version == version
    assert "Hội Khuyến học tỉnh Sơn La" in feed.feed.title
    latest = NewsPage.objects.live().descendant_of(sonla.root_page).order_by("-date", "-pk").first()
    assert feed.entries[0].title == latest.title
    assert feed.entries[0].link == latest.full_url
    assert all(entry.get("published") or entry.get("updated") for entry in feed.entries)
    soctrang_titles = set(NewsPage.objects.filter(title__icontains="Sóc Trăng").values_list("title", flat=True))
    assert not soctrang_titles & {entry.title for entry in feed.entries}


def test_chapter_feed_holds_only_that_chapters_news(client, sonla):
    chapter = (
        ChapterPage.objects.live().descendant_of(sonla.root_page).filter(news_items__isnull=False).distinct().first()
    )
    _response, feed = fetch(client, f"/nguon-tin/chi-hoi/{chapter.pk}/rss/")
    expected = set(NewsPage.objects.live().descendant_of(chapter).values_list("title", flat=True))
    assert expected and {entry.title for entry in feed.entries} <= expected
    assert chapter.title in feed.feed.title


def test_category_feed_and_bulletin_feed(client, sonla):
    category = NewsCategory.objects.filter(
        pk__in=NewsPage.objects.live().descendant_of(sonla.root_page).values("category")
    ).first()
    _response, feed = fetch(client, f"/nguon-tin/chuyen-muc/{category.slug}/atom/")
    assert feed.entries and all(
        NewsPage.objects.get(title=entry.title, locale__language_code="vi").category_id == category.pk
        for entry in feed.entries
    )
    _response, bulletins = fetch(client, "/nguon-tin/ban-tin/rss/")
    assert any("35" in entry.title for entry in bulletins.entries)


def test_unknown_chapter_or_category_is_a_404(client):
    assert client.get("/nguon-tin/chi-hoi/999999/rss/", HTTP_HOST=SONLA).status_code == 404
    assert client.get("/nguon-tin/chuyen-muc/khong-co/rss/", HTTP_HOST=SONLA).status_code == 404


def test_english_feed_lists_english_news(client):
    _response, feed = fetch(client, "/en/nguon-tin/tin-tuc/rss/")
    assert feed.feed.language == "en"
    assert any("Exam Season Support" in entry.title for entry in feed.entries)


def test_pages_advertise_their_feeds(client):
    html = client.get("/", HTTP_HOST=SONLA).content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/nguon-tin/tin-tuc/rss/"' in html


def test_a_feed_object_keeps_no_request_between_requests(client):
    """The URLconf's Feed instances are shared: a request's Site must not stay on them."""
    from django.urls import resolve

    feed = resolve("/nguon-tin/tin-tuc/rss/").func
    client.get("/nguon-tin/tin-tuc/rss/", HTTP_HOST="soctrang.localhost:8000")
    assert not hasattr(feed, "site") and not hasattr(feed, "request")
