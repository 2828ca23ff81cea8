"""A matched set larger than ``dbindex.LARGE``: counted no further, read a page at a time (the words
in the title first, the shortest title first; then the newest), no entry lost or repeated."""

import datetime

import pytest
from django.db import connection

from sitesearch import dbindex, engine
from sitesearch.models import SearchEntry
from tests import factories

from .conftest import kept_for_the_module, result_titles, search

LARGE = 5  # in these tests: 13 entries hold "tu sach"


@pytest.fixture(scope="module")
def shelf(django_db_setup, django_db_blocker):
    """Thirteen news on one Site holding "tủ sách": four with it in the title (the shortest the
    oldest), nine only in their text, one a month of 2024; one more without it."""
    with kept_for_the_module(django_db_blocker):
        site = factories.SiteFactory()
        factories.NewsPageFactory(site=site, title="Tủ sách", date=datetime.date(2019, 1, 1), publish=True)
        for year in (2021, 2025, 2023):
            factories.NewsPageFactory(
                site=site, title=f"Tủ sách khuyến học {year}", date=datetime.date(year, 3, 1), publish=True
            )
        for month in range(1, 10):
            factories.NewsPageFactory(
                site=site,
                title=f"Tin tháng {month}",
                summary="Các chi hội góp thêm tủ sách cho thư viện.",
                date=datetime.date(2024, month, 1),
                publish=True,
            )
        factories.NewsPageFactory(site=site, title="Hội nghị tổng kết", publish=True)
        yield site


@pytest.fixture
def large(monkeypatch):
    monkeypatch.setattr(dbindex, "LARGE", LARGE)


def every_hit(site, query, **options):
    outcome = engine.search(SearchEntry.objects.filter(site=site), query, site.pk, **options)
    pages = [outcome.hits[start : start + 4] for start in range(0, outcome.hits.count(), 4)]
    return outcome, [hit.title for page in pages for hit in page]


@pytest.mark.django_db
def test_a_large_set_is_not_counted_and_reads_the_shortest_titled_entries_first_then_the_newest(shelf, large):
    outcome, titles = every_hit(shelf, "tu sach")
    assert outcome.large and outcome.hits.count() == LARGE and outcome.facets.get("kind", {}) == {}
    assert titles == [
        "Tủ sách",
        "Tủ sách khuyến học 2025",
        "Tủ sách khuyến học 2023",
        "Tủ sách khuyến học 2021",
        "Tin tháng 9",
    ]


@pytest.mark.django_db
def test_pages_of_a_large_set_neither_lose_nor_repeat_an_entry(shelf, monkeypatch):
    monkeypatch.setattr(dbindex, "LARGE", 11)
    outcome, titles = every_hit(shelf, "tu sach")
    assert outcome.large and len(titles) == len(set(titles)) == 11
    assert titles[:4] == ["Tủ sách", "Tủ sách khuyến học 2025", "Tủ sách khuyến học 2023", "Tủ sách khuyến học 2021"]
    assert titles[4:] == [f"Tin tháng {month}" for month in range(9, 2, -1)]


@pytest.mark.django_db
def test_a_large_set_by_date_is_newest_first_whatever_the_title(shelf, large):
    _, titles = every_hit(shelf, "tu sach", by_date=True)
    assert titles == ["Tủ sách khuyến học 2025", "Tin tháng 9", "Tin tháng 8", "Tin tháng 7", "Tin tháng 6"]


@pytest.mark.django_db
def test_a_set_within_the_limit_is_counted_and_ranked(shelf, large):
    outcome, titles = every_hit(shelf, "tu sach khuyen hoc")
    assert not outcome.large and outcome.hits.count() == 3 and sum(outcome.facets["kind"].values()) == 3
    assert sorted(titles) == ["Tủ sách khuyến học 2021", "Tủ sách khuyến học 2023", "Tủ sách khuyến học 2025"]


@pytest.mark.django_db
def test_the_search_page_says_a_large_set_was_not_counted(client, shelf, large):
    response = search(client, shelf, q="tủ sách")
    assert response.status_code == 200
    assert "Hơn 5 kết quả" in response.text and "rồi đến các trang mới nhất" in response.text
    assert result_titles(response.text)[0] == "Tủ sách" and len(result_titles(response.text)) == 5


@pytest.mark.django_db
def test_a_suggestion_with_a_last_word_of_one_letter_looks_for_it_in_the_titles(shelf):
    assert {e.title for e in engine.suggestions(shelf.pk, "tủ sách k")} == {
        "Tủ sách khuyến học 2021",
        "Tủ sách khuyến học 2023",
        "Tủ sách khuyến học 2025",
    }
    assert engine.suggestions(shelf.pk, "tu sach x") == []
    assert len(engine.suggestions(shelf.pk, "tin thang")) == 8  # nine match: the header shows eight


@pytest.mark.django_db
def test_ruling_out_sequential_scans_lasts_only_for_the_search_statements(shelf, large):
    if connection.vendor != "postgresql":
        pytest.skip("a PostgreSQL planner setting")
    every_hit(shelf, "tu sach")
    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('enable_seqscan')")
        assert cursor.fetchone()[0] == "on"
