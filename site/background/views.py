"""The admin report "Tác vụ nền lỗi", for superusers: background work that went wrong."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from django_tasks_db.models import DBTaskResult
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views.reports import ReportView

from . import report


class FailedTasksReportView(ReportView):
    page_title = _("Tác vụ nền lỗi")
    header_icon = "warning"
    index_url_name = "background_failed_tasks"
    columns = [
        Column("task", label=_("Tác vụ")),
        Column("state", label=_("Tình trạng")),
        Column("attempt", label=_("Lần thử")),
        Column("about", label=_("Nội dung")),
        Column("error", label=_("Lỗi")),
        DateColumn("when", label=_("Lúc (lỗi / thử lại)")),
    ]

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return DBTaskResult.objects.filter(report.troubled()).order_by("-enqueued_at")

    def get_table(self, object_list):
        return super().get_table([report.row(result) for result in object_list])
