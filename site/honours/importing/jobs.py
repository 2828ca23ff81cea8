"""An import job's steps, from the admin's upload to the background import.

The dry run and the import run as background tasks (``tasks``) and write their progress on
the job between batches of rows, outside any transaction, so the progress bar moves. A job
that fails says so in Vietnamese and keeps its file, so that it can be tried again.
"""

import logging

from django.utils import timezone
from django.utils.translation import gettext as _

from ..models_import import RUNNING, HonourImport, ImportStatus
from .headers import guess_mapping
from .readers import Table, read_table
from .run import Report, RollImport

logger = logging.getLogger(__name__)


def create_job(roll, user, file_name: str, data: bytes) -> HonourImport:
    """A job for an uploaded file, its columns guessed; UnreadableFile if it is not a table."""
    table = read_table(file_name, data)
    return HonourImport.objects.create(
        roll=roll,
        created_by=user,
        file_name=file_name[:255],
        file_data=data,
        header_row=table.header_row,
        headers=table.headers,
        samples=table.column_samples(),
        mapping=guess_mapping(table.headers),
        rows_total=len(table.rows),
    )


def table_of(job: HonourImport) -> Table:
    return read_table(job.file_name, bytes(job.file_data))


def importer_of(job: HonourImport) -> RollImport:
    return RollImport(job.roll, table_of(job), job.mapping, job.defaults, skip_duplicates=job.skip_duplicates)


def _progress(job: HonourImport):
    def record(done: int, total: int) -> None:
        HonourImport.objects.filter(pk=job.pk).update(rows_done=done, rows_total=total)

    return record


def _set(job: HonourImport, **fields) -> None:
    for name, value in fields.items():
        setattr(job, name, value)
    HonourImport.objects.filter(pk=job.pk).update(**fields)


def check(job: HonourImport) -> None:
    """The dry run, its report kept on the job for the board to read before confirming."""
    try:
        report = importer_of(job).check(progress=_progress(job))
    except Exception:
        logger.exception("Dry run of honour import %s failed", job.pk)
        _set(job, status=ImportStatus.FAILED, error=_("Không kiểm tra được tệp do lỗi hệ thống. Hãy thử lại."))
        return
    _set(job, status=ImportStatus.CHECKED, report=report.as_json(), rows_done=report.total, error="")


def claim(job: HonourImport, status: ImportStatus, *, allowed: tuple) -> bool:
    """Move the job to ``status`` if it is still in one of ``allowed``: a second click, or a
    second worker, finds it moved and does nothing."""
    moved = HonourImport.objects.filter(pk=job.pk, status__in=allowed).update(status=status, rows_done=0, error="")
    if moved:
        job.status, job.rows_done, job.error = status, 0, ""
    return bool(moved)


def run(job: HonourImport) -> Report | None:
    """The import: every valid row or none. Done, the job lets go of the file."""

    def done(report: Report) -> None:
        _set(
            job,
            status=ImportStatus.DONE,
            report=report.as_json(),
            rows_done=report.total,
            file_data=b"",
            finished_at=timezone.now(),
        )

    try:
        report = importer_of(job).run(progress=_progress(job), on_saved=done)
    except Exception:
        logger.exception("Honour import %s failed; nothing was saved", job.pk)
        job.refresh_from_db()
        _set(
            job,
            status=ImportStatus.FAILED,
            error=_("Không nhập được do lỗi hệ thống; chưa có bản ghi nào được lưu. Tệp vẫn được giữ để thử lại."),
        )
        return None
    return report


def discard(job: HonourImport) -> bool:
    """A job that is not running may be dropped, and its file with it."""
    return bool(HonourImport.objects.filter(pk=job.pk).exclude(status__in=RUNNING).delete()[0])
