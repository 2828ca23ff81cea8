"""What every request of a Site reads first, from the cache instead of the database: the Site for the
host (Wagtail asks the database on every request), its identity settings and its home page in the reader's
language (where Wagtail's routing starts, after a Locale query and a query for the specific page).

Kept under the generations of ``core.fragments``: a changed Site, home page or setting gives new keys at
once. Without an answering cache, Wagtail looks them up as before.
"""

from django.conf import settings
from django.core.cache import cache
from django.utils import translation
from wagtail.models import Site

from .fragments import EVERY_SITE, cached_value, caches, code_version, generations, read_ahead, recent_site, remember
from .models import SiteIdentity

KEPT_LOCALIZED = "_kept_localized"  # read by HomePage.localized


def cached_site(request) -> Site | None:
    """The request's Site, as ``Site.find_for_request`` finds it, kept per host and port."""
    hint = recent_site(request)  # its generation read with the install's: one round trip
    found = generations(request, EVERY_SITE, *([] if hint is None else [hint]))
    if found is None:
        return Site.find_for_request(request)
    key = f"khsite:{code_version()}:{found[0]}:{request._get_raw_host()}:{request.get_port()}"
    (site,) = read_ahead(request, key)  # and, in the same round trip, what this address read last time
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            cache.set(key, site, settings.KHUYENHOC_FRAGMENT_SECONDS)
    request._wagtail_site = site  # where Site.find_for_request looks first
    return site


def keep_homes(request, site) -> None:
    """The Site's specific home page becomes ``site.root_page``, holding its translation in the request's
    language for ``HomePage.localized``. Without a cache, Wagtail looks them up as before."""
    if not caches(request):
        return

    def homes():
        root = site.root_page.specific
        return root, root.localized.specific

    root, localized = cached_value(request, "homes", homes)
    setattr(root, KEPT_LOCALIZED, (translation.get_language(), localized))
    site.root_page = root


class CachedSiteMiddleware:
    """Before anything asks for the Site: the Site and its identity settings, from the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site = cached_site(request)
        if site is not None:
            identity = cached_value(request, "site-identity", lambda: SiteIdentity.for_site(site))
            identity._request = request  # as SiteIdentity.for_request leaves it
            setattr(request, SiteIdentity.get_cache_attr_name(), identity)
            keep_homes(request, site)
        response = self.get_response(request)
        remember(request)
        return response
