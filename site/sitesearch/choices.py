"""What the search page offers to narrow by, per Site: the years of its entries and each facet's
values, named. Read once per change (``bump``: the index, a facet value or a promotion changed),
kept in the cache under a generation number every process shares (with a shared cache)."""

import time

from django.core.cache import cache
from django.db import transaction
from wagtail.contrib.search_promotions.models import SearchPromotion

from core.listing import year_choices

from .models import SearchEntry
from .registry import registry

GENERATION = "sitesearch:generation"
SECONDS = 6 * 3600


def generation() -> int:
    return cache.get_or_set(GENERATION, time.time_ns, None)


def bump() -> None:
    """A new unique generation (never a counter: one the cache evicted cannot come back with old
    entries), at once and again when the transaction commits: a search that ran between the write
    and its commit cannot keep what it read of the old rows."""

    def renew():
        cache.set(GENERATION, time.time_ns(), None)

    renew()
    transaction.on_commit(renew)


def site_choices(site) -> dict[str, list[tuple[int, str]]]:
    """{"year": [(2024, "2024"), …], facet name: [(value id, label), …]} for ``site``."""
    if site is None:
        return {"year": [], **{facet.name: [] for facet in registry.facets()}}
    key = f"sitesearch:choices:{site.pk}:{generation()}"
    offered = cache.get(key)
    if offered is None:
        offered = {"year": year_choices(SearchEntry.objects.filter(site=site), "year")}
        for facet in registry.facets():
            offered[facet.name] = [(value.pk, str(facet.label(value))) for value in facet.choices(site)]
        cache.set(key, offered, SECONDS)
    return offered


def promoted_queries() -> frozenset[str]:
    """The query strings editors pinned results to: a search for another costs no query."""
    key = f"sitesearch:promoted:{generation()}"
    queries = cache.get(key)
    if queries is None:
        queries = frozenset(SearchPromotion.objects.values_list("query__query_string", flat=True))
        cache.set(key, queries, SECONDS)
    return queries
