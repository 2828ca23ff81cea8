"""Keeping SearchEntry in step with the content it describes."""

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import Page
from wagtail.search.backends import get_search_backends
from wagtail.search.models import IndexEntry

from core.trees import chapters_read_once

from . import choices, dbindex, documents
from .database_backend import EntriesKeepTheirOwnIndex
from .models import SearchEntry, SearchTerm
from .registry import registry


def _source_type(source) -> ContentType:
    """Pages are recorded under the base Page type, whatever their specific type."""
    return ContentType.objects.get_for_model(Page if isinstance(source, Page) else source)


def unindex(source) -> None:
    SearchEntry.objects.filter(source_type=_source_type(source), source_id=str(source.pk)).delete()


def page_documents(page) -> list[tuple[int, documents.Document]]:
    """(site id, document) pairs for a live, public page: its own, and its parts' if its type has any."""
    page = page.specific
    located = documents.public_location(page)
    if located is None:
        return []
    site_id, path = located
    parts = registry.page_type(type(page)).parts
    docs = [documents.page_document(page, path), *(parts(page, path) if parts else [])]
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
    """Every entry of ``page`` and its descendants in one delete (pages, their parts, the snippets
    placed on them); then the snippets whose entries only point into the subtree (no page of
    theirs went), afresh: they may be found elsewhere, or no longer at all."""
    SearchEntry.objects.filter(page__path__startswith=page.path).delete()
    for snippet in registry.snippet_types():
        source_type = ContentType.objects.get_for_model(snippet.model)
        listed = SearchEntry.objects.filter(source_type=source_type).values("source_id")
        placed = snippet.placed_under(page).annotate(entry_source_id=Cast("pk", CharField()))
        for obj in placed.filter(entry_source_id__in=listed):
            index_object(obj)


@transaction.atomic
def reindex_subtree(page) -> None:
    """The live, public pages of ``page``'s subtree and the snippets placed on them, afresh."""
    for descendant in Page.objects.descendant_of(page, inclusive=True).live().public().specific():
        index_page(descendant)
    for snippet in registry.snippet_types():
        for obj in snippet.placed_under(page):
            index_object(obj)


@transaction.atomic
def index_object(obj) -> None:
    """A snippet registered with the search (``registry.register_snippet``)."""
    unindex(obj)
    snippet = registry.snippet_type(type(obj))
    source_type = _source_type(obj)
    for site_id, doc in snippet.documents(obj) if snippet else []:
        _entry(site_id, source_type, obj.pk, doc).save()


def rebuild() -> int:
    """Everything from scratch (after a bulk import, a restore, or a new backend): the entries
    deleted in one statement and created in batches (the database fills its index as they come,
    ``dbindex``), then the vocabulary recounted in one statement."""
    SearchEntry.objects.all()._raw_delete(SearchEntry.objects.db)  # no signals: recounted below
    entries = []
    page_type = ContentType.objects.get_for_model(Page)
    with chapters_read_once(), documents.restrictions_read_once():
        for page in _live_pages():
            entries += [_entry(site_id, page_type, page.pk, doc) for site_id, doc in page_documents(page)]
    for snippet in registry.snippet_types():
        source_type = ContentType.objects.get_for_model(snippet.model)
        for obj in snippet.model._default_manager.all():
            entries += [_entry(site_id, source_type, obj.pk, doc) for site_id, doc in snippet.documents(obj)]
    created = SearchEntry.objects.bulk_create(entries, batch_size=1000)
    add_to_backends(SearchEntry.objects.all())
    refresh_planner_statistics()
    return len(created)


def _live_pages():
    """Every live page, read per specific type in batches (one query a batch, not one a page).
    Related texts are not prefetched: a prefetch may give them in another order than publishing
    did, and the entry's text would change with no edit."""
    types = Page.objects.live().filter(depth__gt=1).values_list("content_type", flat=True).distinct()
    for content_type in ContentType.objects.filter(pk__in=set(types)):
        model = content_type.model_class()
        if model is not None:
            pages = model.objects.live().filter(depth__gt=1, content_type=content_type).order_by("path")
            yield from pages.iterator(chunk_size=500)


def refresh_planner_statistics() -> None:
    """VACUUM ANALYZE the search tables after a bulk load. PostgreSQL plans from table statistics;
    if autovacuum is off or lagging, it still believes the tables are nearly empty and joins the
    index to the entries in a nested loop: over 20 s a query at 50,000 pages, about 1 s after
    this. VACUUM writes the visibility map that the index's bitmap reads lean on (a search's p95
    at 50,000 pages: 138 ms before it, 53 ms after); it cannot run in a transaction (a test's,
    ``load_demo``'s), where ANALYZE alone does."""
    if connection.vendor != "postgresql":
        return
    in_transaction = connection.in_atomic_block or not connection.get_autocommit()
    command = "ANALYZE" if in_transaction else "VACUUM ANALYZE"
    with connection.cursor() as cursor:
        for model in (SearchEntry, SearchTerm, IndexEntry):
            cursor.execute(f"{command} {connection.ops.quote_name(model._meta.db_table)}")


def add_to_backends(queryset, chunk: int = 1000) -> None:
    """bulk_create bypasses the save signals that keep backends in step: index explicitly. The
    database's own index was filled as the rows came (``dbindex``); its vocabulary is recounted
    in one statement; other backends (Elasticsearch) get the entries in chunks."""
    backends = [b for b in get_search_backends(with_auto_update=True) if not isinstance(b, EntriesKeepTheirOwnIndex)]
    if backends:
        ids = list(queryset.values_list("pk", flat=True))
        for backend in backends:
            for start in range(0, len(ids), chunk):
                backend.add_bulk(SearchEntry, list(SearchEntry.objects.filter(pk__in=ids[start : start + chunk])))
    dbindex.recount_words()
    choices.bump()
