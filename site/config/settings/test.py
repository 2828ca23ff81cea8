"""Test settings: fast hashing, in-memory mail, media in a temporary folder."""
import tempfile

from .dev import *  # noqa: F401,F403

DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="khuyenhoc-test-media-")
ALLOWED_HOSTS = ["*"]
