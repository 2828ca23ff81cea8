"""The search page (/tim-kiem/) and the header's suggestions."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Site

from core.listing import paginate

from . import engine
from .filters import SearchEntryFilter
from .models import SearchEntry
from .registry import registry
from .text import snippet

RESULTS_PER_PAGE = 10


def highlighted(text: str, terms: list[str]) -> str:
    excerpt, spans = snippet(text, terms)
    out, last = [], 0
    for start, end in spans:
        out += [escape(excerpt[last:start]), "<mark>", escape(excerpt[start:end]), "</mark>"]
        last = end
    out.append(escape(excerpt[last:]))
    return mark_safe("".join(out))


def _promoted(raw: str, site):
    if not raw.strip():
        return []
    try:
        picks = Query.get(raw.strip()[:255]).editors_picks.select_related("page")
    except Exception:  # noqa: BLE001 - promotions are optional
        return []
    public_ids = set(
        Page.objects.filter(pk__in=[p.page_id for p in picks]).live().public().values_list("pk", flat=True)
    )
    return [p for p in picks if p.page_id in public_ids and p.page.get_site() == site]


def _facets(hits, search_filter):
    """Counts beside the results: by kind, year, and each registered facet, its values named."""
    counts = engine.facet_counts(hits)
    lists = [("kind", _("Loại"), dict(registry.kind_choices())), ("year", _("Năm"), {})]
    for facet in registry.facets():
        values = search_filter.filters[facet.name].queryset if facet.name in search_filter.filters else []
        lists.append((facet.name, facet.title, {value.pk: facet.label(value) for value in values}))
    facets = []
    for name, title, labels in lists:
        values = [(value, labels.get(value, value), count) for value, count in counts[name].most_common(12)]
        if values:
            facets.append({"name": name, "title": title, "values": values})
    return facets


def search(request):
    site = Site.find_for_request(request)
    raw = request.GET.get("q", "")
    base = SearchEntry.objects.filter(site=site)
    search_filter = SearchEntryFilter(request.GET or None, queryset=base, site=site)
    outcome = engine.search(search_filter.qs, raw, site.pk)
    hits = outcome.hits
    if search_filter.form.is_valid() and search_filter.form.cleaned_data.get("sort") == "date":
        hits = sorted(hits, key=lambda e: (e.date is not None, e.date), reverse=True)
    listing = paginate(request, hits, RESULTS_PER_PAGE)
    terms = outcome.query.shown_terms + outcome.tolerant_terms
    results = [{"entry": e, "snippet": highlighted(e.text or e.title, terms)} for e in listing["page_obj"]]
    return render(
        request,
        "sitesearch/search.html",
        {
            "title": "Tìm kiếm",
            "search_query": outcome.query.raw,
            "outcome": outcome,
            "filter": search_filter,
            "results": results,
            "facets": _facets(outcome.hits, search_filter),
            "promoted": _promoted(raw, site),
            "too_long": len(raw) > 200,
            **listing,
        },
    )


def suggest(request):
    site = Site.find_for_request(request)
    entries = engine.suggestions(site.pk, request.GET.get("q", "")) if site else []
    return JsonResponse({"suggestions": [{"title": e.title, "url": e.url} for e in entries]})
