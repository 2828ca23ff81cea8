"""Admin views for importing a spreadsheet into an honour roll and exporting a roll.

upload → mapping (the guessed columns, corrected) → dry run in the background (progress bar) →
report (first rows as they will be saved, rejected rows, duplicates) → confirm → import in the
background (progress bar) → done. Only a board member of the roll's Site gets anywhere: a
roll or a job of another Site is a 404.
"""

import csv
import io

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST

from core.roles import board_sites
from core.trees import under_sites

from .importing import exporting, jobs, tasks
from .importing.forms import ConfirmForm, MappingForm, UploadForm
from .importing.readers import UnreadableFile
from .importing.run import Report
from .models import HonourRollPage
from .models_import import HonourImport, ImportStatus

REPORT_ROWS_SHOWN = 500
RECENT_JOBS = 20


def own_rolls(user):
    return HonourRollPage.objects.filter(under_sites(board_sites(user))).order_by("title", "pk")


def _roll(request, roll_id: int) -> HonourRollPage:
    return get_object_or_404(own_rolls(request.user), pk=roll_id)


def _job(request, job_id: int) -> HonourImport:
    jobs_of_own_rolls = HonourImport.objects.filter(roll__in=own_rolls(request.user)).select_related("roll")
    return get_object_or_404(jobs_of_own_rolls, pk=job_id)


def _page(request, template: str, title: str, context: dict, status: int = 200) -> TemplateResponse:
    return TemplateResponse(
        request,
        f"honours/admin/{template}",
        {"page_title": title, "header_title": title, "header_icon": "upload", **context},
        status=status,
    )


@never_cache
@require_GET
def index(request):
    if not board_sites(request.user).exists():
        raise PermissionDenied
    rolls = own_rolls(request.user).annotate(record_count=Count("records"))
    recent = HonourImport.objects.filter(roll__in=own_rolls(request.user)).select_related("roll", "created_by")
    return _page(
        request,
        "import_index.html",
        _("Nhập, xuất vinh danh"),
        {
            "rolls": rolls,
            "several_sites": board_sites(request.user).count() > 1,
            "recent": recent.defer("file_data")[:RECENT_JOBS],
        },
    )


@never_cache
def upload(request):
    rolls = own_rolls(request.user)
    if not rolls.exists():
        raise PermissionDenied
    several = board_sites(request.user).count() > 1
    initial = {"roll": request.GET.get("roll")} if str(request.GET.get("roll", "")).isdigit() else {}
    form = UploadForm(request.POST or None, request.FILES or None, rolls=rolls, with_site=several, initial=initial)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            upload_file = form.cleaned_data["file"]
            try:
                job = jobs.create_job(form.cleaned_data["roll"], request.user, upload_file.name, upload_file.read())
            except UnreadableFile as error:
                form.add_error("file", str(error))
            else:
                return redirect("honours_import_mapping", job.pk)
        status = 400
    return _page(request, "import_upload.html", _("Nhập vinh danh từ bảng tính"), {"form": form}, status=status)


@never_cache
def mapping(request, job_id: int):
    job = _job(request, job_id)
    if job.status not in (ImportStatus.MAPPING, ImportStatus.CHECKED, ImportStatus.FAILED):
        return redirect("honours_import_job", job.pk)
    form = MappingForm(
        request.POST or None, headers=job.headers, samples=job.samples, mapping=job.mapping, defaults=job.defaults
    )
    status = 200
    if request.method == "POST":
        if form.is_valid():
            job.mapping, job.defaults = form.cleaned_data["mapping"], form.cleaned_data["defaults"]
            job.status, job.rows_done, job.report, job.error = ImportStatus.CHECKING, 0, {}, ""
            job.save(update_fields=["mapping", "defaults", "status", "rows_done", "report", "error"])
            tasks.check_import.enqueue(job.pk)
            return redirect("honours_import_job", job.pk)
        status = 400
    context = {"job": job, "form": form}
    return _page(request, "import_mapping.html", _("Ghép cột: %(file)s") % {"file": job.file_name}, context, status)


@never_cache
@require_GET
def job_view(request, job_id: int):
    job = _job(request, job_id)
    report = Report.from_json(job.report)
    context = {
        "job": job,
        "report": report,
        "rejected": report.rejected[:REPORT_ROWS_SHOWN],
        "duplicates": report.duplicate_reasons()[:REPORT_ROWS_SHOWN],
        "shown_limit": REPORT_ROWS_SHOWN,
        "confirm_form": ConfirmForm(initial={"skip_duplicates": job.skip_duplicates}),
        "progress_url": reverse("honours_import_progress", args=[job.pk]),
        "statuses": ImportStatus,
    }
    return _page(request, "import_job.html", _("Nhập vinh danh: %(file)s") % {"file": job.file_name}, context)


@never_cache
@require_GET
def progress(request, job_id: int):
    """What the progress bar polls."""
    job = _job(request, job_id)
    return JsonResponse(
        {
            "status": job.status,
            "label": job.get_status_display(),
            "done": job.rows_done,
            "total": job.rows_total,
            "percent": job.percent,
            "running": job.is_running,
        }
    )


@require_POST
def confirm(request, job_id: int):
    job = _job(request, job_id)
    form = ConfirmForm(request.POST)
    form.is_valid()
    skip_duplicates = form.cleaned_data.get("skip_duplicates", False)
    HonourImport.objects.filter(pk=job.pk, status=ImportStatus.CHECKED).update(skip_duplicates=skip_duplicates)
    if not jobs.claim(job, ImportStatus.IMPORTING, allowed=(ImportStatus.CHECKED,)):
        messages.error(request, _("Lần nhập này không chờ xác nhận nữa (đã nhập, đang chạy hoặc chưa kiểm tra)."))
        return redirect("honours_import_job", job.pk)
    tasks.run_import.enqueue(job.pk)
    return redirect("honours_import_job", job.pk)


@require_POST
def discard(request, job_id: int):
    job = _job(request, job_id)
    if jobs.discard(job):
        messages.success(request, _("Đã huỷ lần nhập “%(file)s” và xoá tệp.") % {"file": job.file_name})
        return redirect("honours_import_index")
    messages.error(request, _("Không huỷ được lần nhập đang chạy."))
    return redirect("honours_import_job", job.pk)


@never_cache
@require_GET
def report_csv(request, job_id: int):
    """Every rejected and duplicate row of the dry run, as a file to correct the spreadsheet from."""
    job = _job(request, job_id)
    report = Report.from_json(job.report)
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow([_("Dòng"), _("Kết quả"), _("Lý do")])
    for row, reason in report.rejected:
        writer.writerow([row, _("Bị loại"), reason])
    for row, reason in report.duplicate_reasons():
        writer.writerow([row, _("Trùng"), reason])
    return _download(("\ufeff" + output.getvalue()).encode("utf-8"), "csv", f"bao-cao-nhap-{job.pk}")


@never_cache
@require_GET
def export(request, roll_id: str, file_type: str):
    roll = _roll(request, int(roll_id))
    if file_type == "xlsx":
        content = exporting.as_xlsx(exporting.roll_dataset(roll, native=True), roll.title)
    else:
        content = exporting.as_csv(exporting.roll_dataset(roll))
    return _download(content, file_type, roll.slug or f"vinh-danh-{roll.pk}")


def _download(content: bytes, file_type: str, name: str) -> HttpResponse:
    response = HttpResponse(content, content_type=exporting.CONTENT_TYPES[file_type])
    response["Content-Disposition"] = f'attachment; filename="{name}.{file_type}"'
    return response
