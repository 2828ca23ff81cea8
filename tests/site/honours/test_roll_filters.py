"""The roll's filters: a name without diacritics, a minor found only by what the public sees,
a count beside each option, the totals of the filtered set, pagination."""

import re
import unicodedata

import pytest

from honours.models import RECORDS_PER_PAGE, RecipientKind
from tests.factories import ChapterPageFactory, HonourRecordFactory, HonourRollPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def roll():
    """A roll of five records: two adults, a minor, a school and a clan, in two years."""
    roll = HonourRollPageFactory()
    chapter = ChapterPageFactory(site=roll.get_site(), title="Hội Khuyến học xã Chiềng Cơi", short_name="Chiềng Cơi")
    common = {"roll": roll, "award": "Học bổng"}
    HonourRecordFactory(
        **common, recipient_name="Tô Hiệu", is_adult=True, programme="Quỹ Tô Hiệu", year=2023, amount=2_000_000
    )
    HonourRecordFactory(
        **common,
        recipient_name="Lường Thị Hoa",
        is_adult=True,
        programme="Quỹ Tô Hiệu",
        year=2024,
        amount=1_500_000,
        chapter=chapter,
    )
    HonourRecordFactory(
        **common, recipient_name="Quàng Văn Bình", programme="Tiếp sức mùa thi", year=2024, amount=1_000_000
    )
    HonourRecordFactory(
        **common,
        recipient_name="Trường THPT Tô Hiệu",
        recipient_kind=RecipientKind.UNIT,
        programme="Tiếp sức mùa thi",
        year=2024,
        quantity=20,
        amount=20_000_000,
        chapter=chapter,
    )
    HonourRecordFactory(
        roll=roll,
        recipient_name="Dòng họ Lò bản Hụn",
        recipient_kind=RecipientKind.CLAN,
        award="Bằng khen",
        programme="",
        year=2023,
    )
    return roll


def names(response) -> list[str]:
    return [record.public_name for record in response.context["page_obj"]]


@pytest.mark.parametrize(
    "query", ["to hieu", "TÔ HIỆU", "Tô Hiệu", "hieu to", "  tô   hieu ", unicodedata.normalize("NFD", "Tô Hiệu")]
)
def test_the_name_filter_ignores_accents_case_and_word_order(get_page, roll, query):
    assert sorted(names(get_page(roll, f"?q={query}"))) == ["Trường THPT Tô Hiệu", "Tô Hiệu"]


def test_a_minor_is_found_by_the_initials_the_public_sees(get_page, roll):
    assert names(get_page(roll, "?q=Quàng V. B.")) == ["Quàng V. B."]
    assert names(get_page(roll, "?q=quang v b")) == ["Quàng V. B."]
    for full_name in ("Quàng Văn Bình", "quang van binh", "Bình", "Văn"):
        assert names(get_page(roll, f"?q={full_name}")) == [], full_name


def test_each_option_counts_what_choosing_it_gives(get_page, roll):
    form = get_page(roll, "?programme=Tiếp sức mùa thi").context["filter"].form
    assert dict(form.fields["year"].choices) == {"": "Tất cả", 2024: "2024 (2)", 2023: "2023 (0)"}
    kinds = dict(form.fields["recipient_kind"].choices)
    assert kinds[RecipientKind.PERSON] == "Cá nhân (1)" and kinds[RecipientKind.UNIT] == "Đơn vị (1)"
    assert kinds[RecipientKind.CLAN] == "Dòng họ (0)"
    programmes = dict(form.fields["programme"].choices)
    assert programmes == {"": "Tất cả", "Quỹ Tô Hiệu": "Quỹ Tô Hiệu (2)", "Tiếp sức mùa thi": "Tiếp sức mùa thi (2)"}
    assert list(dict(form.fields["chapter"].choices).values()) == ["Tất cả", "Chiềng Cơi (1)"]


def test_totals_are_those_of_the_filtered_records(get_page, roll):
    response = get_page(roll, "?year=2024")
    assert response.context["totals"] == {"records": 3, "people": 22, "amount": 22_500_000}
    status = re.search(r'<p class="listing-totals" role="status">(.*?)</p>', response.text, re.S).group(1)
    assert "3 bản ghi" in status and "22 suất" in status and "22.500.000 đồng" in status


def test_filters_combine(get_page, roll):
    chapter = roll.records.exclude(chapter=None).first().chapter
    response = get_page(roll, f"?year=2024&programme=Quỹ Tô Hiệu&chapter={chapter.pk}&q=hoa")
    assert names(response) == ["Lường Thị Hoa"]


def test_a_large_roll_is_paginated_and_counted_whole(get_page):
    roll = HonourRollPageFactory()
    for _ in range(RECORDS_PER_PAGE + 3):
        HonourRecordFactory(roll=roll, is_adult=True, amount=100_000)
    first, last = get_page(roll), get_page(roll, "?page=2")
    assert len(first.context["page_obj"]) == RECORDS_PER_PAGE and len(last.context["page_obj"]) == 3
    assert first.context["totals"]["amount"] == (RECORDS_PER_PAGE + 3) * 100_000
    assert 'rel="next"' in first.text


@pytest.mark.parametrize(
    "query",
    [
        "?year=abc",
        "?chapter=999999",
        "?chapter=99999999999999999999",
        "?recipient_kind=x",
        "?page=500",
        "?programme=%27%3B--",
        "?q=" + "a" * 500,
        "?q=%00",
    ],
)
def test_bad_filters_are_ignored(roll, get_page, query):
    response = get_page(roll, query)
    assert response.status_code == 200
    assert response.context["totals"]["records"] == 5
