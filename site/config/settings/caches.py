"""The cache, from CACHE_URL: redis://host:port/db (shared by every worker: what production needs, since
the fragments' generations must be the same in all of them) or locmem:// (one process: development, tests).

A Redis that does not answer is a cache miss, never an error (``core.cache_backends``). One Redis database
per installation: two sites sharing one would read each other's fragments.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

KEY_PREFIX = "khuyenhoc"


def caches_from_url(url: str) -> dict:
    scheme = urlsplit(url).scheme
    if scheme in {"redis", "rediss", "unix"}:
        default = {
            "BACKEND": "core.cache_backends.TolerantRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": KEY_PREFIX,
            # a server that hangs costs half a second once, then is skipped for a while
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    elif scheme == "locmem":
        default = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "OPTIONS": {"MAX_ENTRIES": 5000}}
    elif scheme == "dummy":
        default = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    else:
        raise ImproperlyConfigured(f"CACHE_URL: không hiểu “{url}”; dùng redis://máy:cổng/số hoặc locmem://.")
    return {"default": default}
