import io

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from ...counting import Quota, quota_rows
from ...tables import text_table, write_csv
from ._options import read_period, read_site

FORMATS = ("table", "csv")


class Command(BaseCommand):
    help = "In bảng chỉ tiêu tin bài của các chi hội trong một tháng hoặc một quý (giờ Việt Nam)."

    def add_arguments(self, parser):
        parser.add_argument("--month", metavar="YYYY-MM", help="Tháng, ví dụ 2025-01 (mặc định: tháng này).")
        parser.add_argument("--quarter", metavar="YYYY-Qn", help="Quý, ví dụ 2025-Q1 (thay cho --month).")
        parser.add_argument("--site", metavar="HOST", help="Tên miền của trang (mặc định: trang mặc định).")
        parser.add_argument(
            "--format", default="table", metavar="table|csv", help="table: bảng chữ căn cột (mặc định); csv: CSV."
        )

    def handle(self, *args, month=None, quarter=None, site=None, format="table", **options):
        if format not in FORMATS:
            raise CommandError(_("Định dạng “%(format)s” không hợp lệ: chọn table hoặc csv.") % {"format": format})
        period = read_period(month, quarter)
        site_obj = read_site(site)
        quota = Quota.for_site(site_obj)
        rows = quota_rows(site_obj, period, quota)
        if format == "csv":
            buffer = io.StringIO()
            write_csv(rows, buffer)
            self.stdout.write(buffer.getvalue(), ending="")
            return
        met = sum(1 for row in rows if row.met)
        self.stdout.write(
            _(
                "Chỉ tiêu tin bài %(period)s – %(site)s "
                "(mỗi tháng %(tin)s tin, %(bai)s bài; cả kỳ: %(ttin)s tin, %(tbai)s bài)"
            )
            % {
                "period": period.label,
                "site": site_obj.site_name or site_obj.hostname,
                "tin": quota.tin,
                "bai": quota.bai,
                "ttin": quota.tin * period.months,
                "tbai": quota.bai * period.months,
            }
        )
        self.stdout.write("")
        self.stdout.write(text_table(rows), ending="")
        self.stdout.write("")
        self.stdout.write(_("Đạt chỉ tiêu: %(met)s/%(total)s chi hội.") % {"met": met, "total": len(rows)})
