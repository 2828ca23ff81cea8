import pytest
from django.core.exceptions import ValidationError

from campaigns.models import CampaignPage


@pytest.mark.django_db
def test_progress_is_capped_and_needs_both_figures():
    campaign = CampaignPage(title="x", goal_amount=1_000, raised_amount=250)
    assert campaign.progress_percent == 25
    campaign.raised_amount = 5_000
    assert campaign.progress_percent == 100
    campaign.goal_amount = None
    assert campaign.progress_percent is None


@pytest.mark.django_db
def test_end_before_start_is_refused_in_vietnamese():
    from datetime import date

    campaign = CampaignPage.objects.get(slug="tiep-suc-mua-thi-2023")
    campaign.end_date = date(2020, 1, 1)
    with pytest.raises(ValidationError) as error:
        campaign.clean()
    assert "Ngày kết thúc phải sau ngày bắt đầu" in str(error.value)


@pytest.mark.django_db
def test_campaign_page_shows_the_seed_figures(get_page):
    html = get_page(CampaignPage.objects.get(slug="tiep-suc-mua-thi-2023")).text
    assert "477.200.000 đồng" in html
