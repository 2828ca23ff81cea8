"""Related articles: same chapter first, then category and tags, same language and Site."""

import datetime

import pytest

from tests.factories import ChapterPageFactory, NewsCategoryFactory, NewsPageFactory, SiteFactory, http_host, translate

pytestmark = pytest.mark.django_db


def day(n: int) -> datetime.date:
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=n)


def test_related_news_prefers_the_same_chapter_then_the_category_and_stays_on_the_site():
    site, elsewhere = SiteFactory(), SiteFactory()
    chapter = ChapterPageFactory(site=site)
    category = NewsCategoryFactory()
    page = NewsPageFactory(site=site, chapter=chapter, category=category, date=day(0))
    same_chapter = [NewsPageFactory(site=site, chapter=chapter, date=day(n)) for n in (1, 2)]
    same_category = NewsPageFactory(site=site, category=category, date=day(3))
    NewsPageFactory(site=site, date=day(9))  # newer, but shares nothing
    NewsPageFactory(site=elsewhere, chapter=chapter, category=category, date=day(10))  # another Site
    assert page.related_news() == [same_chapter[1], same_chapter[0], same_category]


def test_related_news_of_an_english_article_are_english(client):
    site = SiteFactory()
    vietnamese = [NewsPageFactory(site=site, date=day(n)) for n in range(3)]
    english = [translate(page, title=f"News {n}") for n, page in enumerate(vietnamese)]
    related = english[0].related_news()
    assert related == [english[2], english[1]]
    html = client.get(english[0].url, HTTP_HOST=http_host(site)).content.decode()
    assert related[0].title in html
