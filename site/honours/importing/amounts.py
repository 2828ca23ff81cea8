"""Amounts in đồng, read however a spreadsheet holds them.

A cell may be a number (1234567, or 1234567.0 from Excel) or text as people type it:
"1.234.567", "1.234.567 đ", "1,234,567", "1 234 567 VNĐ", "2 triệu", "1,5 tr", "500k",
"1 tỷ 200 triệu". The đồng has no fractions, so a separator is a thousands separator unless a
unit follows the number ("1,5 triệu") or it ends a grouped number ("1.234.567,00").
"""

import math
import re
from decimal import Decimal

from django.utils.translation import gettext as _

from .text import folded

UNITS = {"ty": 10**9, "ti": 10**9, "trieu": 10**6, "tr": 10**6, "nghin": 10**3, "ngan": 10**3, "k": 10**3}
CURRENCY = re.compile(r"(?:vnd|dong|d|₫)\.?$")
TERM = re.compile(r"(\d[\d.,]*)\s*(" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")\.?(?:\s+|$)")
SPACES = re.compile(r"[\s\u00a0\u202f]+")
GROUPED = re.compile(r"\d{1,3}(?:([.,\s])\d{3})(?:\1\d{3})*")


class AmountError(ValueError):
    """The cell holds something that is not an amount; the message says why, in Vietnamese."""


def parse_amount(value) -> int | None:
    """The amount in đồng, None for an empty cell; AmountError for anything else."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise AmountError(_("Số tiền “%(value)s” không đọc được.") % {"value": value})
    if isinstance(value, int):
        return _not_negative(value, value)
    if isinstance(value, (float, Decimal)):
        return _whole(value, value)
    return _from_text(str(value))


def _from_text(text: str) -> int:
    written = SPACES.sub(" ", folded(text)).strip()
    if written.startswith("-"):
        raise AmountError(_("Số tiền “%(value)s” không được âm.") % {"value": text})
    written = CURRENCY.sub("", written).strip()
    if not written:
        raise AmountError(_("Số tiền “%(value)s” không đọc được.") % {"value": text})
    if any(char.isalpha() for char in written):
        return _with_units(written, text)
    return _grouped(written, text)


def _grouped(number: str, original: str) -> int:
    """A whole number, its thousands grouped by dots, commas or spaces, maybe with a zero fraction."""
    number, fraction = _split_fraction(number)
    if fraction.strip("0"):
        raise AmountError(_("Số tiền “%(value)s” có phần lẻ dưới một đồng.") % {"value": original})
    if number.isdigit():
        return int(number)
    if GROUPED.fullmatch(number):
        return int(re.sub(r"\D", "", number))
    raise AmountError(_("Số tiền “%(value)s” không đọc được.") % {"value": original})


def _split_fraction(number: str) -> tuple[str, str]:
    """ "1.234.567,00" → ("1.234.567", "00"): a last separator before one or two digits is a decimal
    point when the number before it is ungrouped or grouped with the other separator."""
    match = re.fullmatch(r"(.+?)([.,])(\d{1,2})", number)
    if match and match.group(2) not in match.group(1):
        return match.group(1), match.group(3)
    return number, ""


def _with_units(text: str, original: str) -> int:
    """ "2 triệu", "1,5 tr", "1 tỷ 200 triệu": every number carries a unit, the units descending."""
    total, position, last_unit = Decimal(0), 0, None
    for match in TERM.finditer(text):
        unit = UNITS[match.group(2)]
        if match.start() != position or (last_unit is not None and unit >= last_unit):
            break
        total += _number_before_unit(match.group(1), original) * unit
        position, last_unit = match.end(), unit
    if position != len(text) or last_unit is None:
        raise AmountError(_("Số tiền “%(value)s” không đọc được.") % {"value": original})
    return _whole(total, original)


def _number_before_unit(number: str, original: str) -> Decimal:
    """Before a unit one separator may be a decimal point ("1,5 triệu", "2.25 tr"), unless three
    digits follow it ("1.500 triệu" is fifteen hundred million)."""
    separators = re.findall(r"[.,]", number)
    if not separators:
        return Decimal(number)
    if len(separators) == 1 and not re.search(r"[.,]\d{3}$", number):
        return Decimal(number.replace(",", "."))
    if GROUPED.fullmatch(number):
        return Decimal(re.sub(r"\D", "", number))
    raise AmountError(_("Số tiền “%(value)s” không đọc được.") % {"value": original})


def _whole(value, original) -> int:
    if isinstance(value, float) and not math.isfinite(value):
        raise AmountError(_("Số tiền “%(value)s” không đọc được.") % {"value": original})
    rounded = round(value)
    if abs(Decimal(str(value)) - rounded) >= Decimal("0.01"):
        raise AmountError(_("Số tiền “%(value)s” có phần lẻ dưới một đồng.") % {"value": original})
    return _not_negative(int(rounded), original)


def _not_negative(amount: int, original) -> int:
    if amount < 0:
        raise AmountError(_("Số tiền “%(value)s” không được âm.") % {"value": original})
    return amount
