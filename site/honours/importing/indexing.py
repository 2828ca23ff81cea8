"""The search index of a roll after an import, in one pass instead of one update per record.

``bulk_create`` sends no save signals, so neither the site search (``sitesearch.SearchEntry``)
nor Wagtail's backends (the admin's search of records) nor Wagtail's reference index hear of
the new records. This catches up with the records of a roll that have no search entry yet:
what ``sitesearch.sync.index_object`` and Wagtail's signal handlers do for one record, for
thousands, with the entries written in batches.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models import CharField
from django.db.models.functions import Cast
from wagtail.models import ReferenceIndex
from wagtail.search.backends import get_search_backends

from sitesearch.models import SearchEntry
from sitesearch.registry import registry

from ..models import HonourRecord

BATCH_SIZE = 1000


def index_roll(roll) -> int:
    """Index the roll's records that have no search entry yet; how many were indexed.

    A thousand records at a time, each batch in its own short transaction: on SQLite a long one
    would keep every editor from saving while it runs. A batch that was written has its entries,
    so a task run again after a failure takes up where it stopped."""
    source_type = ContentType.objects.get_for_model(HonourRecord)
    record_ids = roll.records.annotate(entry_source_id=Cast("pk", CharField())).values("entry_source_id")
    entries_of_roll = SearchEntry.objects.filter(source_type=source_type, source_id__in=record_ids)
    indexed = set(entries_of_roll.values_list("source_id", flat=True))
    records = [
        record
        for record in roll.records.select_related("roll", "chapter").order_by("pk").iterator(chunk_size=BATCH_SIZE)
        if str(record.pk) not in indexed
    ]
    backends = get_search_backends(with_auto_update=True)
    for start in range(0, len(records), BATCH_SIZE):
        batch = records[start : start + BATCH_SIZE]
        with transaction.atomic():
            created = SearchEntry.objects.bulk_create(_search_entries(batch, source_type))
            for record in batch:
                ReferenceIndex.create_or_update_for_object(record)
        for backend in backends:
            backend.add_bulk(HonourRecord, batch)
            if created:
                backend.add_bulk(SearchEntry, created)
    return len(records)


def _search_entries(records, source_type) -> list[SearchEntry]:
    """The entries the search's registry makes for each record (as ``sync.index_object`` does)."""
    snippet = registry.snippet_type(HonourRecord)
    if snippet is None:
        return []
    return [
        SearchEntry(site_id=site_id, source_type=source_type, source_id=str(record.pk), **document.fields())
        for record in records
        for site_id, document in snippet.documents(record)
    ]
