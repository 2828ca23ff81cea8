"""The month grid of the events calendar: weeks from Monday, each day with the events it holds."""

import calendar
import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

from django.utils.translation import gettext_lazy as _

# The calendar shows these years only: ?thang= outside them is refused (HTTP 400).
MIN_YEAR, MAX_YEAR = 1990, 2100

WEEKDAYS = [
    (_("T2"), _("Thứ Hai")),
    (_("T3"), _("Thứ Ba")),
    (_("T4"), _("Thứ Tư")),
    (_("T5"), _("Thứ Năm")),
    (_("T6"), _("Thứ Sáu")),
    (_("T7"), _("Thứ Bảy")),
    (_("CN"), _("Chủ Nhật")),
]

_MONTH = re.compile(r"([0-9]{4})-([0-9]{1,2})")


class BadMonth(ValueError):
    """A ?thang= value that is not a month the calendar can show; the message is for readers."""


def parse_month(value: str | None, today: date) -> date:
    """The first day of the month asked for as YYYY-MM (this month when nothing is asked)."""
    if value is None or not value.strip():
        return today.replace(day=1)
    match = _MONTH.fullmatch(value.strip())
    if not match:
        raise BadMonth(
            _("Tháng “%(value)s” không hợp lệ. Hãy ghi tháng theo dạng năm-tháng, ví dụ %(example)s.")
            % {"value": value[:20], "example": today.strftime("%Y-%m")}
        )
    year, month = int(match[1]), int(match[2])
    if not 1 <= month <= 12:
        raise BadMonth(_("Tháng phải từ 1 đến 12, không có tháng %(month)s.") % {"month": month})
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise BadMonth(
            _("Lịch chỉ có các tháng từ năm %(first)s đến năm %(last)s.") % {"first": MIN_YEAR, "last": MAX_YEAR}
        )
    return date(year, month, 1)


def shift_month(first: date, months: int) -> date | None:
    """The first day of the month ``months`` away, or None outside the years the calendar shows."""
    year, month = divmod(first.year * 12 + first.month - 1 + months, 12)
    return date(year, month + 1, 1) if MIN_YEAR <= year <= MAX_YEAR else None


def month_end(first: date) -> date:
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


@dataclass
class Day:
    date: date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)

    @property
    def label(self) -> str:
        """What a day's link says to a screen reader: the date and its events' titles."""
        titles = "; ".join(event.title for event in self.events)
        return f"{self.date.day:02d}/{self.date.month:02d}: {titles}"


def month_weeks(first: date, events, today: date) -> list[list[Day]]:
    """Weeks (Monday to Sunday) covering the month; days of the month carry their events,
    an event lasting several days appearing on each of them."""
    last = month_end(first)
    by_day = defaultdict(list)
    for event in events:
        for day in event.days():
            if first <= day <= last:
                by_day[day].append(event)
    return [
        [
            Day(day, day.month == first.month, day == today, by_day.get(day, []) if day.month == first.month else [])
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=calendar.MONDAY).monthdatescalendar(first.year, first.month)
    ]
