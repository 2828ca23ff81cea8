"""The API's ?search=: pages through the same folded search as the search page; images and
documents through Wagtail's own index, given only the words of the query."""

from types import SimpleNamespace

from django.db.models import Case, IntegerField, When
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Site

from . import engine
from .models import SearchEntry
from .query import parse

MAX_PAGES = 100


class FoldedSearchFilter(SearchFilter):
    """The pages whose entries match, best first: a page's own entry or one of its parts (a
    bulletin issue whose PDF page matched is the issue)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        site = Site.find_for_request(request)
        entries = SearchEntry.objects.filter(site=site).exclude(page=None)
        outcome = engine.search(entries, request.GET["search"], site.pk if site else 0)
        page_ids = list(dict.fromkeys(hit.page_id for hit in outcome.hits[: MAX_PAGES * 3]))[:MAX_PAGES]
        ranking = Case(*[When(pk=pk, then=rank) for rank, pk in enumerate(page_ids)], output_field=IntegerField())
        return queryset.filter(pk__in=page_ids).order_by(ranking) if page_ids else queryset.none()


class WordsSearchFilter(SearchFilter):
    """Wagtail's search of images and documents, given the words of the query only (parsed like the
    search page's): a quote, a NUL or full-text syntax reached SQLite FTS5 or PostgreSQL as it was
    typed and failed there, and a blank query failed in the backend's query compiler."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        words = parse(request.GET["search"]).shown_terms
        if not words:
            return queryset.none()
        cleaned = request.GET.copy()
        cleaned["search"] = " ".join(words)
        if (cleaned.get("search_operator") or "and").lower() not in ("and", "or"):
            raise BadRequestError(_("search_operator chỉ nhận “and” hoặc “or”."))
        # Wagtail's SearchFilter reads nothing of the request but its query string
        return super().filter_queryset(SimpleNamespace(GET=cleaned), queryset, view)
