"""The rows of an import: what is saved, every reason a row is refused, duplicates, all or nothing."""

import pytest
from django.db import DatabaseError

from honours.importing import run as import_run
from honours.importing.headers import guess_mapping
from honours.importing.run import RollImport
from honours.models import HonourRecord, RecipientKind
from tests import factories

from .import_world import HEADERS, build_side, pupil, table

pytestmark = pytest.mark.django_db


@pytest.fixture
def side(db):
    return build_side("Thử")


@pytest.fixture
def other_side(db):
    return build_side("Bên kia")


def importer(roll, rows, headers=HEADERS, **options):
    data = table(rows, headers)
    return RollImport(roll, data, guess_mapping(headers), **options)


def reasons(report) -> dict[int, str]:
    return dict(report.rejected)


def test_a_dry_run_saves_nothing_and_shows_the_rows_as_they_will_be_saved(side):
    report = importer(side.roll, [pupil(), pupil(name="Quàng Thị Bình", chapter="Chiềng Pấc")]).check()
    assert not HonourRecord.objects.filter(roll=side.roll).exists()
    assert (report.total, report.valid, report.rejected, report.duplicates) == (2, 2, [], [])
    first = report.preview[0]
    assert first["row"] == 2 and first["recipient_name"] == "Lò Văn An"
    assert first["public_name"] == "Lò V. A." and first["is_minor"]
    assert first["school_class"] == "Lớp 9A, THCS Chiềng Pấc"
    assert (first["amount"], first["year"], first["birth_year"]) == (1_000_000, 2024, 2010)
    assert first["chapter"] == "Hội Khuyến học huyện Thuận Châu"
    assert report.preview[1]["chapter"] == "Hội Khuyến học xã Chiềng Pấc"


def test_the_import_saves_the_valid_rows(side):
    rows = [pupil(), pupil(name="", year=2024), pupil(name="Quàng Thị Bình", amount="2 triệu", chapter="")]
    report = importer(side.roll, rows).run()
    assert (report.saved, len(report.rejected)) == (2, 1)
    saved = HonourRecord.objects.get(roll=side.roll, recipient_name="Quàng Thị Bình")
    assert (saved.amount, saved.chapter, saved.quantity, saved.recipient_kind) == (2_000_000, None, 1, "ca-nhan")
    assert saved.award == "Học bổng" and saved.programme == "Học bổng Tô Hiệu"
    assert saved.is_minor, "a pupil of lớp 9 born in 2010"


REFUSALS = [
    ({"Họ và tên": ""}, "Thiếu họ và tên."),
    ({"Họ và tên": "   "}, "Thiếu họ và tên."),
    ({"Năm": ""}, "Thiếu năm vinh danh."),
    ({"Năm": 20244}, "Năm 20244 không hợp lệ: phải từ 1900 đến"),
    ({"Năm": 1024}, "Năm 1024 không hợp lệ"),
    ({"Năm": 2999}, "Năm 2999 không hợp lệ"),
    ({"Năm": "hai nghìn"}, "Năm “hai nghìn” không đọc được."),
    ({"Năm": 2020, "Năm sinh": 2022}, "Năm sinh 2022 sau năm vinh danh 2020."),
    ({"Năm sinh": "mười"}, "Năm sinh “mười” không đọc được."),
    ({"Năm sinh": 1066}, "Năm sinh 1066 không hợp lệ."),
    ({"Số tiền": "một triệu"}, "Số tiền “một triệu” không đọc được."),
    ({"Số tiền": "1,5"}, "Số tiền “1,5” có phần lẻ dưới một đồng."),
    ({"Số tiền": "-200.000"}, "Số tiền “-200.000” không được âm."),
    ({"Số tiền": "900.000 tỷ"}, "Số tiền “900.000 tỷ” lớn bất thường."),
    ({"Chi hội": "Mường La"}, "Không có chi hội “Mường La” trong trang của hội này."),
    ({"Chi hội": "Phường 1"}, "Chi hội “Phường 1” trùng tên với nhiều chi hội: hãy ghi tên đầy đủ."),
    ({"Hình thức": ""}, "Thiếu hình thức vinh danh."),
    ({"Họ và tên": "Lò " * 100}, "Họ và tên dài quá 255 ký tự."),
]


def test_every_reason_a_row_is_refused_in_vietnamese_with_its_row_number(side):
    rows = [pupil()] + [pupil(name=f"Cầm Văn {i}", **changes) for i, (changes, _reason) in enumerate(REFUSALS)]
    report = importer(side.roll, rows).check()
    assert report.valid == 1
    assert list(reasons(report)) == list(range(3, 3 + len(REFUSALS))), "numbered as the spreadsheet: header is 1"
    for number, (changes, reason) in enumerate(REFUSALS, start=3):
        assert reason in reasons(report)[number], changes


def test_a_row_with_several_faults_gives_them_all_in_column_order(side):
    report = importer(side.roll, [pupil(name="", amount="nhiều", chapter="Mường La")]).check()
    assert reasons(report)[2] == (
        "Thiếu họ và tên. Số tiền “nhiều” không đọc được. Không có chi hội “Mường La” trong trang của hội này."
    )


def test_a_chapter_of_another_site_is_unknown(side, other_side):
    factories.ChapterPageFactory(site=other_side.site, title="Hội Khuyến học xã Tô Hiệu", short_name="Tô Hiệu")
    report = importer(side.roll, [pupil(chapter="Hội Khuyến học xã Tô Hiệu")]).check()
    assert "Không có chi hội" in reasons(report)[2]


@pytest.mark.parametrize(
    "written",
    [
        "Hội Khuyến học huyện Thuận Châu",
        "hoi khuyen hoc huyen thuan chau",
        "Thuận Châu",
        "THUAN CHAU",
        "huyện Thuận Châu",
    ],
)
def test_chapters_are_matched_by_folded_title_or_name(side, written):
    report = importer(side.roll, [pupil(chapter=written)]).check()
    assert report.preview[0]["chapter"] == "Hội Khuyến học huyện Thuận Châu"


def test_the_other_fields_are_read_as_boards_write_them(side):
    headers = ["Họ tên", "Loại", "Lớp, trường", "Hình thức", "Năm", "Giá trị", "Số suất", "Đã thành niên", "Ghi chú"]
    rows = [
        ["Dòng họ Lò bản Hụn", "Dòng họ", "", "Bằng khen", "2024", "", "", "", "Dòng họ học tập"],
        ["Tòng Văn Hùng", "ca nhan", "Trường THPT Chiềng Sinh", "Học bổng", 2024.0, 3000000.0, "2 suất", "x", ""],
        ["Lớp 12A1", "Tập thể", "", "Giấy khen", "năm 2024", "500k", 1, "", ""],
        ["Hà Thị Lan", "", "", "Học bổng", 2024, "", "", "có lẽ", ""],
        ["Vì Văn Sơn", "Hộ nghèo", "", "Học bổng", 2024, "", "0", "", ""],
    ]
    report = importer(side.roll, rows, headers).run()
    assert report.saved == 3
    assert "Đã thành niên “có lẽ”" in reasons(report)[5]
    assert "Loại “Hộ nghèo” không rõ" in reasons(report)[6] and "Số suất “0” không hợp lệ" in reasons(report)[6]
    clan, adult, group = (
        HonourRecord.objects.get(roll=side.roll, recipient_name=name)
        for name in ("Dòng họ Lò bản Hụn", "Tòng Văn Hùng", "Lớp 12A1")
    )
    assert clan.recipient_kind == RecipientKind.CLAN and clan.note == "Dòng họ học tập" and clan.amount is None
    assert (adult.quantity, adult.amount, adult.is_adult, adult.is_minor) == (2, 3_000_000, True, False)
    assert (group.recipient_kind, group.amount, group.year) == (RecipientKind.GROUP, 500_000, 2024)


def test_defaults_fill_what_the_file_leaves_out_and_halves_of_names_are_joined(side):
    headers = ["Họ và tên đệm", "Tên", "Lớp"]
    rows = [["Lường Thị", "Mai", 9], ["Điêu Chính", "Tuấn", "Lớp 11B"]]
    mapping = guess_mapping(headers)
    defaults = {"year": 2023, "award": "Học bổng", "programme": "Tiếp sức mùa thi"}
    report = RollImport(side.roll, table(rows, headers), mapping, defaults).run()
    assert report.saved == 2
    mai = HonourRecord.objects.get(roll=side.roll, recipient_name="Lường Thị Mai")
    assert (mai.year, mai.award, mai.programme, mai.school_class) == (2023, "Học bổng", "Tiếp sức mùa thi", "Lớp 9")
    assert HonourRecord.objects.get(roll=side.roll, recipient_name="Điêu Chính Tuấn").school_class == "Lớp 11B"


def test_a_birth_date_keeps_only_its_year(side):
    report = importer(side.roll, [pupil(**{"Năm sinh": "12/05/2009"})]).run()
    assert report.saved == 1
    assert HonourRecord.objects.get(roll=side.roll).birth_year == 2009


def test_duplicates_of_existing_records_and_inside_the_file_are_flagged_and_skipped(side):
    factories.HonourRecordFactory(
        roll=side.roll, recipient_name="Lò Văn An", year=2024, award="Học bổng", school_class="Lớp 9A, THCS Chiềng Pấc"
    )
    rows = [
        pupil(),  # row 2: the existing record again, written with other case and without diacritics
        pupil(name="Quàng Thị Bình"),  # row 3
        pupil(name="QUANG THI BINH"),  # row 4: row 3 again
        pupil(name="Quàng Thị Bình", year=2023),  # row 5: another year, not a duplicate
    ]
    rows[0][1] = "lo van an"
    report = importer(side.roll, rows).check()
    assert report.duplicates == [[2, None], [4, 3]]
    assert report.valid == 2
    reasons_shown = dict(report.duplicate_reasons())
    assert "đã có trong bảng vinh danh" in reasons_shown[2] and "dòng 3 của tệp" in reasons_shown[4]
    saved = importer(side.roll, rows).run()
    assert saved.saved == 2 and side.roll.records.count() == 3


def test_duplicates_are_imported_when_the_board_says_so(side):
    rows = [pupil(), pupil()]
    report = importer(side.roll, rows, skip_duplicates=False).run()
    assert report.duplicates == [[3, 2]] and report.saved == 2


def test_a_failed_import_leaves_nothing_half_done(side, monkeypatch):
    """The first batch is written, the second fails: the first goes too, and no outcome is recorded."""
    original = HonourRecord.objects.bulk_create

    def writes_a_batch_then_fails(objects, batch_size=None, **kwargs):
        original(objects[:2])
        assert side.roll.records.count() == 2
        raise DatabaseError("disk full")

    monkeypatch.setattr(HonourRecord.objects, "bulk_create", writes_a_batch_then_fails)
    outcomes = []
    with pytest.raises(DatabaseError):
        importer(side.roll, [pupil(name=f"Lò Văn {i}") for i in "ABCDE"]).run(on_saved=outcomes.append)
    assert not side.roll.records.exists()
    assert outcomes == []


def test_many_rows_go_through_in_chunks_with_progress(side, monkeypatch):
    monkeypatch.setattr(import_run, "CHUNK_ROWS", 3)
    progress = []
    rows = [pupil(name=f"Lò Văn {i}") for i in range(8)] + [pupil(name="Lò Văn 1")]
    report = importer(side.roll, rows).run(progress=lambda done, total: progress.append((done, total)))
    assert progress == [(3, 9), (6, 9), (9, 9)]
    assert report.saved == 8 and report.duplicates == [[10, 3]]
