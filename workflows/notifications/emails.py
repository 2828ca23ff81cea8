"""Vietnamese notification emails (plain text and HTML) about pages in the editorial workflow."""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse


def admin_url(page) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("wagtailadmin_pages:edit", args=[page.pk])


def send(template: str, subject: str, recipients: list[str], context: dict) -> int:
    """Render ``notifications/<template>.txt`` and ``.html`` and send one message per recipient."""
    recipients = sorted({address for address in recipients if address})
    if not recipients:
        return 0
    text = render_to_string(f"notifications/{template}.txt", context)
    html = render_to_string(f"notifications/{template}.html", context)
    for address in recipients:
        message = EmailMultiAlternatives(subject, text, settings.DEFAULT_FROM_EMAIL, [address])
        message.attach_alternative(html, "text/html")
        message.send()
    return len(recipients)


def page_context(page) -> dict:
    page = page.specific
    chapter = page.get_chapter() if hasattr(page, "get_chapter") else None
    return {
        "page": page,
        "chapter": chapter,
        "kind": page.get_kind_display() if hasattr(page, "get_kind_display") else page.get_verbose_name(),
        "admin_url": admin_url(page),
    }
