"""The suite runs against the full demo content, loaded once per test session."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Site

SONLA_HOST = "127.0.0.1"
SOCTRANG_HOST = "soctrang.localhost"

pytest_plugins = ["tests.browser"]


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
def forget_site_root_paths():
    """Wagtail caches the Sites' root paths; a test's rollback removes a Site it created without
    the signal that clears that cache, and on PostgreSQL (whose ids are never reused) the next
    test would index pages under the vanished Site's id."""
    yield
    Site.clear_site_root_paths_cache()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from django.test import override_settings

    with django_db_blocker.unblock(), override_settings(DEBUG=True):  # load_demo refuses otherwise
        call_command("load_demo", stdout=StringIO())


@pytest.fixture
def sonla(db):
    return Site.objects.get(hostname=SONLA_HOST)


@pytest.fixture
def soctrang(db):
    return Site.objects.get(hostname=SOCTRANG_HOST)


def host_of(page) -> str:
    """The HTTP host a page is served on in the demo."""
    site = page.get_site()
    return f"{site.hostname}:{site.port}"


@pytest.fixture
def get_page(client):
    def _get(page, query: str = ""):
        return client.get(page.url + query, HTTP_HOST=host_of(page))

    return _get
