"""A migrated SQLite database kept between sessions, so a focused test waits for no migrations.

Running the project's and Wagtail's 277 migrations takes most of a minute; the database they
build is the same until a migration, an installed app or Django changes. The first session
saves it (``var/test-databases/migrated-<key>.sqlite3``, the key a hash of all of that), the
next ones copy it into their in-memory test database instead of migrating. ``--create-db``
migrates again and replaces it. Other databases (PostgreSQL) migrate as usual. Tests whose
subprocesses run on a SQLite file of their own (the demo server, backups, production set-up) start
from a copy of it (``copy_to``): their ``migrate`` then only checks it.
"""

import hashlib
import os
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from unittest import mock

import django
from django.apps import apps
from django.conf import settings

CACHE = Path(__file__).resolve().parents[1] / "var" / "test-databases"


def _migration_files():
    from django.db.migrations.loader import MigrationLoader

    for app in sorted(apps.get_app_configs(), key=lambda app: app.label):
        module_name, _explicit = MigrationLoader.migrations_module(app.label)
        try:
            module = __import__(module_name, fromlist=["__path__"])
        except ImportError:
            continue
        for folder in getattr(module, "__path__", []):
            yield from sorted(Path(folder).glob("*.py"))


def cache_key() -> str:
    digest = hashlib.sha256()
    for part in (sys.version, sqlite3.sqlite_version, django.__version__, *settings.INSTALLED_APPS):
        digest.update(part.encode())
    for path in _migration_files():
        digest.update(str(path).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def copy_to(target: Path) -> bool:
    """Write the saved migrated database to the SQLite file ``target``, if there is one for the
    current migrations: a subprocess's ``migrate`` on it then has nothing left to do."""
    template = CACHE / f"migrated-{cache_key()}.sqlite3"
    if not template.exists():
        return False
    with (
        closing(sqlite3.connect(f"file:{template}?mode=ro", uri=True)) as source,
        closing(sqlite3.connect(target)) as copy,
    ):
        source.backup(copy)
    return True


def _in_memory_sqlite(connection) -> bool:
    return connection.vendor == "sqlite" and connection.is_in_memory_db()


_patch = None


def start(rebuild: bool = False) -> None:
    """Until ``stop``: an in-memory SQLite test database is filled from the saved template (or
    migrated, then saved as the template) instead of migrated."""
    global _patch
    from django.core import management
    from django.db import connections

    real_call_command = management.call_command
    template = CACHE / f"migrated-{cache_key()}.sqlite3"

    def call_command(name, *args, **options):
        connection = connections[options.get("database", "default")]
        if name != "migrate" or not _in_memory_sqlite(connection):
            return real_call_command(name, *args, **options)
        connection.ensure_connection()
        if template.exists() and not rebuild:
            with closing(sqlite3.connect(f"file:{template}?mode=ro", uri=True)) as source:
                source.backup(connection.connection)
            return None
        result = real_call_command(name, *args, **options)
        CACHE.mkdir(parents=True, exist_ok=True)
        partial = template.with_suffix(f".{os.getpid()}.partial")
        with closing(sqlite3.connect(partial)) as copy:
            connection.connection.backup(copy)
        os.replace(partial, template)  # other sessions never see half a file
        for stale in CACHE.glob("migrated-*.sqlite3"):
            if stale != template:
                stale.unlink(missing_ok=True)
        return result

    _patch = mock.patch.object(management, "call_command", call_command)
    _patch.start()


def stop() -> None:
    global _patch
    if _patch is not None:
        _patch.stop()
        _patch = None
