"""manage.py backup: the database, the media folder and a manifest in one .tar.gz (see backups.archive)."""

import os
import subprocess
import tempfile
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _

from ... import databases
from ...archive import FORMAT, archive_name, prune, write_archive


def app_version() -> dict:
    try:
        number = version("khuyenhoc")
    except PackageNotFoundError:
        number = None
    try:
        commit = (
            subprocess.run(
                ["git", "-C", str(settings.BASE_DIR), "rev-parse", "HEAD"],
                capture_output=True,
                text=True,
                timeout=10,
                check=False,
            ).stdout.strip()
            or None
        )
    except OSError:
        commit = None
    return {"name": "khuyenhoc", "version": number, "commit": commit}


def secret_key_note() -> str:
    """Where SECRET_KEY comes from (never the key): a restore on a new machine needs the same one,
    or sessions and password-reset links stop working (the data itself does not depend on it)."""
    if os.environ.get("SECRET_KEY"):
        where = _("biến môi trường SECRET_KEY (bản cài Debian: tệp /etc/khuyenhoc/env)")
    else:
        where = _("tệp %(path)s") % {"path": Path(settings.VAR_DIR) / "secret_key"}
    return _("Khoá bí mật không nằm trong bản sao lưu; nó ở %(where)s. Chép nó riêng sang máy khôi phục.") % {
        "where": where
    }


class Command(BaseCommand):
    help = (
        "Sao lưu cơ sở dữ liệu (pg_dump hoặc SQLite backup), thư mục media và một bản kê (số dòng từng bảng, "
        "mã SHA-256 của media) vào một tệp .tar.gz; xoá các bản cũ, giữ --keep bản mới nhất."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output-dir",
            default=str(Path(settings.VAR_DIR) / "backups"),
            help=_("Thư mục chứa bản sao lưu (mặc định: var/backups, tức KHUYENHOC_VAR_DIR/backups)."),
        )
        parser.add_argument(
            "--keep", type=int, default=14, help=_("Số bản sao lưu giữ lại trong thư mục (0: giữ tất cả; mặc định 14).")
        )

    def handle(self, *args, output_dir, keep, **options):
        if keep < 0:
            raise CommandError(_("--keep phải là số không âm."))
        output = Path(output_dir)
        if not output.exists():
            output.mkdir(parents=True)
            output.chmod(0o700)  # archives hold password hashes and private documents
        media_root = Path(settings.MEDIA_ROOT)
        target = output / archive_name()
        partial = target.with_name(target.name + ".partial")
        try:
            with tempfile.TemporaryDirectory(dir=output, prefix=".dump-") as work:
                dump_name = databases.dump_file_name(connection.vendor)
                dump_path = Path(work) / dump_name
                counts = databases.dump(connection, dump_path)
                manifest = {
                    "format": FORMAT,
                    "created": timezone.localtime().isoformat(timespec="seconds"),
                    "app": app_version(),
                    "database": {
                        "vendor": connection.vendor,
                        "file": dump_name,
                        "rows": sum(counts.values()),
                        "tables": counts,
                    },
                    "secret_key": secret_key_note(),
                }
                with os.fdopen(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "wb") as file:
                    manifest = write_archive(file, manifest, dump_path, dump_name, media_root)
            os.replace(partial, target)
        except databases.BackupError as error:
            raise CommandError(str(error)) from error
        finally:
            partial.unlink(missing_ok=True)

        self.stdout.write(
            self.style.SUCCESS(
                _("Đã sao lưu vào %(path)s (%(size)s): %(tables)s bảng, %(rows)s dòng, %(files)s tệp media.")
                % {
                    "path": target,
                    "size": filesizeformat(target.stat().st_size),
                    "tables": len(counts),
                    "rows": manifest["database"]["rows"],
                    "files": manifest["media"]["files"],
                }
            )
        )
        self.stdout.write(manifest["secret_key"])
        removed = prune(output, keep)
        if removed:
            self.stdout.write(
                _("Đã xoá %(count)s bản sao lưu cũ (giữ %(keep)s bản mới nhất).")
                % {"count": len(removed), "keep": keep}
            )
