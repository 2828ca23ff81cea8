"""Numbers, money and dates as Vietnamese readers write them: plain functions for the models
and views, registered as template filters by ``core.templatetags.khuyenhoc``."""

from datetime import date, datetime

from django.utils import timezone


def so(value) -> str:
    """1234567 → "1.234.567" (Vietnamese thousands separator)."""
    if value in (None, ""):
        return ""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,}".replace(",", ".")


def dong(value) -> str:
    """1234567 → "1.234.567 đồng"."""
    return f"{so(value)} đồng" if value not in (None, "") else ""


def ty_le(value) -> str:
    """Decimal("73.3") → "73,3%"."""
    if value is None:
        return "–"
    return f"{value}".replace(".", ",") + "%"


def ngay(value) -> str:
    """A date as dd/mm/yyyy."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


def ngay_van_ban(value: date | None) -> str:
    """The administrative form of Nghị định 30/2020: "ngày 05 tháng 02 năm 2025".

    Days below 10 and the months 1 and 2 take a leading zero; other months do not.
    """
    if not value:
        return ""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"
