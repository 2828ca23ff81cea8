"""Related articles: same chapter first, then category and tags, same language and Site."""

import pytest

from news.models import NewsPage

pytestmark = pytest.mark.django_db


def test_related_news_prefers_the_same_chapter_and_stays_on_the_site(sonla):
    page = NewsPage.objects.live().descendant_of(sonla.root_page).filter(chapter__isnull=False).first()
    same_chapter = NewsPage.objects.live().filter(chapter_id=page.chapter_id).exclude(pk=page.pk).count()
    related = page.related_news()
    assert len(related) == 3 and page not in related
    assert all(item.chapter_id == page.chapter_id for item in related[: min(3, same_chapter)])
    assert all(item.get_site().pk == sonla.pk for item in related)
    assert all(item.locale_id == page.locale_id for item in related)


def test_related_news_of_an_english_article_are_english(get_page):
    english = NewsPage.objects.live().filter(locale__language_code="en").first()
    related = english.related_news()
    assert related and all(item.locale.language_code == "en" for item in related)
    html = get_page(english).content.decode()
    assert related[0].title in html
