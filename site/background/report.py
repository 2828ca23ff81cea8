"""What the administrator sees of background work that went wrong: every failed task with its
error, and every task waiting to try again (with the error of its last attempt)."""

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

TASK_LABELS = {
    "background.tasks.send_email": _("Gửi thư"),
    "sitesearch.tasks.retry_index_write": _("Cập nhật chỉ mục Elasticsearch"),
}


def troubled() -> Q:
    """Failed for good, or waiting for a retry after a failed attempt."""
    return Q(status=TaskResultStatus.FAILED) | Q(status=TaskResultStatus.READY, args_kwargs__kwargs__attempt__gt=1)


@dataclass
class Row:
    task: str
    state: str
    attempt: int
    about: str
    error: str
    when: datetime | None


def _about(result: DBTaskResult) -> str:
    """Whom a message was for and its subject; for other tasks, their arguments."""
    args = result.args_kwargs.get("args", [])
    if result.task_path == "background.tasks.send_email" and args:
        message = args[0]
        return f"{', '.join(message.get('to', []))}: {message.get('subject', '')}"
    return ", ".join(str(arg) for arg in args)


def _error(result: DBTaskResult) -> str:
    if result.status == TaskResultStatus.FAILED and result.traceback:
        return result.traceback.strip().splitlines()[-1]
    return result.args_kwargs.get("kwargs", {}).get("last_error", "")


def row(result: DBTaskResult) -> Row:
    failed = result.status == TaskResultStatus.FAILED
    return Row(
        task=str(TASK_LABELS.get(result.task_path, result.task_path)),
        state=str(_("Lỗi, không thử lại nữa") if failed else _("Chờ thử lại")),
        attempt=result.args_kwargs.get("kwargs", {}).get("attempt", 1),
        about=_about(result),
        error=_error(result),
        when=result.finished_at if failed else result.run_after,
    )
