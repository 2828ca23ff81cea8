"""Set up Django for a benchmark script run from the repository root."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "site")]
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

import django  # noqa: E402

django.setup()


def backend_name() -> str:
    from django.conf import settings
    from django.db import connection

    search = settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"].rsplit(".", 1)[-1]
    return f"{connection.vendor} database, search backend: {search}"
