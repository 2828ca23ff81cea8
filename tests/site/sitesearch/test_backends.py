"""Elasticsearch is configured and checked on its generated settings, mappings and queries
(no server can run here); when it does not answer, the search page uses the database."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from config.settings.search import search_backends
from sitesearch import sync
from sitesearch.models import SearchEntry
from sitesearch.query import parse, to_search_query
from tests import factories

CLOSED = "http://127.0.0.1:9"


def es_backend():
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends(CLOSED)):
        return get_search_backend("default")


def test_index_settings_fold_vietnamese():
    analysis = es_backend().settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["filter"] == ["lowercase", "vi_folding"]
    assert analysis["filter"]["vi_folding"]["type"] == "asciifolding"
    assert "ngram_analyzer" in analysis["analyzer"]  # Wagtail's own analysers are kept (deep merge)


def test_mapping_indexes_text_and_folded_text():
    mapping = es_backend().mapping_class(SearchEntry).get_mapping()["properties"]
    for name in ("title", "folded", "kind_filter", "site_id_filter", "year_filter"):
        assert name in mapping
    assert "title_folded_edgengrams" in mapping


def test_compiled_query_searches_the_folded_form():
    backend = es_backend()
    compiler = backend.query_compiler_class(SearchEntry.objects.none(), to_search_query(parse('Tô Hiệu "học bổng"')))
    compiled = str(compiler.get_query())
    assert "to hieu" in compiled and "hoc bong" in compiled
    assert "Tô" not in compiled


@pytest.mark.django_db
def test_search_page_answers_from_the_database_when_elasticsearch_is_down(client, caplog):
    fund = factories.CampaignPageFactory(title="Quỹ Học bổng Tô Hiệu", publish=True)
    with override_settings(WAGTAILSEARCH_BACKENDS={**search_backends(CLOSED)}):
        response = client.get("/tim-kiem/", {"q": "to hieu"}, HTTP_HOST=factories.http_host(fund.get_site()))
    assert response.status_code == 200
    assert "Quỹ Học bổng Tô Hiệu" in response.text
    assert "lấy từ cơ sở dữ liệu" in response.text
    assert "answering from the database" in caplog.text


@pytest.mark.django_db
def test_update_index_and_rebuild_work_on_the_database_backend():
    """The rebuild finds what publishing indexed (and the live pages never published through a revision)."""
    factories.PlanPageFactory(publish=True)
    factories.HonourRecordFactory(roll__publish=True)
    published = set(SearchEntry.objects.values_list("source_type", "source_id", "part", "title", "text"))
    call_command("update_index", "--backend", "default", stdout=StringIO())
    assert sync.rebuild() == SearchEntry.objects.count()
    assert published <= set(SearchEntry.objects.values_list("source_type", "source_id", "part", "title", "text"))


@pytest.mark.django_db
def test_rebuild_leaves_postgresql_with_fresh_statistics():
    """Without them PostgreSQL plans the search join for empty tables (see sync.refresh_planner_statistics)."""
    if connection.vendor != "postgresql":
        pytest.skip("planner statistics are a PostgreSQL matter")
    factories.NewsPageFactory(publish=True)
    with connection.cursor() as cursor:
        cursor.execute("UPDATE pg_class SET reltuples = 1 WHERE relname = 'sitesearch_searchentry'")
    count = sync.rebuild()
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = 'sitesearch_searchentry'")
        assert cursor.fetchone()[0] == count > 1
