"""What every request of a Site reads first, from the cache instead of the database: the Site for the
host (Wagtail asks the database on every request) and its identity settings.

Kept under the generations of ``core.fragments``: a changed Site, home page or setting gives new keys at
once. Without an answering cache, Wagtail looks them up as before.
"""

from django.conf import settings
from django.core.cache import cache
from wagtail.models import Site

from .fragments import EVERY_SITE, cached_value, code_version, generations
from .models import SiteIdentity


def cached_site(request) -> Site | None:
    """The request's Site, as ``Site.find_for_request`` finds it, kept per host and port."""
    found = generations(request, EVERY_SITE)
    if found is None:
        return Site.find_for_request(request)
    key = f"khsite:{code_version()}:{found[0]}:{request._get_raw_host()}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request)
        if site is not None:
            cache.set(key, site, settings.KHUYENHOC_FRAGMENT_SECONDS)
    request._wagtail_site = site  # where Site.find_for_request looks first
    return site


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
        return self.get_response(request)
