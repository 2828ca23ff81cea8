"""Mail off the request: ``QueuedEmailBackend`` turns each message into a task, and the worker
sends it with the real backend (``KHUYENHOC_EMAIL_BACKEND``: SMTP in production).

A workflow action or a password reset therefore never waits on, or fails with, the mail server;
the message waits in the task queue until the worker can hand it over.
"""

import base64
from email.utils import formatdate

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.core.mail.backends.base import BaseEmailBackend


def serialise(message) -> dict:
    """A JSON-safe copy of an ``EmailMessage`` (or ``EmailMultiAlternatives``)."""
    headers = dict(message.extra_headers)
    headers.setdefault("Date", formatdate(localtime=settings.EMAIL_USE_LOCALTIME))  # when written, not sent
    attachments = []
    for attachment in message.attachments:
        if not isinstance(attachment, tuple):
            raise TypeError("MIME attachments cannot be queued: attach (filename, content, mimetype)")
        filename, content, mimetype = attachment
        is_text = isinstance(content, str)
        attachments.append(
            {
                "filename": filename,
                "mimetype": mimetype,
                "text": is_text,
                "content": content if is_text else base64.b64encode(content).decode("ascii"),
            }
        )
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": headers,
        "alternatives": [[content, mimetype] for content, mimetype in getattr(message, "alternatives", [])],
        "attachments": attachments,
        "content_subtype": message.content_subtype,
    }


def deserialise(data: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=data["subject"],
        body=data["body"],
        from_email=data["from_email"],
        to=data["to"],
        cc=data["cc"],
        bcc=data["bcc"],
        reply_to=data["reply_to"],
        headers=data["headers"],
    )
    message.content_subtype = data["content_subtype"]
    for content, mimetype in data["alternatives"]:
        message.attach_alternative(content, mimetype)
    for item in data["attachments"]:
        content = item["content"] if item["text"] else base64.b64decode(item["content"])
        message.attach(item["filename"], content, item["mimetype"])
    return message


class QueuedEmailBackend(BaseEmailBackend):
    """One task per message, so that one refused address never holds back the others."""

    def send_messages(self, email_messages) -> int:
        from .tasks import send_email  # cycle: the task reads its message with this module's deserialise

        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue
            try:
                send_email.enqueue(serialise(message))
            except Exception:
                if not self.fail_silently:
                    raise
            else:
                queued += 1
        return queued
