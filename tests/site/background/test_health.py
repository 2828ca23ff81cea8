"""/_health/: JSON for monitors, 200 while the database answers, 503 when it does not, never cached."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.test import override_settings
from wagtail.search.backends import get_search_backend

from config.settings.search import search_backends
from sitesearch.models import SearchEntry

from .worker import DATABASE_TASKS

ROOT = Path(__file__).resolve().parents[3]


@pytest.mark.django_db
def test_health_reports_every_part_and_is_never_cached(client):
    response = client.get("/_health/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    body = response.json()
    assert body["ok"] and body["database"]["ok"] and body["cache"]["ok"]
    assert body["tasks"] == {"backend": "ImmediateBackend"}
    assert body["search"] == {"backend": "database"}


@pytest.mark.django_db
@DATABASE_TASKS
@override_settings(EMAIL_BACKEND="background.mail.QueuedEmailBackend")
def test_health_counts_the_waiting_tasks(client):
    mail.send_mail("Chào", "Nội dung", None, ["a@khuyenhoc.localhost"])
    tasks = client.get("/_health/").json()["tasks"]
    assert tasks == {"backend": "DatabaseBackend", "ok": True, "pending": 1, "failed": 0, "retrying_or_failed": 0}


@pytest.mark.django_db
def test_health_shows_the_search_breaker(client):
    with override_settings(WAGTAILSEARCH_BACKENDS=search_backends("http://127.0.0.1:1")):
        assert client.get("/_health/").json()["search"]["breaker"] == "closed"
        backend = get_search_backend()
        list(backend.search("khuyen hoc", SearchEntry.objects.all()))  # Elasticsearch is down
        try:
            assert client.get("/_health/").json()["search"] == {
                "backend": "elasticsearch",
                "breaker": "open",
                "fallback": "database",
            }
        finally:
            backend.breaker.close()


def test_health_is_503_when_the_database_is_down(tmp_path):
    """A real outage: the database file cannot be opened (the theme middleware would read it first)."""
    code = (
        "from django.test import Client; r = Client().get('/_health/', HTTP_HOST='localhost'); "
        "print(r.status_code, r['Cache-Control'], r.json()['ok'], r.json()['database'])"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "KHUYENHOC_VAR_DIR": str(tmp_path),
            "DATABASE_URL": f"sqlite:///{tmp_path}/missing/db.sqlite3",
        },
    )
    assert result.stdout.split() == ["503", "no-store", "False", "{'ok':", "False}"], result.stderr
