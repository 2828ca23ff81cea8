"""Reminder emails to the presidents of chapters behind on the month's quota.

From the Site's reminder day on (any day for a month already over), each chapter that has not
met the quota gets one email, to the users of its "Chủ tịch …" group who have an address.
A ``QuotaReminder`` row per chapter and month is written before sending, so running the
command again, even twice at once, sends nothing new.
"""

import calendar
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from chapters.models import ChapterPage
from core.models import ChapterRoles

from . import periods
from .counting import ChapterQuota, Quota, quota_rows
from .models import QuotaReminder, QuotaSettings
from .periods import Period


@dataclass
class ReminderOutcome:
    period: Period
    reminder_date: date
    allowed: bool
    sent: list[tuple[ChapterQuota, list[str]]] = field(default_factory=list)
    already_sent: list[ChapterQuota] = field(default_factory=list)
    without_recipient: list[ChapterQuota] = field(default_factory=list)
    on_quota: int = 0


def reminder_date(period: Period, reminder_day: int) -> date:
    """The reminder day of the period's month, or its last day in a shorter month."""
    last_day = calendar.monthrange(period.start.year, period.start.month)[1]
    return period.start.replace(day=max(1, min(reminder_day, last_day)))


def reminders_allowed(period: Period, reminder_day: int, today: date) -> bool:
    """A month already over is always allowed; the current month from its reminder day on."""
    if today >= period.end:
        return True
    return today >= reminder_date(period, reminder_day)


def president_emails(chapter_ids) -> dict[int, list[str]]:
    """Chapter pk → addresses of the active members of its president group, found through
    the chapter's roles (its translation key), never by a group name: two queries."""
    keys = dict(ChapterPage.objects.filter(pk__in=list(chapter_ids)).values_list("pk", "translation_key"))
    group_of_key = dict(
        ChapterRoles.objects.filter(chapter_key__in=keys.values()).values_list("chapter_key", "presidents_id")
    )
    by_group: dict[int, list[str]] = {pk: [] for pk in group_of_key.values()}
    rows = (
        Group.objects.filter(pk__in=by_group)
        .order_by("pk", "user__username")
        .values_list("pk", "user__email", "user__is_active")
    )
    for group_id, email, active in rows:
        if active and email and email not in by_group[group_id]:
            by_group[group_id].append(email)
    return {pk: by_group.get(group_of_key.get(key), []) for pk, key in keys.items()}


def admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def build_message(
    site, row: ChapterQuota, period: Period, quota: Quota, recipients: list[str], today: date
) -> EmailMultiAlternatives:
    """The reminder in Vietnamese, plain text and HTML."""
    last_day = period.end - timedelta(days=1)
    context = {
        "is_over": today > last_day,
        "site_name": site.site_name or str(site),
        "row": row,
        "period": period,
        "quota": quota,
        "last_day": last_day,
        "admin_url": admin_url(reverse("wagtailadmin_home")),
        "chapter_admin_url": admin_url(reverse("wagtailadmin_explore", args=[row.chapter.pk])),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = render_to_string("quota/email/reminder_subject.txt", context).strip()
        text = render_to_string("quota/email/reminder.txt", context)
        html = render_to_string("quota/email/reminder.html", context)
    message = EmailMultiAlternatives(subject=" ".join(subject.split()), body=text, to=recipients)
    message.attach_alternative(html, "text/html")
    return message


def send_quota_reminders(site, period: Period, today: date | None = None) -> ReminderOutcome:
    """Email the presidents of the Site's chapters behind on the quota for ``period`` (a month)."""
    today = today or periods.local_today()
    quota_settings = QuotaSettings.for_site(site)
    outcome = ReminderOutcome(
        period=period,
        reminder_date=reminder_date(period, quota_settings.reminder_day),
        allowed=reminders_allowed(period, quota_settings.reminder_day, today),
    )
    if not outcome.allowed:
        return outcome

    quota = Quota(quota_settings.tin_per_month, quota_settings.bai_per_month)
    rows = quota_rows(site, period, quota)
    behind = [row for row in rows if not row.met]
    outcome.on_quota = len(rows) - len(behind)
    done = set(
        QuotaReminder.objects.filter(month=period.start, chapter_id__in=[row.chapter.pk for row in behind]).values_list(
            "chapter_id", flat=True
        )
    )
    emails = president_emails(row.chapter.pk for row in behind if row.chapter.pk not in done)
    for row in behind:
        if row.chapter.pk in done:
            outcome.already_sent.append(row)
            continue
        recipients = emails.get(row.chapter.pk, [])
        if not recipients:
            outcome.without_recipient.append(row)
            continue
        try:
            with transaction.atomic():
                reminder = QuotaReminder.objects.create(
                    chapter_id=row.chapter.pk, month=period.start, recipients="\n".join(recipients)
                )
        except IntegrityError:  # another run got there first
            outcome.already_sent.append(row)
            continue
        try:
            build_message(site, row, period, quota, recipients, today).send()
        except Exception:
            reminder.delete()  # not sent: the next run tries again
            raise
        outcome.sent.append((row, recipients))
    return outcome
