"""A donation or disbursement changes its campaign's page (and through it the listings and the
home page, its ancestors): ``pagecache.registry``. Bulk imports purge in ``renew_fragments_of``."""

from pagecache import registry

from .models import CampaignPage, Disbursement, Donation


def _campaign_of(record) -> list:
    return list(CampaignPage.objects.filter(pk=record.campaign_id))


registry.watch(Donation, _campaign_of)
registry.watch(Disbursement, _campaign_of)
