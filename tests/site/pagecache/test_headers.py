"""Cache-Control: what nginx may keep for every reader, and what is one person's."""

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory, SiteFactory, SuperuserFactory, http_host

pytestmark = pytest.mark.django_db

PURGED = {"nginx": {"BACKEND": "pagecache.backends.NginxPurgeBackend", "LOCATION": "http://127.0.0.1:9"}}


@pytest.fixture
def news():
    return NewsPageFactory(site=SiteFactory(), publish=True)


def get(client, page, query=""):
    return client.get(page.get_url_parts()[2] + query, HTTP_HOST=http_host(page.get_site()))


@override_settings(WAGTAILFRONTENDCACHE=PURGED, KHUYENHOC_FRONTEND_CACHE_SECONDS=321)
def test_a_public_page_may_be_kept_by_nginx_but_not_by_the_browser(client, news):
    response = get(client, news)
    assert response.status_code == 200 and not response.cookies
    assert set(response["Cache-Control"].split(", ")) == {"public", "max-age=0", "s-maxage=321"}


@override_settings(WAGTAILFRONTENDCACHE=PURGED)
def test_whoever_is_logged_in_or_holds_a_cookie_of_django_gets_a_private_answer(client, news):
    client.cookies["csrftoken"] = "x" * 32
    assert "private" in get(client, news)["Cache-Control"]
    client.cookies.clear()
    client.force_login(SuperuserFactory())
    response = get(client, news)
    assert "private" in response["Cache-Control"] and "public" not in response["Cache-Control"]


@override_settings(WAGTAILFRONTENDCACHE=PURGED)
def test_a_password_form_is_private_and_errors_are_left_alone(client, news):
    PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.PASSWORD, password="bi-mat")
    response = get(client, news)
    assert response.cookies and "private" in response["Cache-Control"]  # the form's CSRF cookie
    client.cookies.clear()
    response = client.get("/khong-co-trang-nay/", HTTP_HOST=http_host(news.get_site()))
    assert response.status_code == 404 and not response.has_header("Cache-Control")


def test_without_a_purged_cache_nothing_is_marked_public(client, news):
    response = get(client, news)
    assert response.status_code == 200 and not response.has_header("Cache-Control")
