"""Test settings: fast hashing, in-memory mail, tasks run at once, media in a temporary folder."""

import tempfile

from .caches import caches_from_url
from .dev import *  # noqa: F401,F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
KHUYENHOC_EMAIL_BACKEND = EMAIL_BACKEND
# Tasks run at once, inside the request: the many tests that read mail.outbox after a workflow
# action keep doing so. tests/site/background and test_breaker run the database backend and its worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Demo accounts log in without a second factor; tests/site/accounts turn the requirement on.
KHUYENHOC_REQUIRE_2FA = False
MEDIA_ROOT = tempfile.mkdtemp(prefix="khuyenhoc-test-media-")
KHUYENHOC_PRINTED_ROOT = tempfile.mkdtemp(prefix="khuyenhoc-test-printed-")
# the immediate task backend would print every plan the demo publishes; tests/site/officialdocs turn it on
KHUYENHOC_PRINT_ON_PUBLISH = False
ALLOWED_HOSTS = ["*"]
CACHES = caches_from_url("locmem://")  # whatever CACHE_URL the shell has: never a real Redis
