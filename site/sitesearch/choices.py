"""What the search page offers to narrow by, per Site: the years of its entries and each facet's
values, named. Read once per change (``bump``: the index, a facet value or a promotion changed),
kept in the cache under a generation number every process shares (with a shared cache)."""

from django.core.cache import cache
from wagtail.contrib.search_promotions.models import SearchPromotion

from core.listing import year_choices

from .models import SearchEntry
from .registry import registry

GENERATION = "sitesearch:generation"
SECONDS = 6 * 3600


def generation() -> int:
    return cache.get_or_set(GENERATION, 1, None)


def bump() -> None:
    try:
        cache.incr(GENERATION)
    except ValueError:  # not in the cache (evicted, or a fresh one): any new number will do
        cache.set(GENERATION, 1, None)


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
