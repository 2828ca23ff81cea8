"""The database's own index of the entries (``sitesearch.dbindex``), on whichever database the
tests run (SQLite's FTS5 table, PostgreSQL's tsvector columns): what it matches, how it counts,
that suggestions and corrections reach the index, and that a failure degrades to a scan."""

import datetime

import pytest
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from config.settings.search import search_backends
from sitesearch import dbindex, engine, tolerance
from sitesearch.models import SearchEntry, SearchTerm
from tests import factories

from .conftest import kept_for_the_module, result_titles

FUND = "Quỹ Học bổng Tô Hiệu"
EXAMS = "Tiếp sức mùa thi năm 2023"
ORGANISING = "Tổ chức hội nghị đại biểu khuyến học"
PLAN = "Kế hoạch tuyên truyền năm 2024"


@pytest.fixture(scope="module")
def corpus(django_db_setup, django_db_blocker):
    with kept_for_the_module(django_db_blocker):
        site, other = factories.SiteFactory(), factories.SiteFactory()
        factories.CampaignPageFactory(
            site=site, title=FUND, fund_name=FUND, summary="Học bổng cho học sinh nghèo.", publish=True
        )
        news = [
            (EXAMS, "Thanh niên tình nguyện tiếp sức cho thí sinh ở các điểm thi.", 2023),
            (ORGANISING, "Những người được khen thưởng đã đóng góp cho quỹ của hội.", 2024),
            ("Trao quà cho học sinh vùng cao", "Hội Khuyến học ĐỒNG HỶ trao 100 suất quà.", 2024),
            ("Học tập suốt đời", "Các lớp học buổi tối cho người lớn, tiếp sức học tập.", 2022),
        ]
        for title, text, year in news:
            factories.NewsPageFactory(
                site=site, title=title, summary=text, date=datetime.date(year, 5, 1), publish=True
            )
        factories.PlanPageFactory(site=site, title=PLAN, symbol="52/KH-HKH", publish=True)
        factories.NewsPageFactory(site=other, title="Tiếp sức mùa thi ở Sóc Trăng", publish=True)
        private = factories.NewsPageFactory(site=site, title="Tiếp sức nội bộ: danh sách", publish=True)
        PageViewRestriction.objects.create(page=private, restriction_type="login")
        yield {"site": site, "other": other}


def entries(corpus):
    return SearchEntry.objects.filter(site=corpus["site"])


def titles(corpus, query, **options):
    outcome = engine.search(entries(corpus), query, corpus["site"].pk, **options)
    return [hit.title for hit in outcome.hits[: outcome.hits.count()]], outcome


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected",
    [
        ("Tô Hiệu", FUND),
        ("to hieu", FUND),
        ('"tiep suc mua thi"', EXAMS),
        ("52/KH-HKH", PLAN),
        ("52khhkh", PLAN),
        ("ĐỒNG HỶ", "Trao quà cho học sinh vùng cao"),
    ],
)
def test_the_index_matches_folded_and_unfolded_phrases_and_symbols(corpus, query, expected):
    found, outcome = titles(corpus, query)
    assert found[0] == expected and not outcome.tolerant_terms


@pytest.mark.django_db
def test_a_phrase_keeps_its_order(corpus):
    assert titles(corpus, '"mua thi tiep suc"')[0] != [EXAMS]
    assert EXAMS in titles(corpus, "mua thi tiep suc")[0]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query, expected",
    [
        ("Tiép sirc mua thi", EXAMS),  # sức → sirc
        ("Quy hoc bong T6 Hiéu", FUND),  # Tô → T6
        ("Té chirc hdi nghi dai biéu", ORGANISING),  # tổ → té, chức → chirc, hội → hdi
        ("Ké hoach tuyén truyén nam 2024", PLAN),
        ("Tiep suc muathi", EXAMS),  # two words run together
        ("Tiep suc mua t hi", EXAMS),  # a word cut in two
    ],
)
def test_ocr_broken_queries_find_the_page(corpus, query, expected):
    found, _ = titles(corpus, query)
    assert expected in found[:3], (query, found)


@pytest.mark.django_db
def test_facet_counts_are_those_of_the_whole_matched_set(corpus):
    found, outcome = titles(corpus, "tiep suc")
    matched = SearchEntry.objects.filter(site=corpus["site"], title__in=found)
    assert outcome.hits.count() == len(found) == matched.count() >= 2
    assert outcome.facets["year"] == {year: matched.filter(year=year).count() for year in {e.year for e in matched}}
    assert sum(outcome.facets["kind"].values()) == len(found)


@pytest.mark.django_db
def test_ranking_and_order_by_date(corpus):
    assert titles(corpus, "tiep suc")[0][0] == EXAMS  # every word in the title, the shortest
    by_date = [e.date for e in engine.search(entries(corpus), "tiep suc", by_date=True).hits[:10]]
    assert by_date == sorted(by_date, reverse=True)


@pytest.mark.django_db
def test_private_pages_and_other_sites_never_appear(corpus):
    found, _ = titles(corpus, "tiep suc")
    assert "Tiếp sức nội bộ: danh sách" not in found and "Tiếp sức mùa thi ở Sóc Trăng" not in found


def _index_sql(captured) -> str:
    return " ".join(q["sql"] for q in captured)


@pytest.mark.django_db
def test_searches_and_suggestions_run_on_the_index(corpus):
    with CaptureQueriesContext(connection) as captured:
        suggested = engine.suggestions(corpus["site"].pk, "tiep s")
        found, _ = titles(corpus, "khuyen hoc")
    assert EXAMS in [e.title for e in suggested] and found
    sql = _index_sql(captured)
    assert "icontains" not in sql and "LIKE" not in sql.upper()
    if connection.vendor == "postgresql":
        assert "title_vector @@ to_tsquery" in sql and "search_vector @@ to_tsquery" in sql
    else:
        assert "sitesearch_entry_fts MATCH" in sql


@pytest.mark.django_db
def test_postgresql_plans_the_gin_indexes(corpus):
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL's planner")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        for column, index_name in [("search_vector", "sitesearch_entry_search_vector"),
                                   ("title_vector", "sitesearch_entry_title_vector")]:  # fmt: skip
            cursor.execute(
                f"EXPLAIN SELECT id FROM sitesearch_searchentry WHERE {column} @@ to_tsquery('simple', 'tiep:*')"
            )
            assert index_name in " ".join(row[0] for row in cursor.fetchall())
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'sitesearch_term_trigrams'")
        assert "gin_trgm_ops" in cursor.fetchone()[0]  # the vocabulary's trigrams (too few rows here to be planned)


@pytest.mark.django_db
def test_the_vocabulary_follows_the_entries(corpus):
    assert SearchTerm.objects.get(word="suc").entries >= 3
    page = factories.NewsPageFactory(site=corpus["site"], title="Xuồng cứu hộ Phiêngluông", publish=True)
    assert SearchTerm.objects.get(word="phiengluong").entries == 1
    page.unpublish()
    assert SearchTerm.objects.get(word="phiengluong").entries == 0
    assert "phiengluong" not in dbindex.for_connection().known_words({"phiengluong"})


def test_candidates_undo_ocr_look_alikes():
    for typed, meant in [("sirc", "suc"), ("nhitng", "nhung"), ("dugc", "duoc"), ("hdi", "hoi"), ("ctia", "cua"),
                         ("c4c", "cac"), ("t6", "to"), ("1a", "la"), ("phwong", "phuong")]:  # fmt: skip
        assert meant in tolerance.candidates(typed), typed


@pytest.mark.django_db
def test_elasticsearch_down_degrades_to_the_index(corpus):
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends("http://127.0.0.1:9")):
        outcome = engine.search(entries(corpus), "to hieu", corpus["site"].pk)
    assert outcome.backend_failed and outcome.hits[0].title == FUND


@pytest.mark.django_db
def test_a_broken_index_degrades_to_a_scan(corpus):
    """A missing FTS table (a database restored without it) answers from a scan, never a 500."""
    if connection.vendor != "sqlite":
        pytest.skip("dropping PostgreSQL's column would abort the test's transaction")
    with connection.cursor() as cursor:
        cursor.execute("ALTER TABLE sitesearch_entry_fts RENAME TO sitesearch_entry_fts_gone")
    try:
        outcome = engine.search(entries(corpus), "to hieu", corpus["site"].pk)
        assert outcome.backend_failed and outcome.hits[0].title == FUND
        assert engine.suggestions(corpus["site"].pk, "quy hoc")[0].title == FUND
    finally:
        with connection.cursor() as cursor:
            cursor.execute("ALTER TABLE sitesearch_entry_fts_gone RENAME TO sitesearch_entry_fts")


@pytest.mark.django_db
def test_the_search_page_stays_within_its_query_budget(client, corpus, django_assert_max_num_queries):
    host = factories.http_host(corpus["site"])
    for query in ("tiep suc", "Tiép sirc mua thi"):
        client.get("/tim-kiem/", {"q": query}, HTTP_HOST=host)  # a warm cache
        with django_assert_max_num_queries(8):
            response = client.get("/tim-kiem/", {"q": query, "year": "2023"}, HTTP_HOST=host)
        assert EXAMS in result_titles(response.text), query
