"""manage.py import_honours FILE --roll …: the same import from the command line, with its report."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from tests import factories

from .import_world import build_side, csv_bytes, pupil, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def side(db):
    return build_side("Thử")


def run(*args) -> str:
    output = StringIO()
    call_command("import_honours", *args, stdout=output)
    return output.getvalue()


def test_a_dry_run_prints_the_report_and_saves_nothing(side, tmp_path):
    path = tmp_path / "danh-sach.xlsx"
    path.write_bytes(xlsx_bytes([pupil(), pupil(name="", amount="abc"), pupil(), pupil(name="Hà Thị Lan", year=3000)]))
    output = run(str(path), "--roll", str(side.roll.pk), "--dry-run")
    assert "cột 2 “Họ và tên” → Họ và tên" in output
    assert "Dòng 3 bị loại: Thiếu họ và tên. Số tiền “abc” không đọc được." in output
    assert "Dòng 5 bị loại: Năm 3000 không hợp lệ" in output
    assert "Dòng 4 trùng: Trùng với dòng 2 của tệp" in output
    assert "4 dòng: 1 hợp lệ, 2 bị loại, 1 trùng" in output
    assert "Kiểm tra thử: chưa lưu gì." in output
    assert not side.roll.records.exists()


def test_the_import_saves_and_says_how_many(side, tmp_path):
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(csv_bytes([pupil(), pupil(name="Quàng Thị Bình")]))
    output = run(str(path), "--roll", side.roll.slug, "--site", side.site.hostname)
    assert "Đã nhập 2 bản ghi." in output
    assert side.roll.records.count() == 2


def test_the_mapping_and_defaults_can_be_given(side, tmp_path):
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(csv_bytes([["Hà Văn Tâm", "1.500.000 đ"]], headers=["Tên người nhận", "Mức hỗ trợ"]))
    with pytest.raises(CommandError, match="Hãy chọn cột “Năm”"):
        run(str(path), "--roll", str(side.roll.pk))
    run(str(path), "--roll", str(side.roll.pk), "--map", "amount=Mức hỗ trợ", "--year", "2024", "--award", "Học bổng")
    record = side.roll.records.get()
    assert (record.recipient_name, record.amount, record.year, record.award) == (
        "Hà Văn Tâm",
        1_500_000,
        2024,
        "Học bổng",
    )


def test_a_slug_two_sites_share_needs_the_site(side, tmp_path):
    factories.HonourRollPageFactory(site=factories.SiteFactory(), title=side.roll.title, slug=side.roll.slug)
    path = tmp_path / "danh-sach.csv"
    path.write_bytes(csv_bytes([pupil()]))
    with pytest.raises(CommandError, match="thêm --site"):
        run(str(path), "--roll", side.roll.slug)
    with pytest.raises(CommandError, match="Không có bảng vinh danh"):
        run(str(path), "--roll", "khong-co")
    with pytest.raises(CommandError, match="Không có trang nào"):
        run(str(path), "--roll", side.roll.slug, "--site", "khong-co.thu.test")


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("danh-sach.xlsx", b"", "Tệp rỗng"),
        ("danh-sach.xlsx", b"PK\x03\x04 broken", "tệp hỏng"),
        ("a.pdf", b"x", ".xlsx"),
    ],
)
def test_a_bad_file_is_a_vietnamese_error(side, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(CommandError, match=message):
        run(str(path), "--roll", str(side.roll.pk))
    with pytest.raises(CommandError, match="Không mở được tệp"):
        run(str(tmp_path / "khong-co.xlsx"), "--roll", str(side.roll.pk))
