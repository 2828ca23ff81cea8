"""The API's ?search= goes through the same folded search as the search page."""
from django.db.models import Case, IntegerField, When
from wagtail.api.v2.filters import SearchFilter
from wagtail.models import Site

from . import engine
from .models import SearchEntry


class FoldedSearchFilter(SearchFilter):
    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        site = Site.find_for_request(request)
        entries = SearchEntry.objects.filter(site=site, part=0).exclude(page=None)
        outcome = engine.search(entries, request.GET["search"], site.pk if site else 0)
        page_ids = list(dict.fromkeys(hit.page_id for hit in outcome.hits))
        ranking = Case(*[When(pk=pk, then=rank) for rank, pk in enumerate(page_ids)], output_field=IntegerField())
        return queryset.filter(pk__in=page_ids).order_by(ranking) if page_ids else queryset.none()
