"""Dumping and restoring the database with each vendor's own tools.

PostgreSQL: ``pg_dump --format=custom`` and ``pg_restore`` in one transaction; SQLite: the
backup API (``sqlite3.Connection.backup``). Both copy a consistent snapshot with its schema,
constraints and sequences, which ``dumpdata``/``loaddata`` (Wagtail's page tree, generic
relations) and django-dbbackup's restore into a fresh database do not reliably do.
The row counts that go into the manifest are read from the very snapshot that is dumped.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

from django.db import connections, transaction
from django.utils.translation import gettext as _

DUMP_FILES = {"postgresql": "database.pgdump", "sqlite": "database.sqlite3"}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for the operator."""


def dump_file_name(vendor: str) -> str:
    if vendor not in DUMP_FILES:
        raise BackupError(
            _("Chưa hỗ trợ sao lưu cơ sở dữ liệu %(vendor)s (chỉ PostgreSQL và SQLite).") % {"vendor": vendor}
        )
    return DUMP_FILES[vendor]


def table_counts(connection) -> dict[str, int]:
    """Rows in every table of the database, by table name."""
    counts = {}
    with connection.cursor() as cursor:
        for name in sorted(connection.introspection.table_names(cursor)):
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(name)}")
            counts[name] = cursor.fetchone()[0]
    return counts


def dump(connection, target: Path) -> dict[str, int]:
    """Write the database to ``target``; return the row counts of what was written."""
    dump_file_name(connection.vendor)
    connection.ensure_connection()
    if connection.vendor == "postgresql":
        return _dump_postgresql(connection, target)
    return _dump_sqlite(connection, target)


def restore(connection, source: Path) -> None:
    """Replace the database's content with the dump at ``source`` (the caller checked it may)."""
    dump_file_name(connection.vendor)
    if connection.vendor == "postgresql":
        _restore_postgresql(connection, source)
    else:
        _restore_sqlite(connection, source)


def drop_all_tables(connection) -> None:
    """Empty the database for ``restore --force``: the dump brings its own schema."""
    if connection.vendor == "sqlite":
        return  # the backup API replaces the whole file
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
        if tables:
            cursor.execute(f"DROP TABLE IF EXISTS {', '.join(map(connection.ops.quote_name, tables))} CASCADE")
        cursor.execute(
            "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = current_schema()"
        )
        for (sequence,) in cursor.fetchall():
            cursor.execute(f"DROP SEQUENCE IF EXISTS {connection.ops.quote_name(sequence)} CASCADE")


def _postgres_command(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise BackupError(
            _("Không tìm thấy lệnh %(command)s: cài gói postgresql-client cùng phiên bản với máy chủ.")
            % {"command": name}
        )
    return path


def _postgres_env(connection) -> dict[str, str]:
    """libpq's variables for the Django connection: the password never appears on a command line."""
    settings = connection.settings_dict
    env = dict(os.environ)
    for key, variable in (("HOST", "PGHOST"), ("PORT", "PGPORT"), ("USER", "PGUSER"), ("PASSWORD", "PGPASSWORD")):
        if settings.get(key):
            env[variable] = str(settings[key])
    sslmode = (settings.get("OPTIONS") or {}).get("sslmode")
    if sslmode:
        env["PGSSLMODE"] = sslmode
    return env


def _run(command: list[str], env: dict[str, str]) -> None:
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise BackupError(
            _("%(command)s thất bại (mã %(code)s): %(error)s")
            % {"command": Path(command[0]).name, "code": result.returncode, "error": result.stderr.strip()}
        )


def _dump_postgresql(connection, target: Path) -> dict[str, int]:
    """pg_dump reads the snapshot this transaction exports, the same one the counts read."""
    with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = table_counts(connection)
        _run(
            [
                _postgres_command("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={target}",
                f"--dbname={connection.settings_dict['NAME']}",
            ],
            _postgres_env(connection),
        )
    return counts


def _restore_postgresql(connection, source: Path) -> None:
    _run(
        [
            _postgres_command("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={connection.settings_dict['NAME']}",
            str(source),
        ],
        _postgres_env(connection),
    )
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")  # pg_restore brings no planner statistics


def _dump_sqlite(connection, target: Path) -> dict[str, int]:
    copy = sqlite3.connect(target)
    try:
        connection.connection.backup(copy)
    finally:
        copy.close()
    return _counts_of_sqlite_file(connection, target)


def _counts_of_sqlite_file(connection, path: Path) -> dict[str, int]:
    """The counts of a copy, read with Django's own introspection (as ``restore`` will read them)."""
    wrapper_class = type(connections[connection.alias])  # ``connection`` may be Django's proxy
    wrapper = wrapper_class({**connection.settings_dict, "NAME": str(path)}, alias=f"{connection.alias}-copy")
    try:
        return table_counts(wrapper)
    finally:
        wrapper.close()


def _restore_sqlite(connection, source: Path) -> None:
    connection.close()
    source_db = sqlite3.connect(source)
    target_db = sqlite3.connect(connection.settings_dict["NAME"])
    try:
        source_db.backup(target_db)
    finally:
        source_db.close()
        target_db.close()
