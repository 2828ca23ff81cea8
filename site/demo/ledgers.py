"""The demo campaigns' ledgers, their reference codes and (placeholder) bank accounts, from
data/ledgers.toml. Idempotent: a campaign whose ledger has records is left alone, and a field
already filled is not overwritten."""

import tomllib
from pathlib import Path

from django.db import transaction
from wagtail.models import Locale, Site

from campaigns import codes
from campaigns.models import CampaignPage, Disbursement, Donation
from core.trees import under_sites

DATA = Path(__file__).parent / "data" / "ledgers.toml"
PAGE_FIELDS = ("reference_code", "bank_bin", "account_number", "account_name")
# the record the campaigns' migration made of a figure typed before the ledger existed
CARRIED_OVER = "SO-LIEU-BAO-CAO"


def page_fields(host: str, slug: str) -> dict:
    """The code and account ledgers.toml gives a campaign, for the campaigns' loader to create it with
    (so the page is published once)."""
    for item in tomllib.loads(DATA.read_text(encoding="utf-8"))["campaign"]:
        if (item["host"], item["slug"]) == (host, slug):
            return {name: item[name] for name in PAGE_FIELDS if name in item}
    return {}


def _campaign(item) -> CampaignPage | None:
    sites = Site.objects.filter(hostname=item["host"])
    pages = CampaignPage.objects.filter(under_sites(sites), slug=item["slug"], locale=Locale.get_default())
    return pages.first()


def _is_blank(campaign: CampaignPage, name: str) -> bool:
    """Blank, or for the reference code the one the page gave itself when it was made."""
    value = getattr(campaign, name)
    return not value or (name == "reference_code" and value == codes.suggested(campaign.title, campaign.slug))


def _fill_page(campaign: CampaignPage, item) -> bool:
    """The code and account the page lacks, published as a revision (the admin edits the latest)."""
    missing = {name: item[name] for name in PAGE_FIELDS if name in item and _is_blank(campaign, name)}
    missing = {name: value for name, value in missing.items() if getattr(campaign, name) != value}
    if not missing:
        return False
    for name, value in missing.items():
        setattr(campaign, name, value)
    campaign.save_revision().publish()
    return True


def _records(campaign: CampaignPage, item) -> int:
    if campaign.donations().exclude(reference=CARRIED_OVER).exists() or campaign.disbursements().exists():
        return 0
    campaign.donations().filter(reference=CARRIED_OVER).delete()
    donations = [Donation(campaign=campaign, **fields) for fields in item.get("donation", [])]
    disbursements = [Disbursement(campaign=campaign, **fields) for fields in item.get("disbursement", [])]
    for record in donations + disbursements:
        record.full_clean()
    Donation.objects.bulk_create(donations)
    Disbursement.objects.bulk_create(disbursements)
    return len(donations) + len(disbursements)


@transaction.atomic
def load_ledgers(stdout=None) -> None:
    for item in tomllib.loads(DATA.read_text(encoding="utf-8"))["campaign"]:
        campaign = _campaign(item)
        if campaign is None:
            if stdout:
                stdout.write(f"Sổ quỹ: không thấy chiến dịch {item['slug']} trên {item['host']}, bỏ qua.")
            continue
        filled = _fill_page(campaign, item)
        added = _records(campaign, item)
        if stdout and (filled or added):
            stdout.write(f"Sổ quỹ {campaign.title}: {added} khoản.")
