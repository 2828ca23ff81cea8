"""Bounded retries for tasks: django-tasks 0.12 has none, so a failing task enqueues its next
attempt itself, later and later, until the last one fails for good (and shows in the report)."""

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

logger = logging.getLogger(__name__)


def delay(attempt: int) -> timedelta:
    """1, 5, 25, 125 minutes... capped at six hours: a mail server back after a night is caught."""
    return timedelta(minutes=min(5 ** (attempt - 1), 360))


def schedule_retry(task, attempt: int, *args, error: BaseException) -> bool:
    """Enqueue attempt ``attempt + 1`` of ``task`` later, with the error that made it needed.

    False when this was the last attempt, or when the backend runs tasks at once (the immediate
    backend of the tests and of ``load_demo``: retrying there would only fail again, now).
    """
    if not task.get_backend().supports_defer:
        return False
    if attempt >= settings.BACKGROUND_MAX_ATTEMPTS:
        logger.error("%s failed for good after %s attempts: %s", task.name, attempt, error)
        return False
    later = task.using(run_after=timezone.now() + delay(attempt))
    later.enqueue(*args, attempt=attempt + 1, last_error=f"{type(error).__name__}: {error}"[:500])
    return True
