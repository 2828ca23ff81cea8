"""RSS and Atom feeds: well-formed (feedparser finds no error), per Site, per chapter, per category."""

import datetime

import feedparser
import pytest

from tests.factories import (
    BulletinIssuePageFactory,
    ChapterPageFactory,
    NewsCategoryFactory,
    NewsPageFactory,
    SiteFactory,
    http_host,
    translate,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    """A Site with province news, a chapter's news, a category and a bulletin; another Site's news."""
    site = SiteFactory(site_name="Hội Khuyến học tỉnh Thử")
    chapter = ChapterPageFactory(site=site)
    category = NewsCategoryFactory()
    news = [NewsPageFactory(site=site, date=datetime.date(2024, 1, day), category=category) for day in (1, 2)]
    news.append(NewsPageFactory(parent=chapter, date=datetime.date(2024, 1, 3)))
    NewsPageFactory(site=site, date=datetime.date(2024, 1, 4))  # no category
    BulletinIssuePageFactory(site=site, number=35, year=2024)
    NewsPageFactory(site=SiteFactory(), date=datetime.date(2024, 2, 1))
    site.news, site.chapter, site.category = news, chapter, category
    return site


def fetch(client, url, site):
    response = client.get(url, HTTP_HOST=http_host(site))
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, f"{url}: {feed.get('bozo_exception')}"
    return response, feed


@pytest.mark.parametrize("kind, version", [("rss", "rss20"), ("atom", "atom10")])
def test_news_feed_lists_the_sites_latest_news(client, site, kind, version):
    from news.models import NewsPage

    response, feed = fetch(client, f"/nguon-tin/tin-tuc/{kind}/", site)
    assert feed.version == version
    assert site.site_name in feed.feed.title
    latest = NewsPage.objects.live().descendant_of(site.root_page).order_by("-date", "-pk").first()
    assert feed.entries[0].title == latest.title
    assert feed.entries[0].link == latest.full_url
    assert all(entry.get("published") or entry.get("updated") for entry in feed.entries)
    assert {entry.title for entry in feed.entries} == set(
        NewsPage.objects.live().descendant_of(site.root_page).values_list("title", flat=True)
    )


def test_chapter_feed_holds_only_that_chapters_news(client, site):
    _response, feed = fetch(client, f"/nguon-tin/chi-hoi/{site.chapter.pk}/rss/", site)
    assert [entry.title for entry in feed.entries] == [site.news[2].title]
    assert site.chapter.title in feed.feed.title


def test_category_feed_and_bulletin_feed(client, site):
    _response, feed = fetch(client, f"/nguon-tin/chuyen-muc/{site.category.slug}/atom/", site)
    assert {entry.title for entry in feed.entries} == {page.title for page in site.news[:2]}
    _response, bulletins = fetch(client, "/nguon-tin/ban-tin/rss/", site)
    assert any("35" in entry.title for entry in bulletins.entries)


def test_unknown_chapter_or_category_is_a_404(client, site):
    assert client.get("/nguon-tin/chi-hoi/999999/rss/", HTTP_HOST=http_host(site)).status_code == 404
    assert client.get("/nguon-tin/chuyen-muc/khong-co/rss/", HTTP_HOST=http_host(site)).status_code == 404


def test_english_feed_lists_english_news(client, site):
    english = translate(site.news[0], title="Exam Season Support")
    _response, feed = fetch(client, "/en/nguon-tin/tin-tuc/rss/", site)
    assert feed.feed.language == "en"
    assert [entry.title for entry in feed.entries] == [english.title]


def test_pages_advertise_their_feeds(client, site):
    html = client.get("/", HTTP_HOST=http_host(site)).content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/nguon-tin/tin-tuc/rss/"' in html


def test_a_feed_object_keeps_no_request_between_requests(client, site):
    """The URLconf's Feed instances are shared: a request's Site must not stay on them."""
    from django.urls import resolve

    feed = resolve("/nguon-tin/tin-tuc/rss/").func
    client.get("/nguon-tin/tin-tuc/rss/", HTTP_HOST=http_host(site))
    assert not hasattr(feed, "site") and not hasattr(feed, "request")
