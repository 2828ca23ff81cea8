"""A board member imports a spreadsheet in the admin: upload, mapping, dry run, confirm; a roll
or a job of another Site is out of reach; bad files get a Vietnamese 400."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import DatabaseError
from django.urls import reverse
from wagtail.models import ReferenceIndex

from honours.importing import forms as import_forms
from honours.models import HonourRecord
from honours.models_import import HonourImport, ImportStatus
from sitesearch.models import SearchEntry
from tests import factories

from .import_world import build_side, pupil, xlsx_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def side(db):
    return build_side("Thử")


@pytest.fixture
def other_side(db):
    return build_side("Bên kia")


def upload(client, roll, data: bytes, name="danh-sach.xlsx"):
    return client.post(
        reverse("honours_import_upload"), {"roll": roll.pk, "file": SimpleUploadedFile(name, data)}, follow=False
    )


def mapping_data(job, **corrections) -> dict:
    """The mapping form as guessed, with ``column_N=field`` corrections."""
    data = {f"column_{index}": "" for index in range(len(job.headers))}
    data.update({f"column_{index}": name for name, index in job.mapping.items()})
    data.update(corrections)
    return data


def upload_and_check(client, roll, rows, **corrections) -> HonourImport:
    response = upload(client, roll, xlsx_bytes(rows, title_rows=[["DANH SÁCH NHẬN HỌC BỔNG"]]))
    job = HonourImport.objects.get(roll=roll)
    assert response.status_code == 302 and response["Location"] == reverse("honours_import_mapping", args=[job.pk])
    response = client.post(reverse("honours_import_mapping", args=[job.pk]), mapping_data(job, **corrections))
    assert response.status_code == 302 and response["Location"] == reverse("honours_import_job", args=[job.pk])
    job.refresh_from_db()
    return job


def test_a_board_member_imports_a_workbook_from_upload_to_done(client, side):
    client.force_login(side.board)
    factories.HonourRecordFactory(
        roll=side.roll, recipient_name="Lò Văn An", year=2024, award="Học bổng", school_class="Lớp 9A, THCS Chiềng Pấc"
    )
    rows = [pupil(), pupil(name="Quàng Thị Bình"), pupil(name="", amount="nhiều"), pupil(name="Quàng Thị Bình")]
    job = upload_and_check(client, side.roll, rows)
    assert job.status == ImportStatus.CHECKED, "the dry run ran in the background (at once in the tests)"
    assert job.header_row == 2 and job.rows_total == 4
    page = client.get(reverse("honours_import_job", args=[job.pk])).content.decode()
    assert "Quàng Thị Bình" in page and "Quàng T. B." in page, "the board sees the name and what the public will"
    assert "Thiếu họ và tên." in page and "Số tiền “nhiều” không đọc được." in page
    assert "<td>5</td>" in page, "the rejected row's number in the spreadsheet (title, header, then rows)"
    assert "đã có trong bảng vinh danh" in page and "dòng 4 của tệp" in page
    assert not HonourRecord.objects.filter(recipient_name="Quàng Thị Bình").exists(), "a dry run saves nothing"

    progress = client.get(reverse("honours_import_progress", args=[job.pk])).json()
    assert progress == {
        "status": "da-kiem-tra",
        "label": "Đã kiểm tra, chờ xác nhận",
        "done": 4,
        "total": 4,
        "percent": 100,
        "running": False,
    }
    response = client.post(reverse("honours_import_confirm", args=[job.pk]), {"skip_duplicates": "on"})
    assert response.status_code == 302
    job.refresh_from_db()
    assert job.status == ImportStatus.DONE and job.finished_at is not None
    assert bytes(job.file_data) == b"", "the file goes once the import is done"
    assert list(side.roll.records.values_list("recipient_name", flat=True).order_by("pk")) == [
        "Lò Văn An",
        "Quàng Thị Bình",
    ]
    assert "Đã nhập 1 bản ghi từ 4 dòng." in client.get(reverse("honours_import_job", args=[job.pk])).content.decode()


def test_a_second_confirmation_imports_nothing_more(client, side):
    client.force_login(side.board)
    job = upload_and_check(client, side.roll, [pupil()])
    client.post(reverse("honours_import_confirm", args=[job.pk]), {"skip_duplicates": "on"})
    response = client.post(reverse("honours_import_confirm", args=[job.pk]), {"skip_duplicates": "on"}, follow=True)
    assert "không chờ xác nhận nữa" in response.content.decode()
    assert side.roll.records.count() == 1


def test_the_board_corrects_the_guessed_mapping(client, side):
    client.force_login(side.board)
    headers = ["Họ và tên", "Mức hỗ trợ", "Ghi chú"]
    data = xlsx_bytes([["Hà Văn Tâm", "1.500.000 đ", "Lớp 10"]], headers=headers)
    upload(client, side.roll, data)
    job = HonourImport.objects.get(roll=side.roll)
    assert job.mapping == {"recipient_name": 0, "note": 2}
    mapping_url = reverse("honours_import_mapping", args=[job.pk])
    assert "Mức hỗ trợ" in client.get(mapping_url).content.decode()
    refused = client.post(mapping_url, mapping_data(job, column_1="amount"))
    assert refused.status_code == 400
    assert "Hãy chọn cột “Năm” hoặc ghi giá trị chung cho cả tệp." in refused.content.decode()
    corrected = mapping_data(job, column_1="amount", column_2="school_class")
    response = client.post(mapping_url, {**corrected, "default_year": 2024, "default_award": "Học bổng"})
    assert response.status_code == 302
    client.post(reverse("honours_import_confirm", args=[job.pk]), {"skip_duplicates": "on"})
    record = side.roll.records.get()
    assert (record.amount, record.school_class, record.year, record.award) == (1_500_000, "Lớp 10", 2024, "Học bổng")


@pytest.mark.parametrize(
    ("corrections", "message"),
    [
        ({"column_1": ""}, "Hãy chọn cột chứa họ và tên."),
        ({"column_2": "recipient_name"}, "được chọn cho hai cột"),
    ],
)
def test_an_impossible_mapping_is_a_400(client, side, corrections, message):
    client.force_login(side.board)
    upload(client, side.roll, xlsx_bytes([pupil()]))
    job = HonourImport.objects.get(roll=side.roll)
    response = client.post(reverse("honours_import_mapping", args=[job.pk]), mapping_data(job, **corrections))
    assert response.status_code == 400 and message in response.content.decode()
    assert HonourImport.objects.get(pk=job.pk).status == ImportStatus.MAPPING


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("danh-sach.pdf", b"%PDF-1.4 ...", "Tệp phải là bảng tính .xlsx, .xls, .ods hoặc tệp .csv."),
        ("danh-sach.xlsx", b"PK\x03\x04 this is no workbook", "Không đọc được tệp: tệp hỏng"),
        ("danh-sach.xlsx", b"", "Tệp rỗng: không có dữ liệu nào."),
        ("danh-sach.csv", "Họ và tên,Năm\n".encode(), "chỉ có dòng tiêu đề"),
    ],
)
def test_bad_uploads_get_a_vietnamese_400_and_no_job(client, side, name, data, message):
    client.force_login(side.board)
    response = upload(client, side.roll, data, name=name)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not HonourImport.objects.exists()


def test_a_failed_import_keeps_the_file_saves_nothing_and_can_be_tried_again(client, side, monkeypatch):
    client.force_login(side.board)
    job = upload_and_check(client, side.roll, [pupil(), pupil(name="Quàng Thị Bình")])
    original = HonourRecord.objects.bulk_create

    def fails(objects, **kwargs):
        raise DatabaseError("disk full")

    monkeypatch.setattr(HonourRecord.objects, "bulk_create", fails)
    client.post(reverse("honours_import_confirm", args=[job.pk]), {"skip_duplicates": "on"})
    job.refresh_from_db()
    assert job.status == ImportStatus.FAILED
    assert "chưa có bản ghi nào được lưu" in job.error and bytes(job.file_data)
    assert not side.roll.records.exists()
    assert "chưa có bản ghi nào được lưu" in client.get(reverse("honours_import_job", args=[job.pk])).content.decode()

    monkeypatch.setattr(HonourRecord.objects, "bulk_create", original)
    client.post(reverse("honours_import_mapping", args=[job.pk]), mapping_data(job))
    client.post(reverse("honours_import_confirm", args=[job.pk]), {"skip_duplicates": "on"})
    assert side.roll.records.count() == 2


def test_a_board_reaches_only_its_own_rolls_and_jobs(client, side, other_side):
    client.force_login(other_side.board)
    upload(client, other_side.roll, xlsx_bytes([pupil()]))
    foreign_job = HonourImport.objects.get(roll=other_side.roll)

    client.force_login(side.board)
    form = client.get(reverse("honours_import_upload")).context["form"]
    assert list(form.fields["roll"].queryset) == [side.roll]
    response = upload(client, other_side.roll, xlsx_bytes([pupil()]))
    assert response.status_code == 400 and "thuộc trang của hội khác" in response.content.decode()
    assert not HonourImport.objects.filter(roll=side.roll).exists()
    for name in (
        "honours_import_job",
        "honours_import_mapping",
        "honours_import_progress",
        "honours_import_report_csv",
    ):
        assert client.get(reverse(name, args=[foreign_job.pk])).status_code == 404, name
    for name in ("honours_import_confirm", "honours_import_discard"):
        assert client.post(reverse(name, args=[foreign_job.pk])).status_code == 404, name
    for file_type in ("xlsx", "csv"):
        assert client.get(reverse("honours_export", args=[other_side.roll.pk, file_type])).status_code == 404
    index = client.get(reverse("honours_import_index")).content.decode()
    assert side.roll.title in index and other_side.roll.title not in index
    assert HonourImport.objects.filter(pk=foreign_job.pk).exists()


def test_only_board_members_import(client, side):
    president = factories.PresidentFactory(chapter=factories.ChapterPageFactory(site=side.site))
    client.force_login(president)
    for name in ("honours_import_index", "honours_import_upload"):
        refused = client.get(reverse(name))  # Wagtail's answer to PermissionDenied: back to the dashboard
        assert (refused.status_code, refused["Location"]) == (302, reverse("wagtailadmin_home"))
        assert client.get(reverse(name), HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403
    assert client.get(reverse("honours_export", args=[side.roll.pk, "csv"])).status_code == 404
    client.force_login(side.board)
    admin_home = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("honours_import_index") in admin_home, "the menu offers it to boards"


def test_a_job_that_is_not_running_can_be_discarded(client, side):
    client.force_login(side.board)
    upload(client, side.roll, xlsx_bytes([pupil()]))
    job = HonourImport.objects.get(roll=side.roll)
    response = client.post(reverse("honours_import_discard", args=[job.pk]))
    assert response.status_code == 302 and not HonourImport.objects.exists()


def test_the_report_downloads_every_rejected_and_duplicate_row(client, side):
    client.force_login(side.board)
    job = upload_and_check(client, side.roll, [pupil(), pupil(), pupil(name="")], **{"column_0": ""})
    response = client.get(reverse("honours_import_report_csv", args=[job.pk]))
    text = response.content.decode("utf-8-sig")
    assert response["Content-Type"].startswith("text/csv")
    assert "Dòng,Kết quả,Lý do" in text
    assert "5,Bị loại,Thiếu họ và tên." in text, "row 1 is the title, row 2 the header"
    assert '4,Trùng,"Trùng với dòng 3 của tệp' in text


def test_a_running_job_shows_a_progress_bar_that_polls(client, side):
    client.force_login(side.board)
    upload(client, side.roll, xlsx_bytes([pupil(), pupil(name="Quàng Thị Bình")]))
    job = HonourImport.objects.get(roll=side.roll)
    HonourImport.objects.filter(pk=job.pk).update(status=ImportStatus.IMPORTING, rows_done=1, rows_total=2)
    page = client.get(reverse("honours_import_job", args=[job.pk])).content.decode()
    assert '<progress id="import-progress" max="100" value="50"' in page
    assert reverse("honours_import_progress", args=[job.pk]) in page and "import_progress.js" in page
    assert client.get(reverse("honours_import_progress", args=[job.pk])).json()["running"] is True
    assert client.post(reverse("honours_import_discard", args=[job.pk])).status_code == 302
    assert HonourImport.objects.filter(pk=job.pk).exists(), "a running import is not dropped"


def test_after_the_import_the_search_index_is_updated_once_with_public_names(client, side):
    client.force_login(side.board)
    job = upload_and_check(client, side.roll, [pupil(), pupil(name="Tòng Văn Hùng", **{"Năm sinh": 1990, "Lớp": ""})])
    client.post(reverse("honours_import_confirm", args=[job.pk]), {"skip_duplicates": "on"})
    records = {record.recipient_name: record for record in side.roll.records.all()}
    entries = SearchEntry.objects.filter(source_type=ContentType.objects.get_for_model(HonourRecord))
    titles = {int(entry.source_id): entry.title for entry in entries}
    assert titles[records["Lò Văn An"].pk].startswith("Lò V. A. – Học bổng")
    assert titles[records["Tòng Văn Hùng"].pk].startswith("Tòng Văn Hùng – Học bổng")
    assert not entries.filter(folded__contains="lo van an").exists(), "a minor's full name reaches no entry"
    assert ReferenceIndex.objects.filter(object_id=str(records["Lò Văn An"].pk)).exists()
    listing = client.get(reverse(HonourRecord.snippet_viewset.get_url_name("list_results")), {"q": "Hùng"})
    assert records["Tòng Văn Hùng"] in listing.context["page_obj"].paginator.object_list


def test_a_file_too_large_is_refused_before_it_is_read(client, side, monkeypatch):
    monkeypatch.setattr(import_forms, "MAX_BYTES", 100)
    client.force_login(side.board)
    response = upload(client, side.roll, xlsx_bytes([pupil()]))
    assert response.status_code == 400 and "Tệp quá lớn (tối đa 25 MB)" in response.content.decode()
