"""Private stays private: a page under a view restriction (on itself or an ancestor) appears in
no public listing, feed, sitemap, search answer or API response; lifting it brings the page back.

Every check is first made on the public page, so that each one is known to be able to fail."""

import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.html import escape
from wagtail.models import Locale, PageViewRestriction

from bulletins.models import BulletinIssuePage
from campaigns.models import CampaignIndexPage, CampaignPage
from chapters.models import ChapterIndexPage, ChapterPage
from news.models import NewsPage
from sitesearch.models import SearchEntry

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

SONLA = "127.0.0.1:8000"


def html(client, url, **params) -> str:
    response = client.get(url, params, HTTP_HOST=SONLA)
    assert response.status_code == 200, url
    return response.content.decode()


def as_text(title) -> str:
    """A title as an element's whole text: not a word of a longer title."""
    return f">{escape(title)}<"


def shows(client, url, title, **params) -> bool:
    return as_text(title) in html(client, url, **params)


def search_titles(client, query) -> list[str]:
    listing = html(client, "/tim-kiem/", q=query).split('class="results"', 1)[-1].split("</ol>", 1)[0]
    return [unescape(t) for t in re.findall(r'<li>\s*<a href="[^"]*">([^<]*)</a>', listing)]


def suggestion_titles(client, query) -> list[str]:
    response = client.get("/tim-kiem/goi-y/", {"q": query}, HTTP_HOST=SONLA)
    return [s["title"] for s in response.json()["suggestions"]]


def api_ids(client, **params) -> set[int]:
    ids, offset = set(), 0
    while True:
        data = client.get("/api/v2/pages/", {"limit": 50, "offset": offset, **params}, HTTP_HOST=SONLA).json()
        ids |= {item["id"] for item in data["items"]}
        offset += 50
        if offset >= data["meta"]["total_count"]:
            return ids


def in_sitemap(client, page) -> bool:
    return f"{page.url}</loc>" in html(client, "/sitemap.xml")


def restrict(page) -> PageViewRestriction:
    return PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="chi-noi-bo"
    )


def indexed(page) -> bool:
    return SearchEntry.objects.filter(page=page).exists()


@pytest.fixture
def chapter_news(sonla):
    """The newest live news of a Sơn La chapter that has at least two, and a sibling of it."""
    news = NewsPage.objects.live().descendant_of(sonla.root_page).filter(featured=False).order_by("-date", "-pk")
    for page in news:
        parent = page.get_parent().specific
        if isinstance(parent, ChapterPage) and news.child_of(parent).count() > 1:
            return page, news.child_of(parent).exclude(pk=page.pk).first(), parent
    pytest.fail("the demo has no chapter with two live news pages")


def visible_everywhere(client, page, get_page, chapter, sibling=None) -> dict[str, bool]:
    """Where the news page shows, surface by surface."""
    title = page.title
    surfaces = {
        "news index": shows(client, "/tin-tuc/", title),
        "home page": shows(client, "/", title),
        "chapter page": as_text(title) in get_page(chapter).content.decode(),
        "news feed": shows(client, "/nguon-tin/tin-tuc/rss/", title),
        "atom feed": shows(client, "/nguon-tin/tin-tuc/atom/", title),
        "sitemap": in_sitemap(client, page),
        "search": title in search_titles(client, title),
        "suggestions": title in suggestion_titles(client, title),
        "api": page.pk in api_ids(client),
        "api search": page.pk in api_ids(client, search=title),
    }
    if sibling is not None:
        surfaces["related articles"] = as_text(title) in get_page(sibling).content.decode()
    return surfaces


def test_a_restricted_news_page_is_listed_nowhere_and_comes_back_when_lifted(client, get_page, chapter_news):
    page, sibling, chapter = chapter_news
    before = visible_everywhere(client, page, get_page, chapter, sibling)
    assert all(before.values()), before

    restriction = restrict(page)
    after = visible_everywhere(client, page, get_page, chapter, sibling)
    assert not any(after.values()), after
    assert not indexed(page)

    restriction.delete()
    assert indexed(page)
    assert page.title in search_titles(client, page.title)
    assert page.title in suggestion_titles(client, page.title)


def test_a_restricted_chapter_hides_itself_and_all_its_news(client, get_page, sonla, chapter_news):
    page, _sibling, chapter = chapter_news
    index = ChapterIndexPage.objects.descendant_of(sonla.root_page).get()
    chapter_feed = f"/nguon-tin/chi-hoi/{chapter.pk}/rss/"
    option = f"{as_text(chapter.title)}/option>"
    assert shows(client, chapter_feed, page.title)
    assert as_text(chapter.title) in get_page(index).content.decode()
    assert option in html(client, "/tin-tuc/") and option in html(client, "/tim-kiem/", q="khuyen hoc")
    assert in_sitemap(client, chapter) and chapter.pk in api_ids(client)

    restriction = restrict(chapter)
    after = visible_everywhere(client, page, get_page, index)  # the chapter page itself is private now
    assert not any(after.values()), after
    assert as_text(chapter.title) not in get_page(index).content.decode()
    assert client.get(chapter_feed, HTTP_HOST=SONLA).status_code == 404
    assert option not in html(client, "/tin-tuc/") and option not in html(client, "/tim-kiem/", q="khuyen hoc")
    assert not in_sitemap(client, chapter) and chapter.pk not in api_ids(client)
    assert not SearchEntry.objects.filter(page__path__startswith=chapter.path).exists()

    restriction.delete()
    assert indexed(chapter) and indexed(page)
    assert page.title in search_titles(client, page.title)


def test_a_restriction_on_the_page_does_not_lift_its_ancestors(client, chapter_news):
    """Lifting the page's own restriction leaves it out while its chapter is still private."""
    page, _sibling, chapter = chapter_news
    restrict(chapter)
    restrict(page).delete()
    assert not indexed(page)
    assert page.title not in search_titles(client, page.title)


def test_a_restricted_section_leaves_the_menu_and_the_home_page(client, get_page, sonla):
    index = CampaignIndexPage.objects.descendant_of(sonla.root_page).get()
    campaign = CampaignPage.objects.live().child_of(index).filter(status="running").order_by("-start_date").first()
    nav = f'href="{index.relative_url(sonla)}"'
    home = html(client, "/")
    assert nav in home and as_text(campaign.title) in home

    restrict(index)
    home = html(client, "/")
    assert nav not in home and as_text(campaign.title) not in home


def test_a_restricted_bulletin_issue_leaves_the_index_the_feed_and_the_home_page(client, get_page, sonla):
    issue = BulletinIssuePage.objects.live().descendant_of(sonla.root_page).order_by("-publication_date").first()
    index, link = issue.get_parent(), f'href="{issue.relative_url(sonla)}"'  # the index shows "Số 35"
    assert link in get_page(index).content.decode()
    assert shows(client, "/nguon-tin/ban-tin/rss/", issue.title)
    assert shows(client, "/", issue.title)

    restrict(issue)
    assert link not in get_page(index).content.decode()
    assert not shows(client, "/nguon-tin/ban-tin/rss/", issue.title)
    assert not shows(client, "/", issue.title)


def queries(url, client, **params) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url, params, HTTP_HOST=SONLA).status_code == 200
    return len(captured)


@pytest.mark.parametrize("url, params", [("/tin-tuc/", {}), ("/", {}), ("/api/v2/pages/", {"limit": 50})])
def test_leaving_private_pages_out_costs_no_query_per_row(client, settings, chapter_news, url, params):
    """A restriction adds a query or two to a listing (reading the restrictions), not one per page."""
    settings.KHUYENHOC_FRAGMENT_SECONDS = 0  # the listings built each time (a restriction renews the fragments)
    page, _sibling, chapter = chapter_news
    queries(url, client, **params)  # warm caches (Site, settings, content types)
    public = queries(url, client, **params)
    restrict(chapter)
    restrict(page)
    assert queries(url, client, **params) <= public + 3


def test_a_restricted_page_is_no_longer_promoted_in_search(client, chapter_news):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion

    page, _sibling, _chapter = chapter_news
    SearchPromotion.objects.create(query=Query.get("hoc bong"), page=page, sort_order=0, description="")
    assert as_text(page.title) in html(client, "/tim-kiem/", q="hoc bong")

    restrict(page)
    assert as_text(page.title) not in html(client, "/tim-kiem/", q="hoc bong")


def test_a_restricted_translation_is_not_advertised_by_its_source(client):
    """Neither hreflang nor the language switcher names the private English version's address."""
    source = NewsPage.objects.live().filter(locale__language_code="vi", slug__startswith="tiep-suc-mua-thi-2023").get()
    english = source.get_translation(Locale.objects.get(language_code="en"))
    site = source.get_site()
    addresses = [f'href="{english.full_url}"', f'href="{english.relative_url(site)}"']
    assert all(address in html(client, source.relative_url(site)) for address in addresses)

    restrict(english)
    assert not any(address in html(client, source.relative_url(site)) for address in addresses)


def test_deleting_a_private_chapter_does_not_bring_its_pages_back(chapter_news):
    """The restriction goes with its page: nothing is re-indexed for pages being deleted."""
    page, _sibling, chapter = chapter_news
    restrict(chapter)
    with CaptureQueriesContext(connection) as captured:
        chapter.delete()
    table = SearchEntry._meta.db_table
    assert not [q["sql"] for q in captured if q["sql"].startswith("INSERT") and table in q["sql"]]
    assert not SearchEntry.objects.filter(page_id__in=[chapter.pk, page.pk]).exists()
    assert not NewsPage.objects.filter(pk=page.pk).exists()
