"""Configuration from the environment, production hardening, search fallback."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[3]


def run_manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, **env},
        timeout=120,
    )


def test_production_settings_pass_check_deploy(tmp_path):
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        ALLOWED_HOSTS="khuyenhoc.example.org",
        WAGTAILADMIN_BASE_URL="https://khuyenhoc.example.org",
        KHUYENHOC_VAR_DIR=str(tmp_path),
        SECRET_KEY="",
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "secret_key").exists()  # generated, never a key from the repository


def read_settings(code, **env):
    """Run ``code`` in a new Python with ``env``: it reads the settings module, not the apps (the
    settings are all these tests look at, and Django's start-up costs seconds)."""
    return subprocess.run(
        [sys.executable, "-c", f"from django.conf import settings; {code}"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": f"{ROOT}:{ROOT / 'site'}", **env},
        timeout=120,
    )


def test_elasticsearch_is_configured_from_the_environment(tmp_path):
    code = (
        "b = settings.WAGTAILSEARCH_BACKENDS; print(b['default']['BACKEND'], b['default']['URLS'][0], 'database' in b)"
    )
    result = read_settings(code, ELASTICSEARCH_URL="http://search.internal:9200", KHUYENHOC_VAR_DIR=str(tmp_path))
    assert result.stdout.split() == ["sitesearch.resilient_elasticsearch", "http://search.internal:9200", "True"]


def test_database_url_selects_the_database(tmp_path):
    code = "print(settings.DATABASES['default']['ENGINE'])"
    result = read_settings(code, DATABASE_URL="postgres://postgres@127.0.0.1:5432/x", KHUYENHOC_VAR_DIR=str(tmp_path))
    assert result.stdout.strip() == "django.db.backends.postgresql"


@pytest.mark.django_db
def test_search_falls_back_to_the_database_when_elasticsearch_is_down(client):
    backends = {
        "default": {
            "BACKEND": "wagtail.search.backends.elasticsearch9",
            "URLS": ["http://127.0.0.1:9"],
            "TIMEOUT": 1,
            "AUTO_UPDATE": False,
        },
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        response = client.get("/tim-kiem/", {"q": "Sơn La"}, HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert "kết quả" in response.text
