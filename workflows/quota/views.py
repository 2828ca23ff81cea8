"""The admin report "Chỉ tiêu tin bài": one row per chapter, with CSV and XLSX downloads."""

from dataclasses import fields

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.reports import ReportView

from .access import can_view_quota, site_for_request, visible_sites
from .counting import KindCounts, Quota, quota_rows
from .forms import QuotaReportForm
from .tables import EXPORT_FIELDS, HEADINGS


class QuotaReportView(ReportView):
    page_title = gettext_lazy("Chỉ tiêu tin bài")
    header_icon = "tasks"
    template_name = "quota/report.html"
    results_template_name = "quota/report_results.html"
    index_url_name = "quota_report"
    paginate_by = None  # every chapter on one page: the point is to compare them
    list_export = EXPORT_FIELDS
    export_headings = HEADINGS

    def dispatch(self, request, *args, **kwargs):
        if not can_view_quota(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def form(self):
        """The Site picker offers only the user's Sites; any other is refused, and the report
        falls back to the user's own (a download with a refused value is a 400)."""
        return QuotaReportForm(
            self.request.GET or None,
            default_site=site_for_request(self.request),
            sites=visible_sites(self.request.user),
        )

    @cached_property
    def choice(self):
        return self.form.chosen()

    @property
    def period(self):
        return self.choice[0]

    @property
    def site(self):
        return self.choice[1]

    @cached_property
    def quota(self):
        return Quota.for_site(self.site) if self.site else Quota()

    def get_queryset(self):
        if self.site is None:
            return []
        return quota_rows(self.site, self.period, self.quota)

    def get(self, request, *args, **kwargs):
        errors = self.choice[2]
        if self.is_export and errors:
            # A download of another period than the one asked for would mislead: refuse it.
            return HttpResponse(
                _("Không tải được bảng: %(errors)s") % {"errors": " ".join(errors)},
                status=400,
                content_type="text/plain; charset=utf-8",
            )
        return super().get(request, *args, **kwargs)

    def get_page_subtitle(self):
        return capfirst(self.period.label)

    def get_filename(self):
        slug = self.site.root_page.slug if self.site else "trang"
        return f"chi-tieu-tin-bai-{self.period.key}-{slug}"

    def stream_csv(self, queryset):
        yield "\ufeff"  # byte order mark: spreadsheet programs then read the Vietnamese letters right
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        rows = context["object_list"]
        totals = {"tin": KindCounts(), "bai": KindCounts()}
        for row in rows:
            for kind in totals:
                for name in (f.name for f in fields(KindCounts)):
                    setattr(totals[kind], name, getattr(totals[kind], name) + getattr(getattr(row, kind), name))
        context.update(
            form=self.form,
            form_errors=self.choice[2],
            period=self.period,
            site=self.site,
            quota=self.quota,
            target_tin=self.quota.tin * self.period.months,
            target_bai=self.quota.bai * self.period.months,
            totals=totals,
            met_count=sum(1 for row in rows if row.met),
            show_site_field=self.form.fields["site"].queryset.count() > 1,
        )
        return context
