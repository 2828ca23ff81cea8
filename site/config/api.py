"""Read-only Wagtail API v2: published pages of the current Site only (Wagtail leaves out those
under a view restriction the request does not satisfy), and only the images and documents those
pages use: not every file of every collection and Site, nor files attached to drafts."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, IntegerField
from django.db.models.functions import Cast
from django.utils.translation import gettext as _
from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Page, ReferenceIndex, Site

from core.ids import MAX_ID, database_int
from core.trees import under_sites
from sitesearch.api import FoldedSearchFilter, WordsSearchFilter


class BoundedPagination(WagtailPagination):
    """Wagtail's ?offset= and ?limit=, with an offset the database can take (SQLite and PostgreSQL
    stop the query on one beyond 64 bits): anything else is a 400 with a Vietnamese message."""

    def paginate_queryset(self, queryset, request, view=None):
        offset = database_int(request.GET.get("offset", "0"))
        if offset is None or offset < 0:
            raise BadRequestError(_("offset phải là một số nguyên từ 0 đến %(max)s.") % {"max": MAX_ID})
        return super().paginate_queryset(queryset, request, view)


def searching_with(search_filter, backends) -> list:
    """Wagtail's filter backends with ``search_filter`` in place of its SearchFilter."""
    return [search_filter if backend is SearchFilter else backend for backend in backends]


class SitePagesAPIViewSet(PagesAPIViewSet):
    """Pages of the requesting Site; ?search= folds accents like the search page."""

    pagination_class = BoundedPagination
    filter_backends = searching_with(FoldedSearchFilter, PagesAPIViewSet.filter_backends)


def public_pages(site):
    """The live pages of ``site`` that no view restriction covers, in every language."""
    return Page.objects.filter(under_sites([site])).live().public()


def used_on_public_pages(queryset, site):
    """The files of ``queryset`` a live, public page of ``site`` refers to (a foreign key, a
    chooser block, a rich-text link), as Wagtail's ReferenceIndex records them from the
    published row. Ids are stored there as text: pages are cast to text, files back to integers
    (in the subquery's output only, so no other row is ever cast)."""
    page_ids = public_pages(site).annotate(id_text=Cast("pk", CharField())).values("id_text")
    used = (
        ReferenceIndex.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            to_content_type=ContentType.objects.get_for_model(queryset.model),
            object_id__in=page_ids,
        )
        .annotate(file_id=Cast("to_object_id", IntegerField()))
        .values("file_id")
    )
    return queryset.filter(pk__in=used)


class SiteFilesMixin:
    """Listing and detail alike: a file no public page of this Site uses is a 404."""

    def get_queryset(self):
        """Built once per request (Wagtail asks twice): building reads the restrictions."""
        if not hasattr(self, "_site_files"):
            site = Site.find_for_request(self.request)
            queryset = super().get_queryset()
            self._site_files = used_on_public_pages(queryset, site) if site else queryset.none()
        return self._site_files.all()


class SiteImagesAPIViewSet(SiteFilesMixin, ImagesAPIViewSet):
    pagination_class = BoundedPagination
    filter_backends = searching_with(WordsSearchFilter, ImagesAPIViewSet.filter_backends)


class SiteDocumentsAPIViewSet(SiteFilesMixin, DocumentsAPIViewSet):
    pagination_class = BoundedPagination
    filter_backends = searching_with(WordsSearchFilter, DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SitePagesAPIViewSet)
api_router.register_endpoint("images", SiteImagesAPIViewSet)
api_router.register_endpoint("documents", SiteDocumentsAPIViewSet)
