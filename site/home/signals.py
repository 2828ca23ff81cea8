"""A home page in a new locale (a translation) gets its Site's board and roles (``core.setup``); the
home page's campaign box shows ledger totals, so a ledger entry renews its Site's fragments."""

from django.db.models.signals import post_save

from campaigns.models import CampaignPage, Disbursement, Donation
from core.fragments import invalidate_on
from core.setup import new_home_is_the_boards

from .models import HomePage


def _site_of_entry(entry):
    campaign = CampaignPage.objects.filter(pk=entry.campaign_id).first()  # gone when the campaign is deleted
    return campaign.get_site() if campaign is not None else None


def connect() -> None:
    post_save.connect(new_home_is_the_boards, sender=HomePage, dispatch_uid="editors_on_new_site_root")
    for model in (Donation, Disbursement):
        invalidate_on(model, site_of=_site_of_entry)
