"""The board keeps its own Sites' ledgers: its forms offer and accept only its campaigns and
chapters, its listings and edit views see only its records, and a bank statement imported twice
adds its rows once."""

import importlib
import io
from datetime import date

import openpyxl
import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from campaigns.models import Disbursement, Donation
from core.roles import board_of
from core.site_scope import OTHER_SITE
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

IMPORT_URL = reverse("campaigns_statement_import")


def url(model, name, *args):
    return reverse(model.snippet_viewset.get_url_name(name), args=args)


def donation_data(campaign, **changes):
    data = {
        "campaign": campaign.pk,
        "date": "2024-03-01",
        "amount": "1000000",
        "status": "received",
        "donor": "Bà Hoàng Thị Thử",
        "method": "chuyen-khoan",
        "reference": "",
        "chapter": "",
        "note": "",
        "statement_memo": "",
    }
    return {**data, **changes}


@pytest.fixture
def logged_in(client, board):
    client.force_login(board)
    return client


def test_the_form_offers_only_the_boards_campaigns(logged_in, campaign, other_campaign):
    choices = logged_in.get(url(Donation, "add")).context["form"].fields["campaign"].queryset
    assert campaign in choices and other_campaign not in choices


def test_another_sites_campaign_or_chapter_is_refused(logged_in, campaign, other_campaign, other_chapter):
    response = logged_in.post(url(Donation, "add"), donation_data(other_campaign))
    assert response.status_code == 200 and str(OTHER_SITE) in response.content.decode()
    response = logged_in.post(url(Donation, "add"), donation_data(campaign, chapter=other_chapter.pk))
    assert response.status_code == 200 and str(OTHER_SITE) in response.content.decode()
    assert not Donation.objects.filter(campaign__in=[campaign, other_campaign]).exists()


def test_a_donation_is_entered_with_a_chapter_of_the_same_site(logged_in, campaign, chapter):
    response = logged_in.post(url(Donation, "add"), donation_data(campaign, chapter=chapter.pk, is_anonymous="on"))
    assert response.status_code == 302
    donation = Donation.objects.get(campaign=campaign)
    assert (donation.campaign, donation.chapter, donation.is_anonymous) == (campaign, chapter, True)


def test_a_reference_is_not_entered_twice_in_a_campaign(logged_in, campaign):
    Donation.objects.create(campaign=campaign, date=date(2024, 3, 1), amount=1, reference="FT1")
    response = logged_in.post(url(Donation, "add"), donation_data(campaign, reference="FT1"))
    assert response.status_code == 200 and "đã có một khoản mang mã giao dịch này" in response.content.decode()


def test_listings_and_edit_views_stay_within_the_boards_sites(logged_in, campaign, other_campaign):
    own = Disbursement.objects.create(campaign=campaign, date=date(2024, 3, 1), amount=1, beneficiary="A")
    other = Disbursement.objects.create(campaign=other_campaign, date=date(2024, 3, 1), amount=1, beneficiary="B")
    listing = logged_in.get(url(Disbursement, "list"))
    listed = {record.pk for record in listing.context["page_obj"].paginator.object_list}
    assert listed == {own.pk}
    assert logged_in.get(url(Disbursement, "edit", own.pk)).status_code == 200
    assert logged_in.get(url(Disbursement, "edit", other.pk)).status_code == 404
    assert logged_in.get(url(Donation, "list")).status_code == 200


# -- bank statements ----------------------------------------------------------

HEADER = "Ngày giao dịch,Số tham chiếu,Ghi nợ,Ghi có,Số dư,Mô tả giao dịch,Tên tài khoản đối ứng"
FIRST = [
    '01/03/2024,FT001,,"1.000.000",,UNG HO HOCBONG,NGUYEN VAN A',
    '02/03/2024,FT002,,"2.500.000",,hocbong ung ho,TRAN THI B',
    '03/03/2024,FT003,"300.000",,,CHI HOCBONG,LO VAN C',
    "03/03/2024,FT004,,abc,,UNG HO HOCBONG,X",
    '04/03/2024,FT005,,"100.000",,UNG HO KHAC,Y',
]


def statement(lines, name="sao-ke.csv"):
    return SimpleUploadedFile(name, ("\n".join([HEADER, *lines]) + "\n").encode("utf-8"), content_type="text/csv")


def upload(client, file, bank="bidv", **fields):
    return client.post(IMPORT_URL, {"bank": bank, "statement": file, **fields})


def test_a_dry_run_shows_what_would_be_added_and_what_is_refused(logged_in, site, campaign, other_campaign):
    response = upload(logged_in, statement(FIRST), site=site.pk)
    assert response.status_code == 200
    plan = response.context["plan"]
    assert [row.reference for row in plan.rows] == ["FT001", "FT002", "FT003"]
    reasons = {rejection.line: rejection.reason for rejection in plan.rejected}
    assert reasons == {
        5: "Số tiền không đọc được.",
        6: "Nội dung chuyển khoản không có mã chiến dịch nào của trang này.",  # KHAC is another Site's
    }
    html = response.content.decode()
    assert "Sẽ thêm 2 khoản ủng hộ, tổng 3.500.000 đồng" in html and "Số tiền không đọc được" in html
    assert not campaign.donations().exists() and not campaign.disbursements().exists(), "a dry run writes nothing"


def test_a_statement_imported_twice_adds_its_rows_once(logged_in, site, campaign):
    upload(logged_in, statement(FIRST), site=site.pk)
    assert logged_in.post(IMPORT_URL, {"confirm": "1"}).status_code == 302
    assert campaign.donations().count() == 2
    donation = campaign.donations().get(reference="FT001")
    assert (donation.amount, donation.donor, donation.is_anonymous) == (1_000_000, "NGUYEN VAN A", True)
    assert campaign.disbursements().get(reference="FT003").public_beneficiary == "LO V. C."
    assert campaign.totals.raised == 3_500_000 and campaign.totals.disbursed == 300_000

    overlapping = FIRST[1:3] + ['05/03/2024,FT006,,"4.000.000",,UNG HO HOCBONG,D']
    plan = upload(logged_in, statement(overlapping), site=site.pk).context["plan"]
    assert [row.reference for row in plan.rows] == ["FT006"] and len(plan.known) == 2
    logged_in.post(IMPORT_URL, {"confirm": "1"})
    assert campaign.donations().count() == 3 and campaign.disbursements().count() == 1
    assert logged_in.post(IMPORT_URL, {"confirm": "1"}).status_code == 302, "a second confirm finds no plan"
    assert campaign.donations().count() == 3


def test_an_xlsx_statement_with_a_title_above_the_header(logged_in, site, campaign):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["SAO KÊ TÀI KHOẢN"])
    sheet.append([])
    sheet.append(["STT", "Ngày GD", "Số CT", "Số tiền ghi nợ", "Số tiền ghi có", "Nội dung chi tiết"])
    sheet.append([1, date(2024, 3, 1), "5078.97607", None, 1234567, "MBVCB.1.HOCBONG"])
    data = io.BytesIO()
    workbook.save(data)
    file = SimpleUploadedFile("sao-ke.xlsx", data.getvalue())
    plan = upload(logged_in, file, bank="vietcombank", site=site.pk, show_names="on").context["plan"]
    assert [(row.date, row.amount, row.reference) for row in plan.rows] == [("2024-03-01", 1_234_567, "5078.97607")]
    logged_in.post(IMPORT_URL, {"confirm": "1"})
    assert campaign.donations().get().is_anonymous is False


@pytest.mark.parametrize(
    "file, message",
    [
        (SimpleUploadedFile("sao-ke.txt", b"x"), "Chỉ nhận tệp .xlsx, .xls hoặc .csv."),
        (SimpleUploadedFile("sao-ke.xlsx", b"not a workbook"), "Không đọc được tệp bảng tính"),
        (SimpleUploadedFile("sao-ke.csv", b"a,b\n1,2\n"), "Không thấy dòng tiêu đề của sao kê BIDV"),
    ],
)
def test_a_bad_file_is_a_vietnamese_400(logged_in, site, file, message):
    response = upload(logged_in, file, site=site.pk)
    assert response.status_code == 400 and message in response.content.decode()


def test_another_sites_fallback_campaign_is_refused(logged_in, site, other_campaign):
    response = upload(logged_in, statement(FIRST), site=site.pk, fallback_campaign=other_campaign.pk)
    assert response.status_code == 400 and str(OTHER_SITE) in response.content.decode()


def test_the_import_is_for_boards_only(client, site):
    client.force_login(UserFactory())
    response = client.get(IMPORT_URL)
    assert response.status_code in (302, 403)


def test_boards_of_an_install_get_the_ledger_with_the_migration(site):
    step = importlib.import_module("campaigns.migrations.0003_boards_keep_the_ledger")
    board = board_of(site)
    board.permissions.remove(*board.permissions.filter(content_type__app_label="campaigns"))
    step.grant_ledger_to_boards(apps, None)
    granted = set(board.permissions.filter(content_type__app_label="campaigns").values_list("codename", flat=True))
    assert granted == set(step.LEDGER_PERMISSIONS)
