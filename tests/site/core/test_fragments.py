"""Fragments (core.fragments) are cached per Site and language and never stale: a publish, unpublish, move
or delete of a page, a change of privacy or of the Site's settings shows on the next request, only the
changed Site's fragments are renewed, previews are never cached, and a private page's body stays private."""

import re
from unittest import mock

import pytest
from django.core.cache import cache, caches
from django.db import connection
from django.test import RequestFactory, override_settings
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core import fragments
from core.cache_backends import TolerantRedisCache
from core.fragments import cached_fragment, fragment_key
from core.models import SiteIdentity
from tests.factories import NewsPageFactory, SiteFactory, StandardPageFactory, http_host, translate

pytestmark = pytest.mark.django_db


def menu(client, site, path="/") -> list[str]:
    html = client.get(path, HTTP_HOST=http_host(site)).content.decode()
    nav = re.search(r'<nav class="site-nav".*?</nav>', html, re.S).group(0)
    return re.findall(r"<a [^>]*>([^<]+)</a>", nav)


def page_html(client, page, site) -> str:
    response = client.get(page.url, HTTP_HOST=http_host(site))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture
def site_with_menu():
    site = SiteFactory()
    about = StandardPageFactory(site=site, title="Giới thiệu", slug="gioi-thieu", show_in_menus=True, publish=True)
    article = NewsPageFactory(site=site, title="Lễ trao học bổng", publish=True)
    return site, about, article


def test_a_published_title_shows_in_the_menu_of_every_page_at_once(client, site_with_menu):
    site, about, article = site_with_menu
    assert menu(client, site)[-1] == "Giới thiệu"
    assert menu(client, site, article.url)[-1] == "Giới thiệu"  # both cached now
    about.title = "Giới thiệu hội"
    about.save_revision().publish()
    assert menu(client, site)[-1] == "Giới thiệu hội"
    assert menu(client, site, article.url)[-1] == "Giới thiệu hội"


def test_unpublishing_moving_and_deleting_take_a_page_out_of_the_menu(client, site_with_menu):
    site, about, article = site_with_menu
    news = StandardPageFactory(site=site, title="Tin cũ", show_in_menus=True, publish=True)
    other = StandardPageFactory(site=site, title="Liên hệ", show_in_menus=True, publish=True)
    assert menu(client, site)[-3:] == ["Giới thiệu", "Tin cũ", "Liên hệ"]
    news.unpublish()
    assert "Tin cũ" not in menu(client, site)
    other.move(about, pos="last-child")
    assert "Liên hệ" not in menu(client, site)
    about.delete()
    assert "Giới thiệu" not in menu(client, site)


def test_a_page_made_private_leaves_the_menu(client, site_with_menu):
    site, about, _article = site_with_menu
    assert "Giới thiệu" in menu(client, site)
    PageViewRestriction.objects.create(page=about, restriction_type=PageViewRestriction.PASSWORD, password="noi-bo")
    assert "Giới thiệu" not in menu(client, site)


def test_a_settings_change_shows_in_the_footer(client, site_with_menu):
    site, _about, article = site_with_menu
    assert "Hội Khuyến học phường Một" not in page_html(client, article, site)
    identity = SiteIdentity.for_site(site)
    identity.association_name = "Hội Khuyến học phường Một"
    identity.save()
    footer = re.search(r"<footer.*?</footer>", page_html(client, article, site), re.S).group(0)
    assert "Hội Khuyến học phường Một" in footer


def test_each_language_has_its_own_fragments(client, site_with_menu):
    site, about, article = site_with_menu
    translate(about, title="About us")
    english = translate(article, title="Scholarship ceremony")
    assert menu(client, site)[-1] == "Giới thiệu"
    assert menu(client, site, english.url)[-1] == "About us"
    assert menu(client, site)[-1] == "Giới thiệu"
    assert "Scholarship ceremony" in page_html(client, english, site)
    assert "Scholarship ceremony" not in page_html(client, article, site)


def test_an_article_shows_its_new_version_and_its_new_related_articles(client, site_with_menu):
    site, _about, article = site_with_menu
    assert "Tin bài liên quan" not in page_html(client, article, site)
    article.body = [{"type": "paragraph", "value": "<p>Đoạn mới của bài.</p>"}]
    article.save_revision().publish()
    NewsPageFactory(site=site, title="Tin mới cùng trang", publish=True)
    html = page_html(client, article, site)
    assert "Đoạn mới của bài." in html and "Tin mới cùng trang" in html


def test_a_change_on_one_site_leaves_another_sites_fragments_alone(site_with_menu):
    site, about, _article = site_with_menu
    elsewhere = SiteFactory()

    def keys():  # a new request each time: the generations are read once per request
        return {
            s.pk: fragment_key(RequestFactory().get("/", HTTP_HOST=http_host(s)), "menu") for s in (site, elsewhere)
        }

    before = keys()
    about.title = "Giới thiệu hội"
    about.save_revision().publish()
    after = keys()
    assert after[elsewhere.pk] == before[elsewhere.pk]
    assert after[site.pk] != before[site.pk]


def test_previews_and_requests_without_a_site_are_never_cached(site_with_menu):
    site, _about, _article = site_with_menu
    calls = []

    def render():
        calls.append(1)
        return "<p>x</p>"

    preview = RequestFactory().get("/", HTTP_HOST=http_host(site))
    preview.is_preview = True
    for _ in range(2):
        cached_fragment(preview, "preview-test", render)
        cached_fragment(None, "preview-test", render)
    assert len(calls) == 4
    reader = RequestFactory().get("/", HTTP_HOST=http_host(site))
    cached_fragment(reader, "preview-test", render)
    cached_fragment(RequestFactory().get("/", HTTP_HOST=http_host(site)), "preview-test", render)
    assert len(calls) == 5


def test_a_private_articles_cached_body_is_never_served_to_anonymous_readers(client, site_with_menu):
    site, _about, article = site_with_menu
    article.body = [{"type": "paragraph", "value": "<p>Nội dung chỉ dành cho hội viên.</p>"}]
    article.save_revision().publish()
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.PASSWORD, password="noi-bo")
    restriction = PageViewRestriction.objects.get(page=article)
    form_url = f"/_util/authenticate_with_password/{restriction.pk}/{article.pk}/"
    member = client.__class__()
    member.post(form_url, {"password": "noi-bo", "return_url": article.url}, HTTP_HOST=http_host(site))
    assert "Nội dung chỉ dành cho hội viên." in page_html(member, article, site)  # its fragments are cached now
    anonymous = client.get(article.url, HTTP_HOST=http_host(site)).content.decode()
    assert "Nội dung chỉ dành cho hội viên." not in anonymous
    assert 'name="password"' in anonymous


def test_a_redis_that_does_not_answer_is_a_miss_not_an_error(client, site_with_menu):
    dead = TolerantRedisCache("redis://127.0.0.1:1/0", {"OPTIONS": {"socket_connect_timeout": 0.2}})
    assert dead.get("x", "absent") == "absent" and dead.get_many(["x"]) == {}
    dead.set("x", 1)  # dropped, no error
    site, _about, article = site_with_menu
    nowhere = {"default": {"BACKEND": "core.cache_backends.TolerantRedisCache", "LOCATION": "redis://127.0.0.1:1/0"}}
    with override_settings(CACHES=nowhere):
        assert cache.get("anything") is None
        assert "Lễ trao học bổng" in page_html(client, article, site)


def cache_reads(client, page, site) -> tuple[int, int, int]:
    """(cache.get, cache.get_many, queries) of one request for ``page``."""
    backend = caches["default"]
    calls = []
    real_get = backend.get

    def get(key, *args, **kwargs):
        calls.append("get")
        return real_get(key, *args, **kwargs)

    def get_many(keys, version=None):  # locmem's reads each key with get: not counted as round trips
        calls.append("get_many")
        return {key: value for key in keys if (value := real_get(key, version=version)) is not None}

    with (
        mock.patch.object(backend, "get", get),
        mock.patch.object(backend, "get_many", get_many),
        CaptureQueriesContext(connection) as queries,
    ):
        page_html(client, page, site)
    return calls.count("get"), calls.count("get_many"), len(queries)


def test_a_warm_page_is_read_in_two_round_trips_and_two_queries(client, site_with_menu, monkeypatch):
    """The generations, then the Site, its home, the route and every fragment at once (core.fragments.read_ahead);
    the one get left is Wagtail's root paths, for the page's full URL; the two queries read the view restrictions."""
    site, _about, article = site_with_menu
    page_html(client, article, site)
    monkeypatch.setattr(fragments, "_recent", {})  # as in a process that never served this address
    gets, _get_manys, _queries = cache_reads(client, article, site)  # one by one
    assert gets > 5
    assert cache_reads(client, article, site) == (1, 2, 2)


def test_a_page_made_private_is_not_served_from_its_cached_route(client, site_with_menu):
    site, _about, article = site_with_menu
    article.body = [{"type": "paragraph", "value": "<p>Nội dung chỉ dành cho hội viên.</p>"}]
    article.save_revision().publish()
    for _ in range(2):  # the route and its restrictions (none) cached, read ahead
        assert "Nội dung chỉ dành cho hội viên." in page_html(client, article, site)
    PageViewRestriction.objects.create(page=article.get_parent(), restriction_type=PageViewRestriction.LOGIN)
    response = client.get(article.url, HTTP_HOST=http_host(site))
    assert response.status_code == 302 and "Nội dung chỉ dành cho hội viên." not in response.content.decode()


def test_a_page_made_private_is_closed_even_if_the_cache_missed_the_change(client, site_with_menu, monkeypatch):
    """Redis down while the editor saved: no generation renewed, yet the restriction holds at once."""
    site, _about, article = site_with_menu
    for _ in range(2):
        assert page_html(client, article, site)
    monkeypatch.setattr(fragments, "_bump", lambda site_id: None)
    PageViewRestriction.objects.create(page=article, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(article.url, HTTP_HOST=http_host(site)).status_code == 302
