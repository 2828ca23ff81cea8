"""A campaign page costs a handful of queries once its fragment is warm, and its figures are never
stale: a donation saved, imported from a statement, changed or deleted shows on the next reading."""

import datetime

import pytest

from campaigns import statements
from campaigns.models import BeneficiaryKind, Disbursement, Donation, Status
from tests.factories import http_host

CAMPAIGN_BUDGET = 10
COLD_BUDGET = 35  # the first reader after a change: the ledger is summed in a few queries, not per record


@pytest.fixture
def ledger(campaign, chapter):
    """Fifteen donations (one anonymous, one promised) and twelve disbursements, some to minors."""
    for n in range(15):
        Donation.objects.create(
            campaign=campaign,
            date=datetime.date(2024, 9, 1 + n),
            amount=1_000_000,
            donor=f"Nhà hảo tâm số {n}",
            is_anonymous=n == 0,
            status=Status.PROMISED if n == 1 else Status.RECEIVED,
            chapter=chapter if n % 2 else None,
            reference=f"FT{n:04d}",
        )
    for n in range(12):
        Disbursement.objects.create(
            campaign=campaign,
            date=datetime.date(2024, 10, 1 + n),
            amount=500_000,
            beneficiary=f"Lò Văn Em{n}",
            beneficiary_kind=BeneficiaryKind.PERSON,
            chapter=chapter,
        )
    return campaign


def get(client, campaign) -> str:
    response = client.get(campaign.url, HTTP_HOST=http_host(campaign.get_site()))
    assert response.status_code == 200
    return response.content.decode()


def test_the_campaign_within_its_budget(client, ledger, django_assert_max_num_queries):
    with django_assert_max_num_queries(COLD_BUDGET):
        cold = get(client, ledger)
    with django_assert_max_num_queries(CAMPAIGN_BUDGET):
        warm = get(client, ledger)
    assert warm == cold
    assert "14.000.000" in warm, "the received donations, summed"
    assert "<svg" in warm, "the VietQR code"
    assert "Lò V. E." in warm and "Lò Văn Em" not in warm, "a minor's name stays reduced in the cached page"


def test_a_saved_donation_shows_at_once(client, ledger):
    assert "14.000.000" in get(client, ledger)
    donation = Donation.objects.create(campaign=ledger, date=datetime.date(2024, 9, 30), amount=3_000_000)
    assert "17.000.000" in get(client, ledger)
    donation.amount = 2_000_000
    donation.save()
    assert "16.000.000" in get(client, ledger)
    donation.delete()
    assert "14.000.000" in get(client, ledger)


def test_a_statement_import_shows_at_once(client, ledger, site):
    """The import writes in bulk (no save signals): the page is renewed all the same."""
    assert "14.000.000" in get(client, ledger)
    row = {"campaign_id": ledger.pk, "date": "2024-10-20", "amount": 5_000_000, "reference": "FT9999"}
    added = statements.apply_rows(
        [{**row, "kind": statements.DONATION, "name": "Bà Thử", "memo": "HOCBONG"}], site, True
    )
    assert added == (1, 0)
    html = get(client, ledger)
    assert "19.000.000" in html and "Bà Thử" in html


def test_a_bulk_update_shows_at_once(client, ledger):
    assert "14.000.000" in get(client, ledger)
    Donation.objects.filter(campaign=ledger, status=Status.PROMISED).update(status=Status.RECEIVED)
    assert "15.000.000" in get(client, ledger)
