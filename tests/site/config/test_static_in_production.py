"""With the production settings, the admin's own static files (Wagtail's CSS and JS, 2 MB on a
cold cache) are served compressed, under hashed names, with a cache lifetime of years."""

import json
import subprocess
import sys
from pathlib import Path

from tests.production import production_environment

ROOT = Path(__file__).resolve().parents[3]

PROBE = """
import json
import django
django.setup()
from django.templatetags.static import static
from django.test import Client
found = {}
for name in ("wagtailadmin/css/core.css", "wagtailadmin/js/core.js", "authoring/desk.js"):
    url = static(name)
    response = Client().get(url, HTTP_ACCEPT_ENCODING="gzip, br")
    found[name] = {"url": url, "status": response.status_code, "encoding": response.get("Content-Encoding", ""),
                   "cache": response.get("Cache-Control", "")}
print(json.dumps(found))
"""


def test_admin_static_files_are_compressed_hashed_and_cached_for_years(production_var):
    """On the files the session collected with the production settings (tests/production.py)."""
    env = production_environment(production_var, WAGTAILADMIN_BASE_URL="https://example.org")
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=ROOT / "site",
        env={**env, "PYTHONPATH": f"{ROOT}:{ROOT / 'site'}"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    for name, served in json.loads(out.stdout.strip().splitlines()[-1]).items():
        assert served["status"] == 200, (name, served)
        assert served["url"] != f"/static/{name}", f"{name} is not served under a hashed name"
        assert served["encoding"] in ("gzip", "br"), (name, served)
        assert "immutable" in served["cache"] and "max-age=315360000" in served["cache"], (name, served)
