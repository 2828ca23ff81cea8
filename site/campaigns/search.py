"""Campaigns in search: their own kind, dated by their start."""

from django.utils.translation import gettext_lazy as _

from sitesearch.registry import registry

from .models import CampaignPage

CAMPAIGN = "chien-dich"

registry.register_kind(CAMPAIGN, _("Chiến dịch"), order=60)
registry.register_page(CampaignPage, kind=CAMPAIGN, date=lambda campaign: campaign.start_date)
