"""Honour rolls: filterable, and minors are shown by initials only."""

import pytest

from honours.models import HonourRecord, HonourRollPage, RecipientKind


@pytest.fixture
def roll(db):
    return HonourRollPage.objects.get(slug="hoc-bong-khen-thuong-2023")


def test_minor_names_are_reduced_to_initials(roll):
    record = HonourRecord(
        roll=roll,
        recipient_name="Lò Thị Mai Anh",
        recipient_kind=RecipientKind.PERSON,
        award="Học bổng",
        year=2023,
        is_minor=True,
    )
    assert record.public_name == "Lò T. M. A."
    record.is_minor = False
    assert record.public_name == "Lò Thị Mai Anh"


def test_minor_full_name_never_reaches_the_page(roll, get_page):
    HonourRecord.objects.create(
        roll=roll,
        recipient_name="Quàng Văn Bình",
        recipient_kind=RecipientKind.PERSON,
        award="Học bổng",
        programme="Tiếp sức mùa thi 2023",
        year=2023,
        is_minor=True,
    )
    html = get_page(roll, "?q=Quàng").text
    assert "Quàng V. B." in html
    assert "Quàng Văn Bình" not in html


def test_filter_by_programme_and_year(roll, get_page):
    programme = roll.records.exclude(programme="").values_list("programme", flat=True).first()
    expected = roll.records.filter(programme=programme, year=2023).count()
    html = get_page(roll, f"?programme={programme}&year=2023").text
    assert f"{expected} bản ghi" in html


@pytest.mark.parametrize(
    "query", ["?year=abc", "?chapter=999999", "?recipient_kind=x", "?page=500", "?programme=%27%3B--"]
)
def test_bad_filters_answer_200(roll, get_page, query):
    assert get_page(roll, query).status_code == 200
