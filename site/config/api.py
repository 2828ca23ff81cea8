"""Read-only Wagtail API v2: published pages of the current Site only."""
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from sitesearch.api import FoldedSearchFilter


class SitePagesAPIViewSet(PagesAPIViewSet):
    """Pages of the requesting Site; ?search= folds accents like the search page."""

    filter_backends = [
        FoldedSearchFilter if backend.__name__ == "SearchFilter" else backend
        for backend in PagesAPIViewSet.filter_backends
    ]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SitePagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
