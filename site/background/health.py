"""``/_health/``: what a load balancer or a monitor needs, in JSON, never cached.

Answered by a middleware placed right after Django's SecurityMiddleware, not by a URL pattern:
the middleware after it (the Site's theme and languages, sessions, two-factor checks) read the
database before any view runs, so a view could only answer 500, never 503, when it is down.

200 while the database answers, 503 when it does not: without it nothing works, whereas a
cache, a task queue or Elasticsearch in trouble degrades the site without stopping it (mail
waits, search answers from the database), so those are reported but do not fail the check.
Details of errors go to the log, not to this public answer. Elasticsearch is described by its
circuit breaker, not pinged: a probe every few seconds must never wait on it.
"""

import logging
import secrets

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.http import require_GET
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, TaskResultStatus, task_backends
from django_tasks_db import DatabaseBackend
from django_tasks_db.models import DBTaskResult
from wagtail.search.backends import get_search_backend

from .report import troubled

logger = logging.getLogger(__name__)


def _database() -> dict:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.exception("Health: the database does not answer")
        return {"ok": False}
    return {"ok": True, "vendor": connection.vendor}


def _cache() -> dict:
    token = secrets.token_hex(8)
    try:
        cache.set("health:probe", token, 10)
        ok = cache.get("health:probe") == token
    except Exception:
        logger.exception("Health: the cache does not answer")
        ok = False
    return {"ok": ok}


def _tasks(database_ok: bool) -> dict:
    backend = task_backends[DEFAULT_TASK_BACKEND_ALIAS]
    state = {"backend": type(backend).__name__}
    if not isinstance(backend, DatabaseBackend) or not database_ok:
        return state
    results = DBTaskResult.objects.filter(backend_name=backend.alias)
    try:
        return {
            **state,
            "ok": True,
            "pending": results.filter(status=TaskResultStatus.READY).count(),
            "failed": results.filter(status=TaskResultStatus.FAILED).count(),
            "retrying_or_failed": results.filter(troubled()).count(),
        }
    except Exception:
        logger.exception("Health: the task queue cannot be read")
        return {**state, "ok": False}


def _search() -> dict:
    backend = get_search_backend("default")
    breaker = getattr(backend, "breaker", None)  # sitesearch's Elasticsearch backend has one, with a fallback
    if breaker is None:
        return {"backend": "elasticsearch" if "elasticsearch" in type(backend).__module__ else "database"}
    return {
        "backend": "elasticsearch",
        "breaker": "open" if breaker.is_open() else "closed",
        "fallback": backend.fallback_name,
    }


@require_GET
def health(request):
    database = _database()
    body = {"database": database, "cache": _cache(), "tasks": _tasks(database["ok"]), "search": _search()}
    response = JsonResponse({"ok": database["ok"], **body}, status=200 if database["ok"] else 503)
    response["Cache-Control"] = "no-store"
    return response


class HealthMiddleware:
    PATH = "/_health/"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == self.PATH:
            return health(request)
        return self.get_response(request)
