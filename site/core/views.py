"""Site-wide views: search, and the Vietnamese error pages."""
import logging

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Page, Site
from wagtail.search.backends import get_search_backend

logger = logging.getLogger(__name__)

MAX_QUERY_LENGTH = 200
RESULTS_PER_PAGE = 10


def _search_pages(queryset, query):
    """Search with the default backend; if it fails (Elasticsearch down), use the database."""
    try:
        return list(queryset.search(query, backend="default")[:200])
    except Exception:  # noqa: BLE001 - any backend failure must degrade, not 500
        if "database" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.warning("Search backend failed, falling back to the database", exc_info=True)
        return list(get_search_backend("database").search(query, queryset)[:200])


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    site = Site.find_for_request(request)
    results = []
    if query and site:
        pages = Page.objects.live().public().descendant_of(site.root_page, inclusive=True).specific()
        results = _search_pages(pages, query)
    page_obj = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return render(
        request,
        "core/search.html",
        {"search_query": query, "page_obj": page_obj, "title": _("Tìm kiếm")},
    )


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    return render(request, "500.html", status=500)
