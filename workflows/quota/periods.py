"""Reporting periods: a month ``YYYY-MM`` or a quarter ``YYYY-Qn``, in Vietnam time.

The association counts by the calendar of Asia/Ho_Chi_Minh (settings.TIME_ZONE): a page
sent at 23:30 on 31 January in Sơn La is a January page, although it is 16:30 UTC. The
period's bounds are therefore aware datetimes in that zone, whatever zone the admin user
has chosen for display.
"""

import re
from dataclasses import dataclass
from datetime import date, datetime, time

from django.utils import timezone
from django.utils.translation import gettext as _

MONTH_RE = re.compile(r"^(\d{4})-(\d{1,2})$")
QUARTER_RE = re.compile(r"^(\d{4})-[Qq]([1-4])$")
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
# Outside these years a period means nothing here, and datetimes near year 1 or 9999 overflow
# when converted to UTC.
FIRST_YEAR, LAST_YEAR = 1900, 9998


class InvalidPeriod(ValueError):
    """A month or quarter that cannot be read; the message is for the user, in Vietnamese."""


def project_timezone():
    """The association's zone (settings.TIME_ZONE), not the admin user's display zone."""
    return timezone.get_default_timezone()


def local_today() -> date:
    """Today in Vietnam time (a function, so tests can move the clock)."""
    return timezone.localdate(timezone=project_timezone())


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class Period:
    start: date  # first day of the first month
    months: int  # 1 for a month, 3 for a quarter

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        return cls(date(year, month, 1), 1)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> "Period":
        return cls(date(year, 3 * (quarter - 1) + 1, 1), 3)

    @classmethod
    def current_month(cls, today: date | None = None) -> "Period":
        today = today or local_today()
        return cls.month(today.year, today.month)

    @property
    def is_quarter(self) -> bool:
        return self.months == 3

    @property
    def end(self) -> date:
        """The first day after the period."""
        return _add_months(self.start, self.months)

    @property
    def key(self) -> str:
        """``2025-01`` or ``2025-Q1``: the form the commands and the report's URL take."""
        if self.is_quarter:
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        return f"{self.start.year}-{self.start.month:02d}"

    @property
    def label(self) -> str:
        """``tháng 01/2025`` or ``quý I/2025``."""
        if self.is_quarter:
            return _("quý %(q)s/%(year)s") % {"q": ROMAN[(self.start.month - 1) // 3 + 1], "year": self.start.year}
        return _("tháng %(month)s/%(year)s") % {"month": f"{self.start.month:02d}", "year": self.start.year}

    def bounds(self) -> tuple[datetime, datetime]:
        """[start, end) as aware datetimes at midnight, Vietnam time."""
        zone = project_timezone()
        return (
            datetime.combine(self.start, time.min, tzinfo=zone),
            datetime.combine(self.end, time.min, tzinfo=zone),
        )

    def contains(self, day: date) -> bool:
        return self.start <= day < self.end

    def previous(self) -> "Period":
        return Period(_add_months(self.start, -self.months), self.months)


def _check_year(year: int) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InvalidPeriod(
            _("Năm %(year)s không hợp lệ: năm phải từ %(first)s đến %(last)s.")
            % {"year": year, "first": FIRST_YEAR, "last": LAST_YEAR}
        )


def parse_month(text: str) -> Period:
    """``2025-01`` → the month of January 2025; InvalidPeriod with a Vietnamese message otherwise."""
    match = MONTH_RE.match((text or "").strip())
    if not match:
        raise InvalidPeriod(
            _("Tháng “%(value)s” không hợp lệ: hãy viết theo dạng NNNN-TT, ví dụ 2025-01.") % {"value": text}
        )
    year, month = int(match[1]), int(match[2])
    _check_year(year)
    if not 1 <= month <= 12:
        raise InvalidPeriod(_("Tháng “%(value)s” không hợp lệ: tháng phải từ 01 đến 12.") % {"value": text})
    return Period.month(year, month)


def parse_quarter(text: str) -> Period:
    """``2025-Q1`` → January to March 2025; InvalidPeriod with a Vietnamese message otherwise."""
    match = QUARTER_RE.match((text or "").strip())
    if not match:
        raise InvalidPeriod(
            _("Quý “%(value)s” không hợp lệ: hãy viết theo dạng NNNN-Qn (n từ 1 đến 4), ví dụ 2025-Q1.")
            % {"value": text}
        )
    year = int(match[1])
    _check_year(year)
    return Period.quarter(year, int(match[2]))


def parse_period(text: str) -> Period:
    """Either form: a quarter if it contains a Q, a month otherwise."""
    return parse_quarter(text) if "q" in (text or "").lower() else parse_month(text)


def recent_quarters(count: int = 8, today: date | None = None) -> list[Period]:
    """The current quarter and the ``count - 1`` before it, newest first (choices in the report)."""
    today = today or local_today()
    quarter = Period.quarter(today.year, (today.month - 1) // 3 + 1)
    quarters = []
    for _i in range(count):
        quarters.append(quarter)
        quarter = quarter.previous()
    return quarters
