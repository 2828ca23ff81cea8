"""The dashboard panel: this month in short, chapters behind on the quota first."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .counting import Quota, behind_first, quota_rows
from .periods import Period

PANEL_ROWS = 10


class QuotaPanel(Component):
    name = "quota"
    template_name = "quota/dashboard_panel.html"
    order = 150
    heading = _("Chỉ tiêu tin bài tháng này")

    def __init__(self, site):
        self.site = site

    def get_context_data(self, parent_context=None):
        period = Period.current_month()
        quota = Quota.for_site(self.site)
        rows = quota_rows(self.site, period, quota)
        ordered = behind_first(rows)
        return {
            "period": period,
            "quota": quota,
            "site": self.site,
            "rows": ordered[:PANEL_ROWS],
            "more": max(0, len(rows) - PANEL_ROWS),
            "met_count": sum(1 for row in rows if row.met),
            "total": len(rows),
        }
