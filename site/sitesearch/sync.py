"""Keeping SearchEntry in step with the content it describes."""

import logging

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page
from wagtail.search.backends import get_search_backends

from . import documents
from .models import SearchEntry

logger = logging.getLogger(__name__)


def _source_type(source) -> ContentType:
    """Pages are recorded under the base Page type, whatever their specific type."""
    return ContentType.objects.get_for_model(Page if isinstance(source, Page) else source)


def unindex(source) -> None:
    SearchEntry.objects.filter(source_type=_source_type(source), source_id=str(source.pk)).delete()


def page_documents(page) -> list[tuple[int, documents.Document]]:
    """(site id, document) pairs for a live, public page: one, plus one per PDF page for an issue."""
    page = page.specific
    if not page.live or page.get_view_restrictions().exists():
        return []
    site_id, _root, path = page.get_url_parts() or (None, None, None)
    if site_id is None:
        return []
    docs = [documents.page_document(page, path)]
    if type(page).__name__ == "BulletinIssuePage" and page.pdf_id:
        from bulletins.pdf import UnreadablePdf, refresh_pdf_pages

        try:
            refresh_pdf_pages(page)
        except UnreadablePdf:
            logger.warning("Unreadable PDF on bulletin issue %s", page.pk)
        docs += [documents.pdf_page_document(p, page, path) for p in page.pdf_pages.all()]
    return [(site_id, doc) for doc in docs]


def _entry(site_id, source_type, source_id, doc) -> SearchEntry:
    """Sites are referred to by the id Wagtail's URL routing already gives: no query per entry."""
    return SearchEntry(site_id=site_id, source_type=source_type, source_id=str(source_id), **doc.fields())


@transaction.atomic
def index_page(page) -> None:
    unindex(page)
    for site_id, doc in page_documents(page):
        _entry(site_id, _source_type(page), page.pk, doc).save()


@transaction.atomic
def unindex_subtree(page) -> None:
    """Every entry of ``page`` and its descendants in one delete: pages, PDF pages, honour records."""
    SearchEntry.objects.filter(page__path__startswith=page.path).delete()
    if _holds_a_legal_register(page):
        _reindex_legal_documents()


@transaction.atomic
def reindex_subtree(page) -> None:
    """The live, public pages of ``page``'s subtree and the honour records of its rolls, afresh."""
    from honours.models import HonourRecord

    subtree = Page.objects.descendant_of(page, inclusive=True)
    for descendant in subtree.live().public().specific():
        index_page(descendant)
    for record in HonourRecord.objects.filter(roll__in=subtree).select_related("roll"):
        index_object(record)
    if _holds_a_legal_register(page):
        _reindex_legal_documents()


def _holds_a_legal_register(page) -> bool:
    """The legal documents are indexed under their registers' URLs: they follow the registers."""
    from officialdocs.models import LegalRegisterPage

    return LegalRegisterPage.objects.descendant_of(page, inclusive=True).exists()


def _reindex_legal_documents() -> None:
    from officialdocs.models import LegalDocument

    for doc in LegalDocument.objects.all():
        index_object(doc)


def honour_documents(record):
    roll = record.roll
    parts = roll.get_url_parts() if roll.live and not roll.get_view_restrictions().exists() else None
    if not parts or parts[0] is None:
        return []
    return [(parts[0], documents.honour_document(record, parts[2]))]


def legal_documents(doc):
    """A document is found on its own Site only, under that Site's register: one entry, the
    default language's register first (a translated register is the same register)."""
    from wagtail.models import Locale

    from officialdocs.models import LegalRegisterPage

    default_locale = Locale.get_default().pk
    registers = sorted(LegalRegisterPage.objects.live().public(), key=lambda r: (r.locale_id != default_locale, r.path))
    for register in registers:
        parts = register.get_url_parts()
        if parts and parts[0] == doc.site_id:
            return [(parts[0], documents.legal_document(doc, parts[2]))]
    return []


@transaction.atomic
def index_object(obj) -> None:
    """Honour records and legal documents (snippets)."""
    unindex(obj)
    source_type = _source_type(obj)
    producer = honour_documents if type(obj).__name__ == "HonourRecord" else legal_documents
    for site_id, doc in producer(obj):
        _entry(site_id, source_type, obj.pk, doc).save()


def rebuild() -> int:
    """Everything from scratch (after a bulk import, a restore, or a new backend)."""
    from honours.models import HonourRecord
    from officialdocs.models import LegalDocument

    SearchEntry.objects.all().delete()
    entries = []
    page_type = ContentType.objects.get_for_model(Page)
    for page in Page.objects.live().filter(depth__gt=1).specific().iterator(chunk_size=500):
        entries += [_entry(site_id, page_type, page.pk, doc) for site_id, doc in page_documents(page)]
    for model, producer in ((HonourRecord, honour_documents), (LegalDocument, legal_documents)):
        source_type = ContentType.objects.get_for_model(model)
        for obj in model.objects.all():
            entries += [_entry(site_id, source_type, obj.pk, doc) for site_id, doc in producer(obj)]
    created = SearchEntry.objects.bulk_create(entries, batch_size=1000)
    add_to_backends(SearchEntry.objects.all())
    refresh_planner_statistics()
    return len(created)


def refresh_planner_statistics() -> None:
    """ANALYZE the search tables after a bulk load. PostgreSQL plans from table statistics; if
    autovacuum is off or lagging, it still believes the tables are nearly empty and joins the
    index to the entries in a nested loop: over 20 s a query at 50,000 pages, about 1 s after this."""
    from wagtail.search.models import IndexEntry

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for model in (SearchEntry, IndexEntry):
            cursor.execute(f"ANALYZE {connection.ops.quote_name(model._meta.db_table)}")


def add_to_backends(queryset, chunk: int = 1000) -> None:
    """bulk_create bypasses the save signals that keep backends in step: index explicitly."""
    ids = list(queryset.values_list("pk", flat=True))
    for backend in get_search_backends(with_auto_update=True):
        for start in range(0, len(ids), chunk):
            backend.add_bulk(SearchEntry, list(SearchEntry.objects.filter(pk__in=ids[start : start + chunk])))
