"""Tests build what they need with the factories (tests/factories.py); those marked ``demo`` run
against the full demo content, which the session loads only when one of them is selected.

pytest-django keeps one test database per session, so in a full run the demo is there for every
test: a test that is not marked ``demo`` must not assume an empty database (the factories give
each Site its own hostname).
"""

from io import StringIO

import pytest
from django.core.cache import caches
from django.core.management import call_command
from wagtail.models import Site

from tests import migrated_template

SONLA_HOST = "127.0.0.1"
SOCTRANG_HOST = "soctrang.localhost"

pytest_plugins = ["tests.browser", "tests.production"]


def _compile_catalogues():
    """Compile stale or missing .mo files (as `make messages` does), then have Django forget
    the translations it may already have loaded, the way it does when a test changes LOCALE_PATHS."""
    from django.conf import settings
    from django.test.signals import setting_changed

    call_command("compile_catalogues", verbosity=0)
    setting_changed.send(sender=type(settings), setting="LOCALE_PATHS", value=settings.LOCALE_PATHS, enter=False)


_compile_catalogues()


@pytest.fixture(autouse=True)
def vietnamese_outside_requests():
    """Each test starts in Vietnamese: LocaleMiddleware leaves the last request's
    language active after the response, so an /en/ request would leak into the next test."""
    from django.conf import settings
    from django.utils import translation

    with translation.override(settings.LANGUAGE_CODE):
        yield


@pytest.fixture(autouse=True)
def forget_cached_sites_and_fragments():
    """Wagtail caches the Sites' root paths; a test's rollback removes a Site it created without
    the signal that clears that cache, and on PostgreSQL (whose ids are never reused) the next
    test would index pages under the vanished Site's id. On SQLite ids are reused after a rollback,
    so a cached fragment or Site of one test would show in the next: the cache is emptied."""
    yield
    Site.clear_site_root_paths_cache()
    for cache in caches.all():
        cache.clear()


# the fixtures that run a headless Chromium (tests/browser.py), and the one that builds a demo
# database in a subprocess: their tests are marked for them
BROWSER_FIXTURES = {"browser", "demo_server"}
DEMO_FIXTURES = {"demo_database"}


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects by marker
def pytest_collection_modifyitems(items):
    for item in items:
        if BROWSER_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.browser)
        if DEMO_FIXTURES & set(item.fixturenames):
            item.add_marker(pytest.mark.demo)


def needs_demo_database(item) -> bool:
    """A selected ``demo`` test that uses the session's test database (not only a demo server)."""
    uses_database = item.get_closest_marker("django_db") is not None or "django_db_setup" in item.fixturenames
    return uses_database and item.get_closest_marker("demo") is not None


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, django_db_createdb):
    """Just before the test databases are created: SQLite's comes from the saved migrated one."""
    migrated_template.start(rebuild=django_db_createdb)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, request):
    """The migrated test database, and the demo in it when a selected test is marked ``demo``."""
    from django.test import override_settings

    migrated_template.stop()
    if not any(needs_demo_database(item) for item in request.session.items):
        return
    with django_db_blocker.unblock(), override_settings(DEBUG=True):  # load_demo refuses otherwise
        call_command("load_demo", stdout=StringIO())


@pytest.fixture
def sonla(db):
    """The demo's Sơn La Site (``demo`` tests only)."""
    return Site.objects.get(hostname=SONLA_HOST)


@pytest.fixture
def soctrang(db):
    """The demo's Sóc Trăng Site (``demo`` tests only)."""
    return Site.objects.get(hostname=SOCTRANG_HOST)


def host_of(page) -> str:
    """The HTTP host a page is served on."""
    site = page.get_site()
    return f"{site.hostname}:{site.port}"


@pytest.fixture
def get_page(client):
    def _get(page, query: str = ""):
        return client.get(page.url + query, HTTP_HOST=host_of(page))

    return _get
