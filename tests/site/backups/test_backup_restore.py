"""manage.py backup, then restore into an empty database, on SQLite and on PostgreSQL.

Every command runs in a subprocess (tests/commands.py: several commands a process) with the
production settings and its own database, media folder and var folder, so the test database is
never touched. The source is a migrated database (on SQLite, a copy of the saved one:
tests/migrated_template.py) with a province (setup_site: a home page and its sections), a document
and an image; the restored copy is compared table by table and file by file, with queries of its
own rather than the commands' code.
"""

import hashlib
import io
import json
import os
import shutil
import socket
import sqlite3
import tarfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests import migrated_template
from tests.commands import run_commands

POSTGRES = "postgres://postgres@127.0.0.1:5432"
SITE_NAME = "Hội Khuyến học tỉnh Lai Châu"
SEED = f"""
import io
from django.core.files.base import ContentFile
from django.core.management import call_command
from PIL import Image as Picture
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

call_command("setup_site", "--name", "{SITE_NAME}", "--hostname", "laichau.localhost", "--default")
get_document_model().objects.create(title="Quyết định khen thưởng",
                                    file=ContentFile("Quyết định số 12/QĐ-HKH".encode(), name="quyet-dinh.txt"))
picture = io.BytesIO()
Picture.new("RGB", (64, 48), (200, 30, 30)).save(picture, "PNG")
get_image_model().objects.create(title="Lễ trao thưởng", description="Học sinh nhận thưởng",
                                 file=ContentFile(picture.getvalue(), name="le-trao-thuong.png"))
"""


def _environment(tmp: Path, name: str, database_url: str) -> dict:
    var = tmp / name
    var.mkdir()
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "backup-test-" + "k" * 50,
        "ALLOWED_HOSTS": "laichau.localhost",
        "KHUYENHOC_VAR_DIR": str(var),
        "MEDIA_ROOT": str(var / "media"),
        "DATABASE_URL": database_url,
        "CACHE_URL": "locmem://",  # the production default is the machine's Redis, shared with whatever else runs
    }


def _postgres_reachable() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 5432), timeout=2).close()
    except OSError:
        return False
    return all(shutil.which(tool) for tool in ("pg_dump", "pg_restore"))


def _suite_on_postgres() -> bool:
    """The PostgreSQL round trip runs with the suite's PostgreSQL pass (CI runs both), so the
    SQLite pass migrates one database, not two."""
    return os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://"))


def _postgres_databases(*names: str, create: bool) -> None:
    import psycopg

    with psycopg.connect(f"{POSTGRES}/postgres", autocommit=True) as connection:
        for name in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            if create:
                connection.execute(f'CREATE DATABASE "{name}"')


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    """A migrated and seeded source per vendor, and its backup (``manage.py backup``'s result)."""
    tmp = tmp_path_factory.mktemp("backups")
    envs = {
        "sqlite": (
            _environment(tmp, "sqlite-src", f"sqlite:///{tmp / 'src.sqlite3'}"),
            _environment(tmp, "sqlite-dst", f"sqlite:///{tmp / 'dst.sqlite3'}"),
        )
    }
    migrated_template.copy_to(tmp / "src.sqlite3")  # then `migrate` has nothing to do
    if _suite_on_postgres() and _postgres_reachable():
        _postgres_databases("backup_src", "backup_dst", create=True)
        envs["postgresql"] = (
            _environment(tmp, "pg-src", f"{POSTGRES}/backup_src"),
            _environment(tmp, "pg-dst", f"{POSTGRES}/backup_dst"),
        )

    steps = (["migrate", "--noinput", "-v0"], ["shell", "-c", SEED], ["backup"])
    with ThreadPoolExecutor() as pool:  # both vendors at once: PostgreSQL's migrate is slow
        running = {vendor: pool.submit(run_commands, src, *steps) for vendor, (src, _dst) in envs.items()}
        results = {vendor: future.result() for vendor, future in running.items()}
    made = {}
    for vendor, (migrated, seeded, made[vendor]) in results.items():
        assert migrated.returncode == seeded.returncode == 0, f"{vendor}: migrate and seed failed\n{migrated}\n{seeded}"
    yield envs, made
    if "postgresql" in envs:
        _postgres_databases("backup_src", "backup_dst", create=False)


def _sqlite_counts(env: dict) -> dict[str, int]:
    connection = sqlite3.connect(env["DATABASE_URL"].removeprefix("sqlite:///"))
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in tables}
    finally:
        connection.close()


def _postgres_counts(env: dict) -> dict[str, int]:
    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as connection:
        tables = [name for (name,) in connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")]
        return {name: connection.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0] for name in tables}


def _site_names(vendor: str, env: dict) -> list[str]:
    query = "SELECT site_name FROM wagtailcore_site ORDER BY id"
    if vendor == "sqlite":
        with sqlite3.connect(env["DATABASE_URL"].removeprefix("sqlite:///")) as connection:
            return [name for (name,) in connection.execute(query)]
    import psycopg

    with psycopg.connect(env["DATABASE_URL"]) as connection:
        return [name for (name,) in connection.execute(query)]


def _media(env: dict) -> dict[str, str]:
    root = Path(env["MEDIA_ROOT"])
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in root.rglob("*")
        if path.is_file()
    }


COUNTS = {"sqlite": _sqlite_counts, "postgresql": _postgres_counts}


@pytest.mark.parametrize("vendor", ["sqlite", "postgresql"])
def test_backup_then_restore_into_an_empty_database_gives_the_same_rows_and_files(sources, vendor):
    envs, made = sources
    if vendor not in envs:
        pytest.skip("runs in the suite's PostgreSQL pass (DATABASE_URL=postgres://…) with pg_dump at hand")
    src, dst = envs[vendor]
    backups = Path(src["KHUYENHOC_VAR_DIR"]) / "backups"

    assert made[vendor].returncode == 0, made[vendor].stderr
    [archive] = backups.glob("khuyenhoc-*.tar.gz")
    assert backups.stat().st_mode & 0o077 == 0 and archive.stat().st_mode & 0o077 == 0
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        contents = b"".join(tar.extractfile(member).read() for member in tar if member.isfile())
    assert src["SECRET_KEY"].encode() not in contents and "SECRET_KEY" in manifest["secret_key"]
    assert manifest["database"]["vendor"] == vendor and manifest["media"]["files"] == 2

    restored, again = run_commands(dst, ["restore", str(archive)], ["restore", str(archive)])
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "KHÔNG KHỚP" not in restored.stdout and "khớp bản kê" in restored.stdout

    source_counts, restored_counts = COUNTS[vendor](src), COUNTS[vendor](dst)
    assert len(source_counts) > 50 and sum(source_counts.values()) > 0
    assert restored_counts == source_counts
    assert SITE_NAME in _site_names(vendor, dst)
    media = _media(src)
    assert any(name.startswith("documents/") for name in media)
    assert any(name.startswith("original_images/") for name in media)
    assert _media(dst) == media

    assert again.returncode != 0 and "--force" in again.stderr  # a second restore: the database is not empty
    assert COUNTS[vendor](dst) == source_counts


def test_restore_refuses_archives_that_are_not_backups_or_whose_files_would_land_outside(sources, tmp_path):
    """Refused before anything is dropped: a file that is not an archive, and one with a ``..`` member."""
    _src, dst = sources[0]["sqlite"]
    bogus = tmp_path / "bogus" / "khuyenhoc-20260101-000000.tar.gz"
    bogus.parent.mkdir()
    bogus.write_bytes(b"not an archive")
    crafted = tmp_path / "khuyenhoc-20260101-000000.tar.gz"
    with tarfile.open(crafted, "w:gz") as tar:
        for name in ("manifest.json", "../../ngoai-thu-muc.txt"):
            data = b"{}"
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    before = _sqlite_counts(dst)
    not_an_archive, escaping = run_commands(
        dst, ["restore", "--force", str(bogus)], ["restore", "--force", str(crafted)]
    )
    assert not_an_archive.returncode != 0 and "Không đọc được bản sao lưu" in not_an_archive.stderr
    assert escaping.returncode != 0 and "mục lạ" in escaping.stderr
    assert _sqlite_counts(dst) == before  # nothing is dropped before the archive is read
    assert not any(Path(dst["MEDIA_ROOT"]).parents[1].rglob("ngoai-thu-muc.txt"))
