"""manage.py restore ARCHIVE: the database and the media of a `manage.py backup` archive, then a check
of every table's row count and of the media checksum against the archive's manifest."""

import os
import shutil
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import gettext as _

from ... import databases
from ...archive import MEDIA, extract_archive, media_files, media_summary


def replace_media(source: Path, target: Path) -> None:
    """Empty the media folder (it may be a mount point, so it stays) and move the archive's in."""
    target.mkdir(parents=True, exist_ok=True)
    for child in target.iterdir():
        if child.is_dir() and not child.is_symlink():
            shutil.rmtree(child)
        else:
            child.unlink()
    if source.is_dir():
        for child in source.iterdir():
            os.replace(child, target / child.name)


class Command(BaseCommand):
    help = (
        "Khôi phục một bản sao lưu của `manage.py backup` (cơ sở dữ liệu và media), rồi đối chiếu số dòng "
        "từng bảng và mã SHA-256 của media với bản kê. Dừng các dịch vụ khuyenhoc trước khi chạy."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help=_("Tệp .tar.gz do manage.py backup tạo ra."))
        parser.add_argument(
            "--force",
            action="store_true",
            help=_("Xoá hết dữ liệu và media hiện có rồi khôi phục (mặc định: chỉ vào nơi trống)."),
        )

    def handle(self, *args, archive, force, **options):
        archive = Path(archive)
        if not archive.is_file():
            raise CommandError(_("Không có tệp %(archive)s.") % {"archive": archive})
        media_root = Path(settings.MEDIA_ROOT)
        if not force:
            self.refuse_unless_empty(media_root)
        media_root.parent.mkdir(parents=True, exist_ok=True)
        try:
            # unpacked beside the media folder, so the media move in by renaming
            with tempfile.TemporaryDirectory(dir=media_root.parent, prefix=".khuyenhoc-restore-") as work:
                manifest = extract_archive(archive, Path(work))
                dump_path = Path(work) / self.dump_name(manifest)
                if force:
                    databases.drop_all_tables(connection)
                databases.restore(connection, dump_path)
                replace_media(Path(work) / MEDIA, media_root)
        except databases.BackupError as error:
            raise CommandError(str(error)) from error
        self.verify(archive, manifest, media_root)

    def refuse_unless_empty(self, media_root: Path) -> None:
        tables = connection.introspection.table_names()
        if tables:
            raise CommandError(
                _(
                    "Cơ sở dữ liệu %(name)s đã có %(count)s bảng. Khôi phục vào một cơ sở dữ liệu trống "
                    "(createdb, không chạy migrate trước), hoặc thêm --force để xoá hết dữ liệu hiện có."
                )
                % {"name": connection.settings_dict["NAME"], "count": len(tables)}
            )
        if media_files(media_root):
            raise CommandError(
                _("Thư mục media %(path)s đã có tệp. Làm trống nó, hoặc thêm --force để thay toàn bộ.")
                % {"path": media_root}
            )

    def dump_name(self, manifest: dict) -> str:
        vendor = manifest.get("database", {}).get("vendor")
        if vendor != connection.vendor:
            raise CommandError(
                _(
                    "Bản sao lưu là của cơ sở dữ liệu %(archive)s, còn cơ sở dữ liệu hiện tại là %(current)s: "
                    "không khôi phục chéo được."
                )
                % {"archive": vendor, "current": connection.vendor}
            )
        return databases.dump_file_name(vendor)

    def verify(self, archive: Path, manifest: dict, media_root: Path) -> None:
        expected = manifest["database"]["tables"]
        found = databases.table_counts(connection)
        self.stdout.write(_("Số dòng từng bảng (sau khôi phục / theo bản kê):"))
        wrong = []
        for name in sorted(set(expected) | set(found)):
            same = expected.get(name) == found.get(name)
            if not same:
                wrong.append(name)
            self.stdout.write(
                f"  {name:<55} {found.get(name, '–'):>8} / {expected.get(name, '–'):<8} "
                f"{_('khớp') if same else _('KHÔNG KHỚP')}"
            )
        media, wanted = media_summary(media_root), manifest["media"]
        self.stdout.write(
            _("Media: %(files)s tệp, SHA-256 %(found)s (bản kê: %(count)s tệp, %(expected)s)")
            % {
                "files": media["files"],
                "found": media["sha256"],
                "count": wanted["files"],
                "expected": wanted["sha256"],
            }
        )
        if wrong or media["sha256"] != wanted["sha256"]:
            raise CommandError(
                _("Đã khôi phục nhưng không khớp bản kê: %(tables)s bảng lệch số dòng%(media)s.")
                % {"tables": len(wrong), "media": "" if media["sha256"] == wanted["sha256"] else _(", media lệch")}
            )
        self.stdout.write(
            self.style.SUCCESS(
                _(
                    "Đã khôi phục %(archive)s (tạo lúc %(created)s): %(tables)s bảng, %(rows)s dòng và %(files)s tệp "
                    "media, khớp bản kê."
                )
                % {
                    "archive": archive.name,
                    "created": manifest.get("created"),
                    "tables": len(expected),
                    "rows": sum(found.values()),
                    "files": media["files"],
                }
            )
        )
        self.next_steps(manifest)

    def next_steps(self, manifest: dict) -> None:
        executor = MigrationExecutor(connection)
        pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
        if pending:
            self.stdout.write(
                _("Mã nguồn có %(count)s migration mới hơn bản sao lưu: chạy manage.py migrate.")
                % {"count": len(pending)}
            )
        if settings.ELASTICSEARCH_URL:
            self.stdout.write(_("Chỉ mục Elasticsearch không nằm trong bản sao lưu: chạy manage.py update_index."))
        self.stdout.write(manifest.get("secret_key", ""))
