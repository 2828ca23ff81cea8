"""The tasks of this app: sending one queued message with the real mail backend."""

import logging

from django.conf import settings
from django.core.mail import get_connection
from django_tasks import task

from .mail import deserialise
from .retry import schedule_retry

logger = logging.getLogger(__name__)


@task()
def send_email(message: dict, attempt: int = 1, last_error: str = "") -> int:
    """Send one message; if the mail server refuses or is down, try again later (bounded)."""
    try:
        return get_connection(settings.KHUYENHOC_EMAIL_BACKEND).send_messages([deserialise(message)])
    except Exception as error:
        if not schedule_retry(send_email, attempt, message, error=error):
            raise  # the last attempt: the task fails and shows in "Tác vụ nền lỗi"
        logger.warning("Mail to %s not sent (attempt %s): %s; retrying later", message["to"], attempt, error)
        return 0
