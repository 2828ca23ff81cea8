from django.core.management.base import BaseCommand
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail.models import Site

from ... import periods
from ...reminders import send_quota_reminders
from ._options import read_period, read_site


class Command(BaseCommand):
    help = (
        "Gửi thư nhắc chủ tịch các chi hội chưa đủ chỉ tiêu tin bài của tháng, từ ngày nhắc trong "
        "Cài đặt (mặc định ngày 20). Chạy lại trong tháng không gửi trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("--month", metavar="YYYY-MM", help="Tháng, ví dụ 2025-01 (mặc định: tháng này).")
        parser.add_argument("--site", metavar="HOST", help="Tên miền của trang (mặc định: mọi trang).")

    def handle(self, *args, month=None, site=None, **options):
        period = read_period(month)
        today = periods.local_today()
        if period.start > today:
            self.stdout.write(_("%(period)s chưa bắt đầu: không gửi thư nào.") % {"period": capfirst(period.label)})
            return
        sites = [read_site(site)] if site else list(Site.objects.select_related("root_page").order_by("pk"))
        for site_obj in sites:
            self.remind(site_obj, period, today)

    def remind(self, site, period, today):
        name = site.site_name or site.hostname
        outcome = send_quota_reminders(site, period, today)
        if not outcome.allowed:
            self.stdout.write(
                _("%(site)s: chưa đến ngày nhắc (%(day)s), không gửi thư nào cho %(period)s.")
                % {"site": name, "day": outcome.reminder_date.strftime("%d/%m/%Y"), "period": period.label}
            )
            return
        for row, recipients in outcome.sent:
            self.stdout.write(
                _("Đã gửi thư nhắc %(chapter)s (còn thiếu %(missing)s) tới %(to)s.")
                % {"chapter": row.title, "missing": row.missing_text, "to": ", ".join(recipients)}
            )
        for row in outcome.without_recipient:
            self.stderr.write(
                _("%(chapter)s chưa đủ chỉ tiêu nhưng nhóm chủ tịch không có ai có địa chỉ thư: chưa gửi.")
                % {"chapter": row.title}
            )
        self.stdout.write(
            _(
                "%(site)s, %(period)s: %(sent)s thư mới, %(already)s chi hội đã được nhắc trước đó, "
                "%(met)s chi hội đã đạt chỉ tiêu."
            )
            % {
                "site": name,
                "period": period.label,
                "sent": len(outcome.sent),
                "already": len(outcome.already_sent),
                "met": outcome.on_quota,
            }
        )
