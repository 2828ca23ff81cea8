"""The campaign page's figures come from its ledger; the public never reads an anonymous donor's
name or a minor's full name, on the page or in the downloadable ledger."""

import csv
import io
from datetime import date

import pytest
from django.core.exceptions import ValidationError

from campaigns.models import BeneficiaryKind, CampaignPage, Disbursement, Donation, Status
from tests.factories import CampaignPageFactory, http_host, translate

pytestmark = pytest.mark.django_db


@pytest.fixture
def ledger(campaign, chapter):
    Donation.objects.create(campaign=campaign, date=date(2024, 3, 1), amount=20_000_000, donor="Công ty Thử Nghiệm")
    Donation.objects.create(
        campaign=campaign, date=date(2024, 3, 2), amount=5_000_000, donor="Nguyễn Văn Kín", is_anonymous=True
    )
    Donation.objects.create(campaign=campaign, date=date(2024, 3, 3), amount=1_000_000, donor="", chapter=chapter)
    Donation.objects.create(
        campaign=campaign, date=date(2024, 3, 4), amount=30_000_000, donor="Ngân hàng Hứa", status=Status.PROMISED
    )
    Disbursement.objects.create(
        campaign=campaign, date=date(2024, 4, 1), amount=3_000_000, beneficiary="Lò Thị Mai Anh", note="=HYPERLINK(1)"
    )
    Disbursement.objects.create(
        campaign=campaign,
        date=date(2024, 4, 2),
        amount=2_000_000,
        beneficiary="Quàng Văn Lớn",
        is_adult=True,
        method="tien-mat",
    )
    Disbursement.objects.create(
        campaign=campaign,
        date=date(2024, 4, 3),
        amount=1_000_000,
        beneficiary="Trường THCS Mường Giôn",
        beneficiary_kind=BeneficiaryKind.GROUP,
    )
    return campaign


def get(client, page, suffix=""):
    return client.get(page.url + suffix, HTTP_HOST=http_host(page.get_site()))


def test_totals_are_summed_from_the_ledger(ledger):
    totals = CampaignPage.objects.get(pk=ledger.pk).totals
    assert (totals.raised, totals.promised, totals.disbursed, totals.balance) == (
        26_000_000,
        30_000_000,
        6_000_000,
        20_000_000,
    ), "anonymous donations count; a promise is apart"
    assert totals.progress_percent == 26 and totals.spent_percent == 23


def test_progress_is_capped_and_needs_a_goal(campaign):
    Donation.objects.create(campaign=campaign, date=date(2024, 1, 1), amount=250_000_000)
    assert CampaignPage.objects.get(pk=campaign.pk).progress_percent == 100
    CampaignPage.objects.filter(pk=campaign.pk).update(goal_amount=None)
    assert CampaignPage.objects.get(pk=campaign.pk).progress_percent is None


def test_the_page_shows_figures_latest_records_and_how_to_give(client, ledger, chapter):
    html = get(client, ledger).content.decode()
    for figure in ("26.000.000 đồng", "6.000.000 đồng", "20.000.000 đồng", "30.000.000 đồng"):
        assert figure in html
    assert '<progress max="100" value="26"' in html
    assert html.count("Nhà hảo tâm ẩn danh") == 2, "the anonymous donation and the one without a name"
    assert "Nguyễn Văn Kín" not in html
    assert "Lò T. M. A." in html and "Lò Thị Mai Anh" not in html, "a person is a minor unless marked adult"
    assert "Quàng Văn Lớn" in html and "Trường THCS Mường Giôn" in html
    assert "Công ty Thử Nghiệm" in html and chapter.display_name in html
    # Cách ủng hộ: the account, the code in the memo, the VietQR and the office
    assert "0000000001" in html and "TAI KHOAN THU" in html and "HOCBONG UNG HO" in html
    assert '<svg role="img"' in html and "Số 1 đường Thử, tỉnh Thử" in html
    assert "so-quy/" in html


def test_a_finished_campaign_asks_for_nothing(client, campaign):
    campaign.status = "finished"
    campaign.save_revision().publish()
    html = get(client, campaign).content.decode()
    assert "Cách ủng hộ" not in html and "<svg" not in html


def read_csv(response) -> list[list[str]]:
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_the_downloadable_ledger_has_the_same_protections(client, ledger):
    rows = read_csv(get(client, ledger, "so-quy/"))
    text = "\n".join(",".join(row) for row in rows)
    assert rows[0][0] == "Ngày" and len(rows) == 1 + 7 + 1 + 3
    assert "Nguyễn Văn Kín" not in text and "Lò Thị Mai Anh" not in text
    assert "Nhà hảo tâm ẩn danh" in text and "Lò T. M. A." in text
    assert "'=HYPERLINK(1)" in text, "a formula is quoted, never run by the spreadsheet"
    assert rows[-3][1:7] == ["Tổng đã nhận", "", "", "", "", "26000000"]
    assert rows[-1][6] == "20000000"


def test_a_translation_shows_the_same_ledger(client, ledger):
    english = translate(ledger, "en", title="Scholarship fund")
    assert english.totals == CampaignPage.objects.get(pk=ledger.pk).totals
    assert "26.000.000" in get(client, english).content.decode()


def test_each_campaign_on_the_home_page_shows_its_own_figures(client, site, campaign):
    second = CampaignPageFactory(site=site, title="Chiến dịch thứ hai", reference_code="HAI2024", goal_amount=None)
    Donation.objects.create(campaign=campaign, date=date(2024, 3, 1), amount=40_000_000)
    Donation.objects.create(campaign=second, date=date(2024, 3, 1), amount=7_000_000)
    Disbursement.objects.create(
        campaign=second, date=date(2024, 3, 2), amount=7_000_000, beneficiary="x", beneficiary_kind="tap-the"
    )
    html = client.get("/", HTTP_HOST=http_host(site)).content.decode()
    box = html[html.index('id="chien-dich"') :]
    assert "Số liệu riêng của từng chiến dịch" in box
    assert "Đã nhận 40.000.000 đồng / mục tiêu 100.000.000 đồng (40%)" in box
    assert "Đã nhận 7.000.000 đồng, đã chi 7.000.000 đồng (100% số đã nhận)" in box


def test_reference_codes_are_filled_and_kept_apart(site, campaign):
    blank = CampaignPageFactory(site=site, title="Tiếp sức mùa thi 2024", slug="tiep-suc-mua-thi-2024")
    assert blank.reference_code == "TSMT2024"
    copy = CampaignPageFactory(site=site, title="Bản sao", slug="ban-sao", reference_code=campaign.reference_code)
    assert copy.reference_code == "HOCBONG2", "a copy never claims another campaign's transfers"
    with pytest.raises(ValidationError):
        CampaignPageFactory(site=site, title="Sai mã", reference_code="UNG")


def test_an_account_needs_all_its_parts(campaign):
    campaign.account_name = ""
    with pytest.raises(ValidationError) as error:
        campaign.full_clean()
    assert "cần đủ ngân hàng, số tài khoản và tên tài khoản" in str(error.value)


def test_end_before_start_is_refused_in_vietnamese(campaign):
    campaign.end_date = date(2020, 1, 1)
    with pytest.raises(ValidationError) as error:
        campaign.clean()
    assert "Ngày kết thúc phải sau ngày bắt đầu" in str(error.value)
