from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import FailedTasksReportView


class SuperuserMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


@hooks.register("register_admin_urls")
def register_failed_tasks_url():
    return [path("tac-vu-nen-loi/", FailedTasksReportView.as_view(), name="background_failed_tasks")]


@hooks.register("register_reports_menu_item")
def register_failed_tasks_menu_item():
    return SuperuserMenuItem(
        _("Tác vụ nền lỗi"),
        reverse("background_failed_tasks"),
        name="failed_tasks",
        icon_name="warning",
        order=900,
    )
