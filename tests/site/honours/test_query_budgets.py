"""A roll of hundreds of records costs a handful of queries once its listing is warm; its counts and
records are never stale (a record saved, imported in bulk or deleted shows on the next reading); minors
stay protected and a private roll never reaches a reader through the cache."""

import pytest
from wagtail.models import PageViewRestriction

from honours.models import HonourRecord, RecipientKind
from tests.factories import ChapterPageFactory, HonourRecordFactory, HonourRollPageFactory, SuperuserFactory, http_host

pytestmark = pytest.mark.django_db

LISTING_BUDGET = 12
COLD_BUDGET = 30  # the first reader after a change: counts by GROUP BY, chapters joined, no query per record
MINOR = "Quàng Văn Bình"


@pytest.fixture
def roll():
    """300 records over three years, two programmes and three chapters; one in ten a minor."""
    roll = HonourRollPageFactory()
    chapters = [ChapterPageFactory(site=roll.get_site(), title=f"Hội Khuyến học xã Thử {n}") for n in range(3)]
    HonourRecord.objects.bulk_create(
        HonourRecord(
            roll=roll,
            recipient_name=MINOR if n == 7 else f"Lường Văn Thử {n}",
            is_adult=n % 10 != 7,
            award="Học bổng",
            programme=("Quỹ Tô Hiệu", "Tiếp sức mùa thi")[n % 2],
            year=2022 + n % 3,
            amount=500_000,
            chapter=chapters[n % 3],
        )
        for n in range(300)
    )
    HonourRecordFactory(roll=roll, recipient_name="Tô Hiệu", is_adult=True, year=2023)
    return roll


def get(client, roll, query="") -> str:
    response = client.get(roll.url + query, HTTP_HOST=http_host(roll.get_site()))
    assert response.status_code == 200
    return response.content.decode()


@pytest.mark.parametrize("query", ["", "?year=2023&programme=Quỹ+Tô+Hiệu", "?q=to+hieu", "?page=3"])
def test_the_roll_within_its_budget(client, roll, query, django_assert_max_num_queries):
    with django_assert_max_num_queries(COLD_BUDGET):
        cold = get(client, roll, query)
    with django_assert_max_num_queries(LISTING_BUDGET):
        warm = get(client, roll, query)
    assert warm == cold


def test_minors_stay_protected_in_the_cached_listing(client, roll):
    for _ in range(2):
        html = get(client, roll, "?year=2023&q=quang")
        assert "Quàng V. B." in html and MINOR not in html
    assert "Quàng V. B." not in get(client, roll, "?q=quang+van+binh"), "not found by the full name"


def test_counts_follow_a_saved_and_a_deleted_record(client, roll):
    assert "301 bản ghi" in get(client, roll)
    record = HonourRecordFactory(roll=roll, recipient_name="Người mới thêm", is_adult=True, year=2024)
    html = get(client, roll)
    assert "302 bản ghi" in html and "Người mới thêm" in html
    record.delete()
    assert "301 bản ghi" in get(client, roll)


def test_counts_follow_an_import(client, roll):
    """An import writes in bulk (no save signals): the listing and its counts are renewed all the same."""
    assert "Đơn vị (" not in get(client, roll)
    HonourRecord.objects.bulk_create(
        HonourRecord(
            roll=roll, recipient_name=f"Trường thử {n}", recipient_kind=RecipientKind.UNIT, award="Cờ", year=2024
        )
        for n in range(4)
    )
    html = get(client, roll)
    assert "305 bản ghi" in html and "Đơn vị (4)" in html


def test_a_private_roll_never_reaches_a_reader_through_the_cache(client, roll):
    PageViewRestriction.objects.create(page=roll, restriction_type=PageViewRestriction.LOGIN)
    client.force_login(SuperuserFactory())
    assert "Lường Văn Thử 1" in get(client, roll)  # the listing is now in the cache
    client.logout()
    response = client.get(roll.url, HTTP_HOST=http_host(roll.get_site()))
    assert response.status_code == 302 and "Lường Văn Thử" not in response.content.decode()
