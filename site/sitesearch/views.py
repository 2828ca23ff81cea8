"""The search page (/tim-kiem/) and the header's suggestions."""

import hashlib

from django.core.cache import cache
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Page, Site
from wagtail.search.utils import normalise_query_string

from core.listing import paginate

from . import choices, engine
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
    if not raw.strip() or normalise_query_string(raw.strip()[:255]) not in choices.promoted_queries():
        return []
    try:
        picks = Query.get(raw.strip()[:255]).editors_picks.select_related("page")
    except Exception:  # noqa: BLE001 - promotions are optional
        return []
    public_ids = set(
        Page.objects.filter(pk__in=[p.page_id for p in picks]).live().public().values_list("pk", flat=True)
    )
    return [p for p in picks if p.page_id in public_ids and p.page.get_site() == site]


def _facets(counts, search_filter):
    """Counts beside the results: by kind, year, and each registered facet, its values named."""
    if not counts:
        return []
    offered = choices.site_choices(search_filter.site)
    lists = [("kind", _("Loại"), dict(registry.kind_choices())), ("year", _("Năm"), {})]
    for facet in registry.facets():
        lists.append((facet.name, facet.title, dict(offered[facet.name])))
    facets = []
    for name, title, labels in lists:
        values = [(value, labels.get(value, value), count) for value, count in counts[name].most_common(12)]
        if values:
            facets.append({"name": name, "title": title, "values": values})
    return facets


def _filter_fields(search_filter, site) -> str:
    """The filter form's fields as HTML. With hundreds of chapters and issues their options cost
    more to render than the search itself: rendered once per Site, change of what it offers,
    language and chosen values (what the reader typed is not part of them)."""

    def render():
        return "".join(
            f'<div class="filters__field"><label for="{f.id_for_label}">{escape(f.label)}</label>{f}</div>'
            for f in search_filter.form
        )

    form = search_filter.form
    if form.is_bound and not form.is_valid():
        return mark_safe(render())
    chosen = sorted((name, form.data.get(name, "")) for name in search_filter.filters)
    digest = hashlib.sha256(repr(chosen).encode()).hexdigest()[:24]
    key = f"sitesearch:fields:{site.pk}:{choices.generation()}:{get_language()}:{digest}"
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, choices.SECONDS)
    return mark_safe(html)


def search(request):
    site = Site.find_for_request(request)
    raw = request.GET.get("q", "")
    base = SearchEntry.objects.filter(site=site)
    search_filter = SearchEntryFilter(request.GET or None, queryset=base, site=site)
    by_date = search_filter.form.is_valid() and search_filter.form.cleaned_data.get("sort") == "date"
    outcome = engine.search(search_filter.qs, raw, site.pk, by_date=by_date)
    listing = paginate(request, outcome.hits, RESULTS_PER_PAGE)
    terms = outcome.highlighted_terms
    results = [{"entry": e, "snippet": highlighted(e.text or e.title, terms)} for e in listing["page_obj"]]
    return render(
        request,
        "sitesearch/search.html",
        {
            "title": "Tìm kiếm",
            "search_query": outcome.query.raw,
            "outcome": outcome,
            "filter": search_filter,
            "filter_fields": _filter_fields(search_filter, site),
            "results": results,
            "facets": _facets(outcome.facets, search_filter),
            "promoted": _promoted(raw, site),
            "too_long": len(raw) > 200,
            **listing,
        },
    )


def suggest(request):
    site = Site.find_for_request(request)
    entries = engine.suggestions(site.pk, request.GET.get("q", "")) if site else []
    return JsonResponse({"suggestions": [{"title": e.title, "url": e.url} for e in entries]})
