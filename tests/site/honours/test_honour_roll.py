"""Honour rolls: who counts as a minor, and a minor shown by initials only."""

import pytest

from honours.models import HonourRecord, RecipientKind
from tests.factories import HonourRecordFactory, HonourRollPageFactory


def test_minor_names_are_reduced_to_initials():
    record = HonourRecord(recipient_name="Lò Thị Mai Anh", recipient_kind=RecipientKind.PERSON, year=2023)
    assert record.public_name == "Lò T. M. A.", "a person is a minor unless shown otherwise"
    record.is_adult = True
    assert record.public_name == "Lò Thị Mai Anh"
    record.school_class = "Lớp 11A, Trường THPT Chiềng Sinh"
    assert record.public_name == "Lò T. M. A.", "a pupil's class outweighs the mark"
    record.birth_year = 2004
    assert record.public_name == "Lò Thị Mai Anh", "19 in 2023"
    record.birth_year = 2007
    assert record.public_name == "Lò T. M. A.", "16 in 2023"


@pytest.mark.parametrize(
    "school_class, minor",
    [
        ("Lớp 1A", True),
        ("lớp 12A1, THPT Tô Hiệu", True),
        ("Lớp 9", True),
        ("Lớp 13", False),  # no such school class: the adult mark decides
        ("Lớp học tình thương", False),
        ("Sinh viên năm 2, Đại học Tây Bắc", False),
    ],
)
def test_a_school_class_from_1_to_12_means_a_pupil(school_class, minor):
    record = HonourRecord(recipient_name="Cầm Văn Ơn", year=2024, school_class=school_class, is_adult=True)
    assert record.is_minor is minor


def test_groups_keep_their_names():
    record = HonourRecord(recipient_name="Dòng họ Lò bản Hụn", recipient_kind=RecipientKind.CLAN, year=2023)
    assert not record.is_minor and record.public_name == "Dòng họ Lò bản Hụn"


def test_a_minors_class_and_school_are_not_public():
    pupil = HonourRecord(recipient_name="Quàng Văn Bình", year=2023, school_class="Lớp 11A, THPT Chiềng Sinh")
    assert pupil.public_school_class == ""
    student = HonourRecord(recipient_name="Quàng Văn Bình", year=2023, school_class="Đại học Tây Bắc", is_adult=True)
    assert student.public_school_class == "Đại học Tây Bắc"


@pytest.mark.django_db
def test_the_name_filter_key_follows_every_change():
    record = HonourRecordFactory(recipient_name="Quàng Văn Bình")
    assert record.public_name_key == "quang v b"
    record.is_adult = True
    record.save(update_fields=["is_adult"])
    assert HonourRecord.objects.get(pk=record.pk).public_name_key == "quang van binh"
    record.birth_year = 2015
    HonourRecord.objects.bulk_update([record], ["birth_year"])
    assert HonourRecord.objects.get(pk=record.pk).public_name_key == "quang v b"
    roll = record.roll
    HonourRecord.objects.bulk_create(
        [HonourRecord(roll=roll, recipient_name="Tòng Thị Phóng", award="Học bổng", year=2024)]
    )
    assert HonourRecord.objects.filter(roll=roll, public_name_key="tong t p").exists()


@pytest.mark.django_db
def test_minor_full_name_never_reaches_the_page(get_page):
    roll = HonourRollPageFactory()
    HonourRecordFactory(
        roll=roll,
        recipient_name="Quàng Văn Bình",
        school_class="Lớp 11A, Trường THPT Chiềng Sinh",
        birth_year=2007,
        programme="Tiếp sức mùa thi 2023",
        year=2023,
    )
    html = get_page(roll, "?q=Quàng").text
    assert "Quàng V. B." in html
    for secret in ("Quàng Văn Bình", "Văn Bình", "Lớp 11A", "Chiềng Sinh", "2007"):
        assert secret not in html
