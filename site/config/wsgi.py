"""WSGI entry point (gunicorn config.wsgi)."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if (ROOT / "manage.py").is_file():  # a checkout; an installed wheel has its apps on the path already
    sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

from django.core.wsgi import get_wsgi_application  # noqa: E402

application = get_wsgi_application()
