"""The news index lists every news page of its Site, filterable with django-filter."""

import datetime
import re

import pytest

from chapters.models import ChapterKind
from news.models import NewsIndexPage
from tests.factories import ChapterPageFactory, NewsPageFactory, SiteFactory, http_host, section

pytestmark = pytest.mark.django_db


def listed_titles(html: str) -> list[str]:
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def province():
    """A Site with two province news, a district with one and its commune with two; another
    Site's news must never show."""
    site = SiteFactory()
    district = ChapterPageFactory(site=site, kind=ChapterKind.DISTRICT)
    commune = ChapterPageFactory(parent=district)
    pages = {
        "province_news": [
            NewsPageFactory(site=site, kind="tin", date=datetime.date(2024, 3, 1)),
            NewsPageFactory(site=site, kind="bai", date=datetime.date(2023, 5, 1)),
        ],
        "district_news": [NewsPageFactory(parent=district, kind="bai", date=datetime.date(2024, 4, 1))],
        "commune_news": [
            NewsPageFactory(parent=commune, kind=kind, date=datetime.date(2024, 6, 1)) for kind in ("tin", "bai")
        ],
    }
    NewsPageFactory(site=SiteFactory(), kind="bai", date=datetime.date(2024, 4, 1))
    return {"site": site, "district": district, "index": section(site, NewsIndexPage), **pages}


def get_index(client, province, query=""):
    return client.get(province["index"].url + query, HTTP_HOST=http_host(province["site"]))


def test_index_counts_chapter_news_too(client, province):
    assert "5 tin bài" in get_index(client, province).text


def test_filter_by_chapter_includes_its_communes(client, province):
    html = get_index(client, province, f"?chapter={province['district'].pk}").text
    assert "3 tin bài" in html
    assert set(listed_titles(html)) == {page.title for page in province["district_news"] + province["commune_news"]}


def test_filter_by_kind_and_year(client, province):
    assert "3 tin bài" in get_index(client, province, "?kind=bai").text
    assert "2 tin bài" in get_index(client, province, "?kind=bai&year=2024").text


@pytest.mark.parametrize(
    "query",
    ["?chapter=abc", "?kind=xyz", "?year=19999", "?category=khong-co", "?page=9999", "?page=-1", "?chapter=%00"],
)
def test_bad_filter_values_never_500(client, province, query):
    assert get_index(client, province, query).status_code == 200


def test_invalid_filter_is_explained_in_vietnamese(client, province):
    assert "không hợp lệ" in get_index(client, province, "?kind=xyz").text
