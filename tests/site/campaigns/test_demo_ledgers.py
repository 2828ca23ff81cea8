"""The demo's ledgers (demo/data/ledgers.toml) add up to what the seed reports say, and loading
them twice adds nothing."""

import tomllib
from pathlib import Path

import pytest
from wagtail.models import Locale

from campaigns.models import CampaignPage, Donation
from demo import ledgers
from tests.factories import CampaignPageFactory, SiteFactory

SEEDS = next(
    (
        path
        for path in (Path(__file__).resolve().parents[4] / "shared" / "seeds", Path("/work/shared/seeds"))
        if path.exists()
    ),
    None,
)
DATA = tomllib.loads(ledgers.DATA.read_text(encoding="utf-8"))["campaign"]

# slug → (received, promised, paid, promised to pay, the figure as a seed writes it, that seed)
REPORTED = {
    "quy-hoc-bong-to-hieu": (6_100_000_000, 0, 92_000_000, 0, "6 tỷ 100 triệu đồng", "003_c16fb1654bbf54a2.txt"),
    "tiep-suc-mua-thi-2023": (477_200_000, 0, 477_200_000, 0, "477.200.000", "001_10666d4b7772a9dd.txt"),
    "nuoi-em-khuyen-hoc": (24_000_000, 522_000_000, 24_000_000, 522_000_000, "546.000.000", "001_10666d4b7772a9dd.txt"),
    "cung-em-den-truong-2023": (2_600_000_000, 0, 0, 0, "2,6 ty hoc bong", "001_10666d4b7772a9dd.txt"),
}


def sums(records) -> tuple[int, int]:
    received = sum(record["amount"] for record in records if record.get("status", "received") == "received")
    return received, sum(record["amount"] for record in records) - received


needs_seeds = pytest.mark.skipif(SEEDS is None, reason="the seed documents are not beside the project")


@needs_seeds
@pytest.mark.parametrize("item", DATA, ids=[item["slug"] for item in DATA])
def test_each_ledger_adds_up_to_the_reported_figures(item):
    received, promised, paid, promised_out, written, seed = REPORTED[item["slug"]]
    assert sums(item.get("donation", [])) == (received, promised)
    assert sums(item.get("disbursement", [])) == (paid, promised_out)
    assert written in (SEEDS / seed).read_text(encoding="utf-8")


@needs_seeds
def test_the_seeds_figures_are_where_the_data_says():
    report = (SEEDS / "001_10666d4b7772a9dd.txt").read_text(encoding="utf-8")
    assert "92 triéu" in report and "320 hoc sinh 16p 12 vai tdng sé tién 1a 160 triéu" in report
    assert "500.000 dong/ 1 thang/ suat" in report


@pytest.mark.django_db
def test_loading_fills_what_is_missing_and_adds_nothing_the_second_time(tmp_path, monkeypatch):
    site = SiteFactory()
    campaign = CampaignPageFactory(site=site, slug="quy-thu", title="Quỹ thử", reference_code="")
    Donation.objects.create(campaign=campaign, date=campaign.start_date, amount=1, reference=ledgers.CARRIED_OVER)
    data = tmp_path / "ledgers.toml"
    data.write_text(
        f"""
[[campaign]]
host = "{site.hostname}"
slug = "quy-thu"
reference_code = "QUYTHU"
bank_bin = "970405"
account_number = "0000000002"
account_name = "TAI KHOAN MINH HOA"

[[campaign.donation]]
date = 2024-01-02
amount = 5_000_000
donor = "Nhà hảo tâm"

[[campaign.disbursement]]
date = 2024-01-03
amount = 2_000_000
beneficiary = "12 học sinh"
beneficiary_kind = "tap-the"

[[campaign]]
host = "{site.hostname}"
slug = "khong-co"
""",
        encoding="utf-8",
    )
    monkeypatch.setattr(ledgers, "DATA", data)
    ledgers.load_ledgers()
    campaign = CampaignPage.objects.get(pk=campaign.pk)
    assert (campaign.reference_code, campaign.account_number) == ("QUYTHU", "0000000002")
    assert campaign.totals.raised == 5_000_000 and campaign.totals.disbursed == 2_000_000, "the carried figure goes"
    revisions = campaign.revisions.count()
    ledgers.load_ledgers()
    assert CampaignPage.objects.get(pk=campaign.pk).totals.raised == 5_000_000
    assert campaign.revisions.count() == revisions


@pytest.mark.demo
@pytest.mark.django_db
def test_the_demo_campaigns_show_their_ledgers(client):
    ledgers.load_ledgers()  # the demo loader calls it too: a second run adds nothing
    for item in DATA:
        campaign = CampaignPage.objects.get(
            slug=item["slug"], reference_code=item["reference_code"], locale=Locale.get_default()
        )
        received, promised, paid, promised_out, *_ = REPORTED[item["slug"]]
        totals = campaign.totals
        assert (totals.raised, totals.promised, totals.disbursed, totals.promised_out) == (
            received,
            promised,
            paid,
            promised_out,
        )
        site = campaign.get_site()
        response = client.get(campaign.url, HTTP_HOST=f"{site.hostname}:{site.port}")
        assert response.status_code == 200 and "Sổ quỹ công khai" in response.content.decode()
