"""Production: HTTPS only, hashed static files, secrets from the environment."""

from .base import *  # noqa: F401,F403
from .caches import caches_from_url
from .env import env_bool, env_list, env_str

DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)
# Several workers: the cache is shared, else a publish would invalidate the fragments of one worker only.
CACHES = caches_from_url(env_str("CACHE_URL", "redis://127.0.0.1:6379/0"))
WHITENOISE_USE_FINDERS = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^_health/$"]  # load balancers probe it over plain HTTP
# Cookies over HTTPS only (false only for `make serve`, plain HTTP on loopback).
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
SECURE_HSTS_SECONDS = int(env_str("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
# Wagtail's live preview shows the page in an iframe of the admin itself.
X_FRAME_OPTIONS = "SAMEORIGIN"
SILENCED_SYSTEM_CHECKS = ["security.W019"]

# Links in emails and outside requests: the real public HTTPS address, checked by
# `check --deploy` (accounts.checks); no default.
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL")
# Staff accounts: second factor for superusers and boards; nginx in front sets X-Forwarded-For
# ($proxy_add_x_forwarded_for): its last entry is the client nginx saw, so no proxy is counted
# after it. With one more proxy (a CDN, a load balancer) before nginx, set the count to 1.
KHUYENHOC_REQUIRE_2FA = env_bool("KHUYENHOC_REQUIRE_2FA", True)
AXES_IPWARE_META_PRECEDENCE_ORDER = env_list("AXES_IPWARE_META_PRECEDENCE_ORDER", "HTTP_X_FORWARDED_FOR,REMOTE_ADDR")
AXES_IPWARE_PROXY_COUNT = int(env_str("AXES_IPWARE_PROXY_COUNT") or "0")

KHUYENHOC_EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")  # the worker's
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = int(env_str("EMAIL_PORT", "25"))
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

LOGGING["root"]["level"] = env_str("LOG_LEVEL", "INFO")  # noqa: F405
