"""Wagtail's database search backend, for everything but the search entries.

The entries have an index of their own, kept by the database (``sitesearch.dbindex``): Wagtail's
copy of them (``wagtailsearch_indexentry``) would double every write and never be read. What this
backend does for an entry is keep the vocabulary's counts (``SearchTerm``), so the signals Wagtail
sends as entries are saved or deleted, and every ``add_bulk``, reach it.
"""

from modelsearch.backends import database

from . import choices, dbindex
from .models import SearchEntry


class EntriesKeepTheirOwnIndex:
    def add(self, obj):
        if isinstance(obj, SearchEntry):
            dbindex.count_words([obj.folded], 1)
            choices.bump()
        else:
            super().add(obj)

    def add_bulk(self, model, obj_list):
        if issubclass(model, SearchEntry):
            dbindex.count_words((obj.folded for obj in obj_list), 1)
            choices.bump()
        else:
            super().add_bulk(model, obj_list)

    def delete(self, obj):
        if isinstance(obj, SearchEntry):
            dbindex.count_words([obj.folded], -1)
            choices.bump()
        else:
            super().delete(obj)


_classes: dict[type, type] = {}


def SearchBackend(params):  # noqa: N802 - Wagtail looks the backend up by this name
    """The vendor's backend (as ``wagtail.search.backends.database`` picks it), entries aside."""
    backend = database.SearchBackend(params)
    vendor_class = type(backend)
    if vendor_class not in _classes:
        _classes[vendor_class] = type(vendor_class.__name__, (EntriesKeepTheirOwnIndex, vendor_class), {})
    backend.__class__ = _classes[vendor_class]
    return backend
