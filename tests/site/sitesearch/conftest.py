"""Helpers of the search tests: content made with the factories on Sites of their own, searched
through the search page of that Site."""

import re
from contextlib import contextmanager
from html import unescape

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import Page, Site

from officialdocs.models import DocumentIndexPage, LegalRegisterPage
from sitesearch.models import SearchEntry
from tests import factories


@contextmanager
def kept_for_the_module(django_db_blocker):
    """Content built once for a module's tests, rolled back after the last one (each test's own
    transaction is a savepoint inside this one, as with Django's setUpTestData)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)
    Site.clear_site_root_paths_cache()


def search(client, site, **params):
    return client.get("/tim-kiem/", params, HTTP_HOST=factories.http_host(site))


def result_titles(html: str) -> list[str]:
    listing = html.split('class="results"', 1)[-1].split("</ol>", 1)[0]
    return [unescape(t) for t in re.findall(r'<li>\s*<a href="[^"]*">([^<]*)</a>', listing)]


def entries_of(source):
    """The entries of a page (its own, part 0, and its parts') or of a snippet."""
    model = Page if isinstance(source, Page) else type(source)
    return SearchEntry.objects.filter(source_type=ContentType.objects.get_for_model(model), source_id=str(source.pk))


def entry_of(source, part: int = 0) -> SearchEntry:
    return entries_of(source).get(part=part)


def legal_register(site) -> LegalRegisterPage:
    """The published register of ``site``'s documents section."""
    section = factories.section(site, DocumentIndexPage)
    register = section.add_child(instance=LegalRegisterPage(title="Sổ đăng ký văn bản", slug="so-dang-ky"))
    register.save_revision().publish()
    return register
