"""Hostile input on every public endpoint of both demo Sites: never a 500.

A fixed corpus of bad values (huge and negative integers, NUL, invalid UTF-8, quotes, SQL and
full-text syntax, blanks, 10,000 characters, repeated parameters) goes into every listing's filters
(read from the FilterSets themselves, so a new filter is fuzzed too), search and its suggestions,
the sitemap, the events month, feeds and iCal addresses, and every parameter of the API. All
failures are collected and reported together. Requests go through the Django test client, each
inside a savepoint, so that one database error on PostgreSQL cannot break the requests after it.

A listing's parameters are all given the same value in one request (django-filter checks each
on its own, so one bad value cannot hide another); when that request fails, each parameter is
retried alone to name the culprit. The API stops at its first bad parameter (a 400), so each of
its parameters gets requests of its own (on the second Site only those whose answer depends on it).
"""

from urllib.parse import quote

import pytest
from django.db import transaction
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page, Site

from chapters.models import ChapterPage
from events.models import EventIndexPage, EventPage
from honours.filters import HonourRecordFilter
from honours.models import HonourRollPage
from news.filters import NewsFilter
from news.models import NewsCategory, NewsIndexPage
from officialdocs.filters import LegalDocumentFilter
from officialdocs.models import LegalRegisterPage
from sitesearch.filters import SearchEntryFilter

from ..conftest import host_of

pytestmark = pytest.mark.demo

HUGE = "99999999999999999999"
VALUES = [
    HUGE,
    str(2**63),
    "-" + HUGE,
    str(2**31),
    "-1",
    "0",
    "'",
    '"',
    "' OR 1=1 --",
    "AND OR NOT",
    "*",
    "(",
    "a:* & !b | (",
    "   ",
    "x" * 10_000,
]
# Already percent-encoded: the server gets a raw NUL and bytes that are not UTF-8.
RAW_VALUES = ["%00", "%ff%fe"]
QUERY_VALUES = [quote(value, safe="") for value in VALUES] + RAW_VALUES

LISTING_PARAMS = {
    NewsIndexPage: [*NewsFilter.base_filters, "page"],
    HonourRollPage: [*HonourRecordFilter.base_filters, "page"],
    LegalRegisterPage: [*LegalDocumentFilter.base_filters, "page"],
    EventIndexPage: ["thang"],
}
SEARCH_PARAMS = ["q", *SearchEntryFilter.base_filters, "page"]
# Any other page reads no parameter: one request with a few bad ones checks it stays so.
OTHER_PAGE_QUERY = f"?page={HUGE}&q={quote(chr(34))}&chapter=-1"
API_COMMON = ["search", "search_operator", "offset", "limit", "fields", "order", "id", "title"]
API_PARAMS = {
    "/api/v2/pages/": [
        *API_COMMON,
        "type",
        "child_of",
        "descendant_of",
        "ancestor_of",
        "translation_of",
        "locale",
        "show_in_menus",
    ],
    "/api/v2/images/": [*API_COMMON, "tags", "collection"],
    "/api/v2/documents/": [*API_COMMON, "tags", "collection"],
}
PATH_IDS = [HUGE, str(2**63), str(2**31), "0"]
PATH_SLUGS = ["a" * 2_000, "%00", "%ff%fe"]


def listings(site) -> list[tuple[str, list[str]]]:
    """(path, parameters) of every address of ``site`` that reads its query string as a listing."""
    pages = Page.objects.live().public().descendant_of(site.root_page).type(*LISTING_PARAMS).specific()
    return [(page.relative_url(site), LISTING_PARAMS[type(page)]) for page in pages] + [
        ("/tim-kiem/", SEARCH_PARAMS),
        ("/tim-kiem/goi-y/", ["q"]),
        ("/sitemap.xml", ["p"]),
    ]


def addresses(site) -> list[str]:
    """One page of every other type, iCal, feeds (with bad ids in the path) and the API's details."""
    urls, seen = ["/robots.txt"], set(LISTING_PARAMS)
    for page in Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific():
        if type(page) not in seen:
            seen.add(type(page))
            urls.append(page.relative_url(site) + OTHER_PAGE_QUERY)
    for model in (EventIndexPage, EventPage):
        urls += [page.relative_url(site) + "ical/" for page in model.objects.live().descendant_of(site.root_page)[:1]]
    chapter = ChapterPage.objects.live().descendant_of(site.root_page).first()
    feeds = [
        "tin-tuc/rss",
        "tin-tuc/atom",
        "ban-tin/rss",
        f"chi-hoi/{chapter.pk}/rss",
        f"chuyen-muc/{NewsCategory.objects.first().slug}/atom",
    ]
    feeds += [f"chi-hoi/{value}/{kind}" for value in PATH_IDS for kind in ("rss", "atom")]
    feeds += [f"chuyen-muc/{value}/rss" for value in PATH_SLUGS]
    urls += [f"/nguon-tin/{feed}/" for feed in feeds]
    urls += [f"/tin-tuc/{value}/" for value in PATH_SLUGS]
    urls += [f"{api}{value}/" for api in API_PARAMS for value in PATH_IDS]
    urls += [f"/api/v2/pages/find/?html_path={value}" for value in QUERY_VALUES]
    urls += [f"/api/v2/pages/?search=khuyen&search_operator={value}" for value in QUERY_VALUES]
    return urls


def query(params: list[str], value: str) -> str:
    return "&".join(f"{name}={value}" for name in params)


def failure(client, host: str, url: str) -> str | None:
    """Why ``url`` failed (an exception or a 5xx), or None."""
    try:
        with transaction.atomic():
            status = client.get(url, HTTP_HOST=host).status_code
    except Exception as error:  # noqa: BLE001 - collected, reported by the test
        return f"{url[:160]} → {type(error).__name__}: {str(error)[:160]}"
    return f"{url[:160]} → HTTP {status}" if status >= 500 else None


def listing_failures(client, host: str, path: str, params: list[str]) -> list[str]:
    failures = []
    repeated = "&".join(f"{name}=1&{name}=2&{name}={HUGE}" for name in params)
    for together in [query(params, value) for value in QUERY_VALUES] + [repeated]:
        if failure(client, host, f"{path}?{together}") is None:
            continue
        alone = [failure(client, host, f"{path}?{part}") for part in together.split("&")]
        failures += [reason for reason in alone if reason] or [failure(client, host, f"{path}?{together}")]
    return list(dict.fromkeys(failures))


@pytest.mark.django_db
@pytest.mark.parametrize(
    "hostname, api_params",
    [
        ("127.0.0.1", API_PARAMS),
        # the API reads its parameters the same way on every Site; the Site decides only what is listed
        ("soctrang.localhost", {api: ["search", "offset", "id"] for api in API_PARAMS}),
    ],
)
def test_no_public_endpoint_answers_hostile_input_with_a_server_error(client, hostname, api_params):
    site = Site.objects.get(hostname=hostname)
    host = host_of(site.root_page)
    site_listings = listings(site)
    assert {path for path, _params in site_listings} >= {"/tin-tuc/", "/su-kien/", "/tim-kiem/"}
    failures = []
    for path, params in site_listings:
        failures += listing_failures(client, host, path, params)
    urls = addresses(site) + [
        f"{api}?{name}={value}"
        for api, params in api_params.items()
        for name in params
        for value in [*QUERY_VALUES, f"1&{name}=2"]
    ]
    failures += [reason for reason in (failure(client, host, url) for url in urls) if reason]
    assert not failures, f"{len(failures)} requests failed:\n" + "\n".join(failures)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url, status, text",
    [
        (f"/tin-tuc/?chapter={HUGE}", 200, "Một vài điều kiện lọc không hợp lệ nên đã được bỏ qua."),
        (f"/tim-kiem/?q=khuyen&issue={2**63}", 200, "Một vài điều kiện lọc không hợp lệ nên đã được bỏ qua."),
        ("/tim-kiem/?q=khuy%E1%BA%BFn%00h%E1%BB%8Dc", 200, "khuyến học"),
        ("/tin-tuc/%00/", 400, "Địa chỉ có ký tự không hợp lệ."),
        (f"/nguon-tin/chi-hoi/{HUGE}/rss/", 404, ""),
        (f"/api/v2/pages/?offset={HUGE}", 400, "offset phải là một số nguyên từ 0 đến"),
        ("/api/v2/images/?search=%22%20AND%20(", 200, '"items"'),
        ("/api/v2/documents/?search=%20%20", 200, '"total_count": 0'),
        ("/api/v2/images/?search=a&search_operator=xor", 400, "search_operator chỉ nhận"),
    ],
)
def test_bad_values_get_a_vietnamese_answer(client, url, status, text):
    response = client.get(url, HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == status
    assert text in response.content.decode()


@pytest.mark.django_db
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=40))
def test_any_search_text_is_no_server_error(client, text):
    value = quote(text, safe="")
    urls = [
        f"/api/v2/pages/?search={value}",
        f"/api/v2/images/?search={value}",
        f"/api/v2/documents/?search={value}",
        f"/tim-kiem/goi-y/?q={value}",
    ]
    failures = [reason for reason in (failure(client, "127.0.0.1:8000", url) for url in urls) if reason]
    assert not failures, "\n".join(failures)
