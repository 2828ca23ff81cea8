"""What a change purges from nginx's page cache, read by a real HTTP server that records each PURGE
the way nginx's purge listener receives it (Host and path), through Wagtail's frontend cache."""

import datetime
import logging
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from campaigns.models import Donation
from core.models import SiteIdentity
from honours.models import HonourRecord
from news.models import NewsIndexPage
from officialdocs.models import DocumentIndexPage, LegalRegisterPage
from tests.factories import (
    CampaignPageFactory,
    ChapterPageFactory,
    HonourRecordFactory,
    HonourRollPageFactory,
    LegalDocumentFactory,
    NewsPageFactory,
    SiteFactory,
    StandardPageFactory,
    offer_language,
    section,
    translate,
)

pytestmark = pytest.mark.django_db


class PurgeRecorder(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # kept alive, as nginx does

    def do_PURGE(self):
        self.server.seen.append((self.headers["Host"], self.path))
        self.send_response(404)  # "not cached": no error for the backend
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args):
        pass


def frontend_cache(location: str) -> dict:
    return {"nginx": {"BACKEND": "pagecache.backends.NginxPurgeBackend", "LOCATION": location, "TIMEOUT": 1}}


@pytest.fixture
def purged():
    """The (host, path) pairs nginx was asked to purge, while the frontend cache is configured."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), PurgeRecorder)
    server.seen = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with override_settings(WAGTAILFRONTENDCACHE=frontend_cache(f"http://127.0.0.1:{server.server_port}")):
        yield server.seen
    server.shutdown()
    server.server_close()


def path(page) -> str:
    return page.get_url_parts()[2]


def paths_on(seen, site) -> set[str]:
    return {path for host, path in seen if host == site.hostname}


@pytest.fixture
def site():
    site = SiteFactory()
    offer_language(site, "en")
    return site


def test_publishing_purges_the_page_in_every_language_its_listings_feeds_sitemap_and_api(
    site, purged, django_capture_on_commit_callbacks
):
    chapter = ChapterPageFactory(site=site)
    news = NewsPageFactory(parent=chapter, publish=True)
    index = section(site, NewsIndexPage)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
        assert purged == []  # nothing before the commit
    paths = paths_on(purged, site)
    assert {path(news), f"/en{path(news)}", path(chapter), path(index), "/", "/en/"} <= paths
    assert {"/nguon-tin/tin-tuc/rss/", "/en/nguon-tin/tin-tuc/atom/", f"/nguon-tin/chi-hoi/{chapter.pk}/rss/"} <= paths
    assert {"/sitemap.xml", "/api/v2/pages/"} <= paths
    assert all(host == site.hostname for host, _path in purged)


def test_a_translation_is_purged_with_the_page_it_translates(site, purged, django_capture_on_commit_callbacks):
    news = NewsPageFactory(site=site, publish=True)
    english = translate(news, "en", title="Exam season support", slug="exam-season-support")
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        news.save_revision().publish()
    assert path(english).startswith("/en/") and {path(news), path(english)} <= paths_on(purged, site)


def test_unpublishing_moving_and_deleting_purge_the_old_addresses(site, purged, django_capture_on_commit_callbacks):
    first, second = ChapterPageFactory(site=site), ChapterPageFactory(site=site)
    news = NewsPageFactory(parent=first, publish=True)
    child = StandardPageFactory(parent=news, publish=True)
    old_url, old_child_url = path(news), path(child)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        news.move(second, pos="last-child")
    news.refresh_from_db()
    assert {old_url, old_child_url, f"/en{old_child_url}", path(news), path(first), path(second)} <= paths_on(
        purged, site
    )

    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        news.unpublish()
    assert {path(news), path(second), "/"} <= paths_on(purged, site)

    child.refresh_from_db()
    child_url = path(child)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        child.delete()
    assert child_url in paths_on(purged, site) and path(news) in paths_on(purged, site)


def test_a_site_setting_purges_every_page_of_the_site(site, purged, django_capture_on_commit_callbacks):
    news = NewsPageFactory(site=site, publish=True)
    other_site = SiteFactory()
    other = NewsPageFactory(site=other_site, publish=True)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        identity = SiteIdentity.for_site(site)
        identity.association_name = "Hội Khuyến học đổi tên"
        identity.save()
    paths = paths_on(purged, site)
    assert {path(news), f"/en{path(news)}", path(news.get_parent()), "/", "/nguon-tin/ban-tin/rss/"} <= paths
    assert path(other) not in paths_on(purged, other_site)


def test_a_view_restriction_purges_the_pages_it_hides(site, purged, django_capture_on_commit_callbacks):
    news = NewsPageFactory(site=site, publish=True)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=news, restriction_type=PageViewRestriction.LOGIN)
    assert path(news) in paths_on(purged, site)


def test_the_default_site_is_purged_under_every_fixed_host_it_answers_to(purged, django_capture_on_commit_callbacks):
    site = SiteFactory()
    site.is_default_site = True  # in this test's transaction only
    site.save()
    with override_settings(ALLOWED_HOSTS=["*", ".thu.test", "may-chu.thu.test", site.hostname]):
        news = NewsPageFactory(site=site, publish=True)
        purged.clear()
        with django_capture_on_commit_callbacks(execute=True):
            news.save_revision().publish()
    address = path(news)
    hosts = {host for host, purged_path in purged if purged_path == address}
    assert hosts == {site.hostname, "may-chu.thu.test"}


def test_nginx_down_loses_no_work_and_is_logged(site, caplog, django_capture_on_commit_callbacks):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    news = NewsPageFactory(site=site, publish=True)
    news.title = "Tin đã sửa khi nginx dừng"
    with (
        override_settings(WAGTAILFRONTENDCACHE=frontend_cache(f"http://127.0.0.1:{closed}")),
        caplog.at_level(logging.WARNING, logger="pagecache"),
        django_capture_on_commit_callbacks(execute=True),
    ):
        news.save_revision().publish()
    news.refresh_from_db()
    assert news.live and news.title == "Tin đã sửa khi nginx dừng"
    assert "did not answer" in caplog.text


def test_nothing_is_sent_without_a_frontend_cache(site, django_capture_on_commit_callbacks):
    news = NewsPageFactory(site=site, publish=True)
    with django_capture_on_commit_callbacks() as callbacks:
        news.save_revision().publish()
    assert not [callback for callback in callbacks if "pagecache" in callback.__module__]


def test_a_donation_an_honour_record_and_a_register_entry_purge_the_pages_showing_them(
    site, purged, django_capture_on_commit_callbacks
):
    campaign = CampaignPageFactory(site=site, publish=True)
    roll = HonourRollPageFactory(site=site, publish=True)
    register = section(site, DocumentIndexPage).add_child(instance=LegalRegisterPage(title="Sổ đăng ký", slug="so"))
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        Donation.objects.create(campaign=campaign, date=datetime.date(2024, 9, 30), amount=3_000_000)
    assert {path(campaign), f"/en{path(campaign)}", "/"} <= paths_on(purged, site)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        HonourRecordFactory(roll=roll)
    assert {path(roll), "/"} <= paths_on(purged, site)
    assert path(campaign) not in paths_on(purged, site)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        LegalDocumentFactory(site=site)
    assert path(register) in paths_on(purged, site)


def test_a_bulk_import_purges_the_rolls_it_fills(site, purged, django_capture_on_commit_callbacks):
    roll = HonourRollPageFactory(site=site, publish=True)
    purged.clear()
    with django_capture_on_commit_callbacks(execute=True):
        HonourRecord.objects.bulk_create([HonourRecordFactory.build(roll=roll) for _ in range(3)])
    assert path(roll) in paths_on(purged, site)
