"""A board exports a roll, full records, to XLSX and CSV, under the headers the import reads."""

import csv
import io

import pytest
from django.urls import reverse
from python_calamine import CalamineWorkbook

from honours.importing.headers import guess_mapping
from honours.importing.readers import read_table
from honours.importing.run import RollImport
from tests import factories

from .import_world import build_side

pytestmark = pytest.mark.django_db

HEADERS = [
    "Họ và tên",
    "Loại",
    "Năm sinh",
    "Lớp, trường",
    "Hình thức",
    "Chương trình",
    "Năm",
    "Số tiền",
    "Số suất",
    "Chi hội",
    "Đã thành niên",
    "Ghi chú",
]


@pytest.fixture
def side(db):
    built = build_side("Thử")
    factories.HonourRecordFactory(
        roll=built.roll,
        recipient_name="Lò Thị Mai Anh",
        school_class="Lớp 8B, THCS Chiềng Pấc",
        birth_year=2011,
        amount=1_000_000,
        chapter=built.chapters["commune"],
    )
    factories.HonourRecordFactory(
        roll=built.roll, recipient_name="Tòng Văn Hùng", is_adult=True, programme="Tiếp sức mùa thi", quantity=2
    )
    return built


def test_the_board_exports_full_records_to_xlsx(client, side):
    client.force_login(side.board)
    response = client.get(reverse("honours_export", args=[side.roll.pk, "xlsx"]))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert f'filename="{side.roll.slug}.xlsx"' in response["Content-Disposition"]
    rows = CalamineWorkbook.from_filelike(io.BytesIO(response.content)).get_sheet_by_index(0).to_python()
    assert rows[0] == HEADERS
    by_name = {row[0]: row for row in rows[1:]}
    minor = by_name["Lò Thị Mai Anh"]
    assert minor[1:4] == ["Cá nhân", 2011, "Lớp 8B, THCS Chiềng Pấc"], "boards get the full record of a minor"
    assert (minor[7], minor[9], minor[10]) == (1_000_000, "Hội Khuyến học xã Chiềng Pấc", "")
    assert (by_name["Tòng Văn Hùng"][8], by_name["Tòng Văn Hùng"][10]) == (2, "x")


def test_the_board_exports_csv_that_excel_reads(client, side):
    client.force_login(side.board)
    response = client.get(reverse("honours_export", args=[side.roll.pk, "csv"]))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == HEADERS
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["Lò Thị Mai Anh"][1:4] == ["Cá nhân", "2011", "Lớp 8B, THCS Chiềng Pấc"]


def test_an_exported_roll_imported_again_is_all_duplicates(client, side):
    client.force_login(side.board)
    for file_type in ("xlsx", "csv"):
        content = client.get(reverse("honours_export", args=[side.roll.pk, file_type])).content
        table = read_table(f"xuat.{file_type}", content)
        mapping = guess_mapping(table.headers)
        assert len(mapping) == len(HEADERS), "every exported column is recognised"
        report = RollImport(side.roll, table, mapping).check()
        assert (report.valid, report.rejected, len(report.duplicates)) == (0, [], 2), file_type
