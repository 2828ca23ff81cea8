"""manage.py import_honours FILE --roll ROLL: a spreadsheet into an honour roll, as the admin does it.

The columns are matched from the headers (``--map`` corrects the guess), a dry run reports
every rejected row and every duplicate, and without ``--dry-run`` the valid rows are imported in
one transaction; the search index is then updated once, in the background.
"""

import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.models import Site

from core.formatting import so
from core.trees import under_sites

from ...importing import tasks
from ...importing.headers import FIELDS, guess_mapping, normalise
from ...importing.readers import UnreadableFile, read_table
from ...importing.run import Report, RollImport, mapping_problems
from ...models import HonourRollPage


class Command(BaseCommand):
    help = (
        "Nhập một bảng tính (.xlsx, .xls, .ods, .csv) vào một bảng vinh danh: ghép cột theo tiêu đề, kiểm tra thử, "
        "báo từng dòng bị loại và dòng trùng; không có --dry-run thì nhập các dòng hợp lệ (tất cả hoặc không gì cả)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help=_("Tệp bảng tính hoặc .csv"))
        parser.add_argument("--roll", required=True, help=_("Mã số (id) hoặc slug của bảng vinh danh"))
        parser.add_argument("--site", help=_("Tên máy (hostname) của trang, khi hai trang có bảng cùng slug"))
        parser.add_argument("--dry-run", action="store_true", help=_("Chỉ kiểm tra thử, không lưu gì"))
        parser.add_argument(
            "--map",
            action="append",
            default=[],
            metavar="TRƯỜNG=CỘT",
            help=_("Sửa cách ghép cột: tên trường (%(fields)s) = số thứ tự cột (từ 1) hoặc tiêu đề cột")
            % {"fields": ", ".join(FIELDS)},
        )
        parser.add_argument("--year", type=int, help=_("Năm chung cho các dòng không ghi năm"))
        parser.add_argument("--award", help=_("Hình thức chung cho các dòng không ghi hình thức"))
        parser.add_argument("--programme", help=_("Chương trình chung cho các dòng không ghi chương trình"))
        parser.add_argument("--keep-duplicates", action="store_true", help=_("Nhập cả các dòng trùng"))

    def handle(self, *args, **options):
        roll = self._roll(options["roll"], options["site"])
        path = Path(options["file"])
        try:
            table = read_table(path.name, path.read_bytes())
        except OSError as error:
            raise CommandError(_("Không mở được tệp %(path)s: %(error)s") % {"path": path, "error": error}) from None
        except UnreadableFile as error:
            raise CommandError(str(error)) from None
        mapping = self._mapping(table.headers, options["map"])
        defaults = {name: options[name] for name in ("year", "award", "programme") if options[name]}
        problems = mapping_problems(mapping, defaults)
        if problems:
            raise CommandError(" ".join(problems))
        self._describe(roll, table, mapping)
        importer = RollImport(roll, table, mapping, defaults, skip_duplicates=not options["keep_duplicates"])
        started = time.perf_counter()
        report = importer.check() if options["dry_run"] else importer.run()
        self._report(report, options["dry_run"], time.perf_counter() - started)
        if not options["dry_run"] and report.saved:
            tasks.index_roll.enqueue(roll.pk)

    def _roll(self, wanted: str, hostname: str | None) -> HonourRollPage:
        rolls = HonourRollPage.objects.all()
        if hostname:
            site = Site.objects.filter(hostname=hostname).first()
            if site is None:
                raise CommandError(_("Không có trang nào với tên máy “%(host)s”.") % {"host": hostname})
            rolls = rolls.filter(under_sites([site]))
        rolls = rolls.filter(pk=int(wanted)) if wanted.isdigit() else rolls.filter(slug=wanted)
        found = list(rolls[:2])
        if not found:
            raise CommandError(_("Không có bảng vinh danh “%(roll)s”.") % {"roll": wanted})
        if len(found) > 1:
            raise CommandError(
                _("Có nhiều bảng vinh danh “%(roll)s”: hãy dùng mã số, hoặc thêm --site.") % {"roll": wanted}
            )
        return found[0]

    def _mapping(self, headers: list[str], corrections: list[str]) -> dict:
        mapping = guess_mapping(headers)
        for correction in corrections:
            name, _equals, column = correction.partition("=")
            name, column = name.strip(), column.strip()
            if name not in FIELDS:
                raise CommandError(_("Không có trường “%(field)s”.") % {"field": name})
            index = self._column(headers, column)
            mapping = {field: at for field, at in mapping.items() if at != index and field != name}
            mapping[name] = index
        return mapping

    def _column(self, headers: list[str], column: str) -> int:
        if column.isdigit() and 1 <= int(column) <= len(headers):
            return int(column) - 1
        for index, header in enumerate(headers):
            if normalise(header) == normalise(column):
                return index
        raise CommandError(_("Không có cột “%(column)s” trong tệp.") % {"column": column})

    def _describe(self, roll, table, mapping: dict) -> None:
        self.stdout.write(
            _("Bảng vinh danh: %(roll)s (mã %(id)s). Dòng tiêu đề: %(row)s; %(count)s dòng dữ liệu.")
            % {"roll": roll.title, "id": roll.pk, "row": table.header_row, "count": so(len(table.rows))}
        )
        for name, index in sorted(mapping.items(), key=lambda item: item[1]):
            self.stdout.write(
                _("  cột %(number)s “%(header)s” → %(field)s")
                % {"number": index + 1, "header": table.headers[index], "field": FIELDS[name]}
            )

    def _report(self, report: Report, dry_run: bool, seconds: float) -> None:
        write = self.stdout.write
        for row, reason in report.rejected:
            write(_("Dòng %(row)s bị loại: %(reason)s") % {"row": row, "reason": reason})
        for row, reason in report.duplicate_reasons():
            write(_("Dòng %(row)s trùng: %(reason)s") % {"row": row, "reason": reason})
        counts = {
            "total": so(report.total),
            "valid": so(report.valid),
            "rejected": so(len(report.rejected)),
            "duplicates": so(len(report.duplicates)),
            "seconds": f"{seconds:.1f}",
        }
        write(
            _("%(total)s dòng: %(valid)s hợp lệ, %(rejected)s bị loại, %(duplicates)s trùng (%(seconds)s giây).")
            % counts
        )
        if dry_run:
            write(self.style.WARNING(_("Kiểm tra thử: chưa lưu gì.")))
        else:
            write(self.style.SUCCESS(_("Đã nhập %(saved)s bản ghi.") % {"saved": so(report.saved)}))
