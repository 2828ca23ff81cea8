"""django-import-export widgets that read one cell each and say, in Vietnamese, what is wrong with it.

A widget raises ``ValueError``; import-export turns it into the row's validation error, so
the dry run lists the row with that reason and the import leaves it out.
"""

import datetime
import re

from django.utils import translation
from django.utils.translation import gettext as _
from import_export import widgets

from ..models import RecipientKind
from .amounts import parse_amount
from .text import as_text, folded

MIN_YEAR = 1900
MAX_AMOUNT = 10**13  # ten thousand billion đồng: anything above is a typing slip
MAX_QUANTITY = 100_000
# the kinds' values are their folded Vietnamese names ("ca-nhan"): either way of writing them, and other words
KINDS = {
    **{value: value for value in RecipientKind.values},
    **{value.replace("-", " "): value for value in RecipientKind.values},
    **dict.fromkeys(["hoc sinh", "sinh vien", "giao vien", "hoi vien", "nguoi"], RecipientKind.PERSON),
    **dict.fromkeys(["lop", "nhom"], RecipientKind.GROUP),
    **dict.fromkeys(["ho gia dinh", "gia dinh hoc tap"], RecipientKind.FAMILY),
    **dict.fromkeys(["dong ho hoc tap", "ho toc"], RecipientKind.CLAN),
    **dict.fromkeys(["don vi hoc tap", "co quan", "truong", "to chuc"], RecipientKind.UNIT),
}
YES = {"x", "co", "da", "roi", "yes", "y", "true", "1", "dung", "da thanh nien", "✓", "✔"}
NO = {"", "khong", "chua", "no", "n", "false", "0", "sai", "chua thanh nien"}
YEAR_IN_TEXT = re.compile(r"(?:nam\s*)?(\d{4})(?:\.0+)?")
DATE_IN_TEXT = re.compile(r"(?:\d{1,2}\s*[/.-]\s*){1,2}(\d{4})")


def latest_year() -> int:
    """Next year: an award may be recorded ahead. Today as the server's clock says, Django's TIME_ZONE."""
    return datetime.date.today().year + 1


def read_year(value) -> int | None:
    """A year from a number (2023, 2023.0), text ("2023", "năm 2023") or a date; None when empty."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.year
    if isinstance(value, bool):
        raise ValueError
    if isinstance(value, (int, float)):
        if float(value).is_integer():
            return int(value)
        raise ValueError
    text = folded(value)
    if not text:
        return None
    match = YEAR_IN_TEXT.fullmatch(text) or DATE_IN_TEXT.fullmatch(text)
    if not match:
        raise ValueError
    return int(match.group(1))


class TextWidget(widgets.Widget):
    def __init__(self, label, *, missing=None, max_length=255):
        super().__init__()
        self.label, self.missing, self.max_length = label, missing, max_length

    def clean(self, value, row=None, **kwargs):
        text = as_text(value)
        if not text and self.missing:
            raise ValueError(self.missing)
        if len(text) > self.max_length:
            raise ValueError(_("%(label)s dài quá %(max)s ký tự.") % {"label": self.label, "max": self.max_length})
        return text


class YearWidget(widgets.Widget):
    """The year of the award: required, from 1900 to next year."""

    def clean(self, value, row=None, **kwargs):
        try:
            year = read_year(value)
        except ValueError:
            raise ValueError(_("Năm “%(value)s” không đọc được.") % {"value": as_text(value)}) from None
        if year is None:
            raise ValueError(_("Thiếu năm vinh danh."))
        if not MIN_YEAR <= year <= latest_year():
            raise ValueError(
                _("Năm %(year)s không hợp lệ: phải từ %(min)s đến %(max)s.")
                % {"year": year, "min": MIN_YEAR, "max": latest_year()}
            )
        return year


class BirthYearWidget(widgets.Widget):
    """Only the year of a birth date is kept: the day never reaches the database."""

    def clean(self, value, row=None, **kwargs):
        try:
            year = read_year(value)
        except ValueError:
            raise ValueError(_("Năm sinh “%(value)s” không đọc được.") % {"value": as_text(value)}) from None
        if year is not None and not MIN_YEAR <= year <= latest_year():
            raise ValueError(_("Năm sinh %(year)s không hợp lệ.") % {"year": year})
        return year


def _kinds() -> dict[str, str]:
    """KINDS, and the kinds' names in the admin's language (an export made in English reads back)."""
    language = translation.get_language()
    if language not in _KINDS_BY_LANGUAGE:
        labels = {folded(str(label)): value for value, label in RecipientKind.choices}
        _KINDS_BY_LANGUAGE[language] = {**labels, **KINDS}
    return _KINDS_BY_LANGUAGE[language]


_KINDS_BY_LANGUAGE: dict[str | None, dict[str, str]] = {}


class KindWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        text = folded(value)
        if not text:
            return RecipientKind.PERSON
        kinds = _kinds()
        if text not in kinds:
            labels = ", ".join(str(label) for label in RecipientKind.labels)
            raise ValueError(
                _("Loại “%(value)s” không rõ: hãy ghi một trong %(labels)s.")
                % {"value": as_text(value), "labels": labels}
            )
        return kinds[text]


class AmountWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        amount = parse_amount(value)
        if amount is not None and amount > MAX_AMOUNT:
            raise ValueError(_("Số tiền “%(value)s” lớn bất thường.") % {"value": as_text(value)})
        return amount


class QuantityWidget(widgets.Widget):
    """Số suất: 1 when empty; "2 suất" is 2."""

    def clean(self, value, row=None, **kwargs):
        text = folded(value)
        if not text:
            return 1
        match = re.fullmatch(r"(\d+)(?:\.0+)?(?:\s*(?:suat|luot|phan))?", text)
        if not match or not 1 <= int(match.group(1)) <= MAX_QUANTITY:
            raise ValueError(_("Số suất “%(value)s” không hợp lệ.") % {"value": as_text(value)})
        return int(match.group(1))


class AdultWidget(widgets.Widget):
    """Đã thành niên: only a clear yes counts; a person stays a minor unless shown otherwise."""

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        text = folded(value)
        if text in YES:
            return True
        if text in NO:
            return False
        raise ValueError(_("Cột Đã thành niên “%(value)s”: hãy ghi “x” hoặc để trống.") % {"value": as_text(value)})


class ChapterWidget(widgets.Widget):
    """The chapter named in the cell, among the roll's Site's chapters; its id."""

    def __init__(self, lookup):
        super().__init__()
        self.lookup = lookup

    def clean(self, value, row=None, **kwargs):
        return self.lookup.find(as_text(value))
