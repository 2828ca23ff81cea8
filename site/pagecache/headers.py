"""Cache-Control on Django's answers to readers: what nginx may keep for everyone, what is one person's.

nginx caches only what Django marks public (deploy/nginx/khuyenhoc-app.conf sets no lifetime of its
own), so this middleware is the one place that decides:

- personal (someone logged in, a cookie of Django's sent, or one set: a session, a CSRF token in a
  form, the password of a restricted page): ``private`` and never stored, by nginx or the browser;
- public, only while the frontend cache is purged on every change (WAGTAILFRONTENDCACHE): a 200 to
  a GET or HEAD, of a text type (pages, feeds, the sitemap, the API), whose view chose no
  Cache-Control of its own: ``public, max-age=0, s-maxage=N``. nginx keeps it N seconds
  (FRONTEND_CACHE_SECONDS) or until a purge; a browser asks again each time, since its copy could
  not be purged;
- anything else (errors, redirects, files) is left as it is, and nginx does not keep it.
"""

from django.conf import settings
from django.utils.cache import add_never_cache_headers, patch_cache_control

# the cookies Django reads; deploy/nginx/khuyenhoc-http.conf passes requests carrying one around the cache
MESSAGES_COOKIE = "messages"
CACHEABLE_TYPES = {
    "text/html",
    "application/json",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "text/calendar",
}


def personal_cookies() -> set[str]:
    return {settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME, MESSAGES_COOKIE}


def is_personal(request, response) -> bool:
    if response.cookies or personal_cookies() & set(request.COOKIES):
        return True
    user = getattr(request, "user", None)
    return user is not None and user.is_authenticated


def is_public(response) -> bool:
    content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
    return (
        response.status_code == 200
        and not response.streaming
        and content_type in CACHEABLE_TYPES
        and not response.has_header("Cache-Control")
    )


class CacheHeadersMiddleware:
    """Outside the session, CSRF and authentication middleware, so it sees the cookies they set."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return response
        if is_personal(request, response):
            add_never_cache_headers(response)
        elif is_public(response) and settings.WAGTAILFRONTENDCACHE:
            patch_cache_control(response, public=True, max_age=0, s_maxage=settings.KHUYENHOC_FRONTEND_CACHE_SECONDS)
        return response
