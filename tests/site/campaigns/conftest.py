"""Two Sites, each with a campaign that takes transfers, a chapter and a board member."""

import pytest

from tests.factories import BoardMemberFactory, CampaignPageFactory, ChapterPageFactory, SiteFactory


def site_with_campaign(code: str, **identity):
    site = SiteFactory(**{f"identity__{name}": value for name, value in identity.items()})
    campaign = CampaignPageFactory(
        site=site,
        title=f"Quỹ học bổng {code}",
        reference_code=code,
        bank_bin="970436",
        account_number="0000000001",
        account_name="TAI KHOAN THU",
        goal_amount=100_000_000,
    )
    return site, campaign


@pytest.fixture
def site_and_campaign(db):
    return site_with_campaign("HOCBONG", address="Số 1 đường Thử, tỉnh Thử", phone="0212 3850 000")


@pytest.fixture
def site(site_and_campaign):
    return site_and_campaign[0]


@pytest.fixture
def campaign(site_and_campaign):
    return site_and_campaign[1]


@pytest.fixture
def other_site_and_campaign(db):
    return site_with_campaign("KHAC")


@pytest.fixture
def other_campaign(other_site_and_campaign):
    return other_site_and_campaign[1]


@pytest.fixture
def chapter(site):
    return ChapterPageFactory(site=site, title="Hội Khuyến học xã Thử")


@pytest.fixture
def other_chapter(other_site_and_campaign):
    return ChapterPageFactory(site=other_site_and_campaign[0], title="Hội Khuyến học xã Khác")


@pytest.fixture
def board(site):
    return BoardMemberFactory(site=site)
