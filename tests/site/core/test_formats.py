from datetime import date
from decimal import Decimal

import pytest

from core.formatting import dong, ngay, ngay_van_ban, so, ty_le


@pytest.mark.parametrize(
    "value, expected",
    [
        (date(2025, 2, 5), "ngày 05 tháng 02 năm 2025"),
        (date(2023, 8, 21), "ngày 21 tháng 8 năm 2023"),
        (date(2024, 1, 1), "ngày 01 tháng 01 năm 2024"),
        (date(2024, 12, 9), "ngày 09 tháng 12 năm 2024"),
    ],
)
def test_administrative_dates_follow_decree_30(value, expected):
    assert ngay_van_ban(value) == expected


def test_numbers_and_money_use_dots_for_thousands():
    assert so(351214) == "351.214"
    assert dong(31862960857) == "31.862.960.857 đồng"
    assert so(None) == ""


def test_short_dates_and_rates():
    assert ngay(date(2023, 8, 1)) == "01/08/2023"
    assert ty_le(Decimal("73.3")) == "73,3%"
    assert ty_le(None) == "–"


@pytest.mark.parametrize("language", ["vi", "blt", "hmn"])
def test_django_date_and_number_formats_are_vietnamese(language):
    """Django's own vi formats write "Ngày 5 tháng 2" and "05-02-2025"; ours, and the
    Thái and Mông pages', write dates and numbers as Vietnamese readers do."""
    from django.utils import formats, translation

    with translation.override(language):
        assert formats.date_format(date(2025, 2, 5)) == "ngày 05 tháng 02 năm 2025"
        assert formats.date_format(date(2025, 2, 5), "SHORT_DATE_FORMAT") == "05/02/2025"
        assert formats.number_format(1234567, force_grouping=True) == "1.234.567"
        assert formats.number_format(Decimal("73.3"), decimal_pos=1) == "73,3"
