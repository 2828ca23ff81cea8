from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .access import can_view_quota, site_for_request
from .panels import QuotaPanel
from .views import QuotaReportView


class QuotaReportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_quota(request.user)


@hooks.register("register_admin_urls")
def register_quota_report_url():
    return [path("chi-tieu-tin-bai/", QuotaReportView.as_view(), name="quota_report")]


@hooks.register("register_reports_menu_item")
def register_quota_report_menu_item():
    return QuotaReportMenuItem(
        _("Chỉ tiêu tin bài"),
        reverse("quota_report"),
        name="quota",
        icon_name="tasks",
        order=650,
    )


@hooks.register("construct_homepage_panels")
def add_quota_panel(request, panels):
    if not can_view_quota(request.user):
        return
    site = site_for_request(request)  # the user's own Site, whatever host the admin is on
    if site is not None:
        panels.append(QuotaPanel(site))
