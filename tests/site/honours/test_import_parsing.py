"""Reading a spreadsheet's headers and amounts as boards write them."""

import pytest

from honours.importing.amounts import AmountError, parse_amount
from honours.importing.headers import field_for, guess_mapping
from honours.importing.readers import UnreadableFile, read_table

from .import_world import HEADERS, csv_bytes, ods_bytes, pupil, xlsx_bytes


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Họ và tên", "recipient_name"),
        ("HỌ VÀ TÊN", "recipient_name"),
        ("ho va ten", "recipient_name"),
        ("Họ tên", "recipient_name"),
        ("Ho ten", "recipient_name"),
        ("Họ và tên học sinh", "recipient_name"),
        ("Loại", "recipient_kind"),
        ("loai", "recipient_kind"),
        ("Năm sinh", "birth_year"),
        ("NAM SINH", "birth_year"),
        ("Lớp", "class"),
        ("Trường", "school"),
        ("Tên trường", "school"),
        ("Lớp, trường", "school_class"),
        ("lop truong", "school_class"),
        ("Hình thức", "award"),
        ("HINH THUC", "award"),
        ("Chương trình", "programme"),
        ("Năm", "year"),
        ("nam", "year"),
        ("Số tiền", "amount"),
        ("Số tiền (đồng)", "amount"),
        ("so tien (VND)", "amount"),
        ("Giá trị", "amount"),
        ("Số suất", "quantity"),
        ("Chi hội", "chapter"),
        ("CHI HOI", "chapter"),
        ("Đã thành niên", "is_adult"),
        ("da thanh nien", "is_adult"),
        ("Ghi chú", "note"),
        ("GHI CHU", "note"),
        ("STT", None),
        ("Giới tính", None),
        ("", None),
    ],
)
def test_headers_are_recognised_with_or_without_diacritics_in_any_case(header, field):
    assert field_for(header) == field


def test_a_lone_ten_column_is_the_whole_name_and_two_halves_are_joined():
    assert guess_mapping(["STT", "Tên", "Lớp"]) == {"recipient_name": 1, "class": 2}
    halves = guess_mapping(["Họ và tên đệm", "Tên", "Năm"])
    assert halves == {"family_name": 0, "given_name": 1, "year": 2}


def test_the_first_column_naming_a_field_gets_it():
    assert guess_mapping(["Họ và tên", "Họ tên", "Năm"]) == {"recipient_name": 0, "year": 2}


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        (1234567, 1234567),
        (1234567.0, 1234567),
        ("1234567", 1234567),
        ("1.234.567", 1234567),
        ("1.234.567 đ", 1234567),
        ("1,234,567", 1234567),
        ("1.234.567đ", 1234567),
        ("1 234 567 VNĐ", 1234567),
        ("1.234.567 đồng", 1234567),
        ("1.234.567,00", 1234567),
        ("1,234,567.00", 1234567),
        ("2 triệu", 2_000_000),
        ("2 trieu dong", 2_000_000),
        ("1,5 triệu", 1_500_000),
        ("1.5 tr", 1_500_000),
        ("500k", 500_000),
        ("500 nghìn", 500_000),
        ("1 tỷ 200 triệu", 1_200_000_000),
        ("1.500 triệu", 1_500_000_000),
        ("", None),
        (None, None),
    ],
)
def test_amounts_are_read_however_they_are_written(written, amount):
    assert parse_amount(written) == amount


@pytest.mark.parametrize("written", ["abc", "1,5", "12.34", "-100.000", "1.234.56", "2 triệu 500", 1.5, True, "3tr5"])
def test_unreadable_amounts_are_refused_in_vietnamese(written):
    with pytest.raises(AmountError, match="Số tiền"):
        parse_amount(written)


def test_the_header_row_may_sit_under_a_title():
    data = xlsx_bytes([pupil()], title_rows=[["DANH SÁCH HỌC SINH NHẬN HỌC BỔNG NĂM 2024"], []])
    table = read_table("danh-sach.xlsx", data)
    assert table.header_row == 3
    assert table.headers[1] == "Họ và tên"
    assert [number for number, _cells in table.rows] == [4]


def test_an_ods_spreadsheet_is_read():
    table = read_table("danh-sach.ODS", ods_bytes([pupil(name="Nguyễn Thị Hằng")]))
    assert table.headers == HEADERS
    assert table.rows[0][1][1:3] == ["Nguyễn Thị Hằng", 2010]


@pytest.mark.parametrize(
    ("encoding", "delimiter"), [("utf-8-sig", ","), ("utf-8", ";"), ("cp1258", ","), ("utf-8", "\t")]
)
def test_csv_in_the_encodings_and_separators_excel_writes(encoding, delimiter):
    data = csv_bytes([pupil(name="Nguyễn Thị Hằng")], encoding=encoding, delimiter=delimiter)
    table = read_table("danh-sach.csv", data)
    assert table.headers[1] == "Họ và tên"
    assert table.rows[0][1][1] == "Nguyễn Thị Hằng"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("danh-sach.pdf", b"%PDF-1.4", "phải là bảng tính"),
        ("danh-sach", b"x", "phải là bảng tính"),
        ("danh-sach.xlsx", b"", "Tệp rỗng"),
        ("danh-sach.xlsx", b"PK\x03\x04 not really a zip", "tệp hỏng"),
        ("danh-sach.xls", b"\xd0\xcf\x11\xe0 broken", "tệp hỏng"),
        ("danh-sach.csv", b"", "Tệp rỗng"),
        ("danh-sach.csv", "Họ và tên\n".encode(), "chỉ có dòng tiêu đề"),
        ("danh-sach.csv", b"\n\n  \n", "không có dữ liệu"),
    ],
)
def test_bad_files_are_refused_in_vietnamese(name, data, message):
    with pytest.raises(UnreadableFile, match=message):
        read_table(name, data)
