from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.sitemaps import AllLocalesSitemap
from core.views import robots_txt
from sitesearch import views as search_views

from .api import api_router

urlpatterns = [
    path("quan-tri/", include(wagtailadmin_urls)),
    path("tai-lieu/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLocalesSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]

if settings.SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]

urlpatterns += i18n_patterns(
    path("tim-kiem/", search_views.search, name="search"),
    path("tim-kiem/goi-y/", search_views.suggest, name="search_suggest"),
    path("nguon-tin/", include("feeds.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "core.views.page_not_found"
handler500 = "core.views.server_error"
