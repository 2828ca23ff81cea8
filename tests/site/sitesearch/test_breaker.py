"""Elasticsearch down or hanging: every search answers from the database, quickly after the first
failure (the circuit breaker), and publishing still works, its index update queued to retry.
No Elasticsearch runs here: a closed port, and a server that accepts and never answers."""

import pytest
from django.test import override_settings
from django.utils import timezone
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from config.settings.search import search_backends
from news.models import NewsIndexPage, NewsPage
from tests import factories
from tests.site.background.worker import DATABASE_TASKS, ListeningServer, run_worker

CLOSED = "http://127.0.0.1:1"
QUERY = "Tô Hiệu"
FUND = "Quỹ Học bổng Tô Hiệu"


@pytest.fixture
def site(db):
    """Pages that Wagtail's own index finds for QUERY, indexed before Elasticsearch goes away."""
    site = factories.SiteFactory()
    factories.CampaignPageFactory(site=site, title=FUND, publish=True)
    for n in range(3):
        factories.NewsPageFactory(site=site, title=f"Học bổng Tô Hiệu đợt {n + 1}", publish=True)
    return site


def elasticsearch_at(url: str):
    return override_settings(WAGTAILSEARCH_BACKENDS=search_backends(url, timeout=0.5, breaker_seconds=60))


@pytest.fixture
def closed_elasticsearch(site):
    with elasticsearch_at(CLOSED):
        yield get_search_backend()
        get_search_backend().breaker.close()


@pytest.fixture
def hanging_elasticsearch(site):
    server = ListeningServer()
    try:
        with elasticsearch_at(f"http://127.0.0.1:{server.port}"):
            yield server
            get_search_backend().breaker.close()
    finally:
        server.close()


def database_answer(queryset):
    return [page.pk for page in get_search_backend("database").search(QUERY, queryset)]


def test_with_elasticsearch_refusing_the_database_answers_and_elasticsearch_is_tried_once(closed_elasticsearch, caplog):
    pages = Page.objects.live()
    expected = database_answer(pages)
    assert expected
    for _ in range(3):
        results = get_search_backend().search(QUERY, pages)
        assert results.count() == get_search_backend("database").search(QUERY, pages).count()
        assert [page.pk for page in results] == expected
    assert closed_elasticsearch.breaker.is_open()
    assert caplog.text.count("Elasticsearch failed") == 1  # after that, nobody asked it


def test_autocomplete_and_slices_fall_back_too(closed_elasticsearch):
    pages = Page.objects.live()
    assert [p.pk for p in get_search_backend().search(QUERY, pages)[1:3]] == database_answer(pages)[1:3]
    expected = [p.pk for p in get_search_backend("database").autocomplete("Tô Hi", pages)]
    assert [p.pk for p in get_search_backend().autocomplete("Tô Hi", pages)] == expected


def test_with_elasticsearch_hanging_one_search_waits_and_the_next_ones_do_not_ask(hanging_elasticsearch):
    pages = Page.objects.live()
    expected = database_answer(pages)
    assert [p.pk for p in get_search_backend().search(QUERY, pages)] == expected  # after the 0.5 s timeout
    assert hanging_elasticsearch.accepted == 1  # one request, no retry
    for _ in range(3):
        assert [p.pk for p in get_search_backend().search(QUERY, pages)] == expected
    assert hanging_elasticsearch.accepted == 1  # the breaker is open: Elasticsearch was skipped

    get_search_backend().breaker.close()  # as when BREAKER_SECONDS have passed
    assert [p.pk for p in get_search_backend().search(QUERY, pages)] == expected
    assert hanging_elasticsearch.accepted == 2  # tried again, failed again, open again
    assert get_search_backend().breaker.is_open()


ADMIN_SEARCHES = [
    "/quan-tri/pages/search/",
    "/quan-tri/images/",
    "/quan-tri/documents/",
    "/quan-tri/choose-page/search/",
    "/quan-tri/images/chooser/",
    "/quan-tri/documents/chooser/",
    "/quan-tri/snippets/honours/honourrecord/",
    "/quan-tri/snippets/officialdocs/legaldocument/",
]


def test_the_admins_searches_and_the_api_answer_with_elasticsearch_down(client, site, closed_elasticsearch):
    client.force_login(factories.SuperuserFactory())
    for url in ADMIN_SEARCHES:
        assert client.get(url, {"q": QUERY}).status_code == 200, url
    assert FUND in client.get("/quan-tri/pages/search/", {"q": QUERY}).text
    for url in ("/api/v2/images/", "/api/v2/documents/", "/api/v2/pages/"):
        assert client.get(url, {"search": "khuyến học"}, HTTP_HOST=factories.http_host(site)).status_code == 200, url


def new_tin_form():
    return nested_form_data(
        {
            "title": "Bản Hua Ngáy mở lớp xóa mù chữ",
            "slug": "ban-hua-ngay-mo-lop-xoa-mu-chu",
            "kind": "tin",
            "date": "2026-11-20",
            "summary": "Lớp học buổi tối cho phụ nữ trong bản.",
            "category": factories.NewsCategoryFactory().pk,
            "body": streamfield([("paragraph", rich_text("<p>Lớp có 25 học viên.</p>"))]),
            "comments": inline_formset([]),
            "action-publish": "1",
        }
    )


def publish_as_editor(client, site):
    client.force_login(factories.BoardMemberFactory(site=site))
    news = NewsIndexPage.objects.child_of(site.root_page).get()
    response = client.post(f"/quan-tri/pages/add/news/newspage/{news.pk}/", new_tin_form())
    assert response.status_code == 302
    page = NewsPage.objects.get(slug="ban-hua-ngay-mo-lop-xoa-mu-chu")
    assert page.live
    return page


def test_publishing_with_elasticsearch_down_succeeds(client, site, closed_elasticsearch):
    """Tasks run at once (the tests' setting): the index update fails inside the request, harmlessly."""
    page = publish_as_editor(client, site)
    assert page.pk in [p.pk for p in get_search_backend().search("Hua Ngáy", NewsPage.objects.live())]


def retries_for(page):
    """The waiting retries of ``page``'s index update (each save of the page queued its own)."""
    waiting = DBTaskResult.objects.filter(task_path="sitesearch.tasks.retry_index_write", status=TaskResultStatus.READY)
    return [r for r in waiting if r.args_kwargs["args"] == ["news", "newspage", str(page.pk)]]


@DATABASE_TASKS
def test_an_index_update_elasticsearch_missed_is_queued_and_retried(client, site, closed_elasticsearch):
    page = publish_as_editor(client, site)
    run_worker()  # Wagtail's index update: the database's succeeds, Elasticsearch's is queued
    assert page.pk in [p.pk for p in get_search_backend().search("Hua Ngáy", NewsPage.objects.live())]
    retries = retries_for(page)
    assert retries and all(r.args_kwargs["kwargs"]["attempt"] == 2 and r.run_after > timezone.now() for r in retries)

    DBTaskResult.objects.filter(pk__in=[r.pk for r in retries]).update(run_after=timezone.now())
    run_worker()  # still down: the next attempt waits, later
    again = retries_for(page)
    assert len(again) == len(retries)
    assert all(r.args_kwargs["kwargs"]["attempt"] == 3 for r in again)
    assert all(r.args_kwargs["kwargs"]["last_error"].startswith("ElasticsearchSkipped") for r in again)
