"""The news index lists every news page of its Site, filterable with django-filter."""

import re

import pytest

from chapters.models import ChapterPage
from news.models import NewsIndexPage, NewsPage


def listed_titles(html: str) -> list[str]:
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def index(sonla):
    return NewsIndexPage.objects.descendant_of(sonla.root_page).get()


@pytest.mark.django_db
def test_index_counts_chapter_news_too(index, get_page):
    html = get_page(index).text
    total = NewsPage.objects.live().descendant_of(index.get_site().root_page).count()
    assert f"{total} tin bài" in html
    assert total > NewsPage.objects.child_of(index).count()


@pytest.mark.django_db
def test_filter_by_chapter_includes_its_communes(index, get_page):
    district = ChapterPage.objects.get(slug="thuan-chau")
    expected = set(NewsPage.objects.live().descendant_of(district).values_list("title", flat=True))
    html = get_page(index, f"?chapter={district.pk}").text
    assert f"{len(expected)} tin bài" in html
    assert set(listed_titles(html)) <= {t.replace("&", "&amp;") for t in expected} | expected


@pytest.mark.django_db
def test_filter_by_kind_and_year(index, get_page):
    news = NewsPage.objects.live().filter(kind="bai").first()
    html = get_page(index, f"?kind=bai&year={news.date.year}").text
    expected = (
        NewsPage.objects.live()
        .descendant_of(index.get_site().root_page)
        .filter(kind="bai", date__year=news.date.year)
        .count()
    )
    assert f"{expected} tin bài" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    ["?chapter=abc", "?kind=xyz", "?year=19999", "?category=khong-co", "?page=9999", "?page=-1", "?chapter=%00"],
)
def test_bad_filter_values_never_500(index, get_page, query):
    response = get_page(index, query)
    assert response.status_code == 200


@pytest.mark.django_db
def test_invalid_filter_is_explained_in_vietnamese(index, get_page):
    assert "không hợp lệ" in get_page(index, "?kind=xyz").text
