"""The factories build pages that are served, on Sites of their own, with the project's roles."""

import pytest

from core.roles import board_of, is_editor, is_president_of, president_group
from tests import factories

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "factory",
    [
        factories.NewsPageFactory,
        factories.EventPageFactory,
        factories.BulletinIssuePageFactory,
        factories.BulletinArticlePageFactory,
        factories.CampaignPageFactory,
        factories.HonourRollPageFactory,
        factories.PlanPageFactory,
        factories.ReportPageFactory,
        factories.StandardPageFactory,
        factories.ChapterPageFactory,
    ],
)
def test_each_page_type_is_served_on_its_own_site(client, factory):
    page = factory()
    site = page.get_site()
    assert site.hostname.endswith(".thu.test")
    response = client.get(page.url, HTTP_HOST=factories.http_host(site))
    assert response.status_code == 200
    assert page.title in response.content.decode()


def test_pages_of_one_site_share_its_sections():
    site = factories.SiteFactory()
    first, second = factories.NewsPageFactory(site=site), factories.NewsPageFactory(site=site)
    assert first.get_parent() == second.get_parent()
    assert first.get_site() == site


def test_a_board_member_edits_their_site_only():
    member = factories.BoardMemberFactory()
    other = factories.SiteFactory()
    assert is_editor(member)
    assert member.groups.filter(pk=board_of(other).pk).exists() is False
    assert member.check_password(factories.PASSWORD)


def test_a_president_is_in_the_group_their_published_chapter_got():
    chapter = factories.ChapterPageFactory()
    president = factories.PresidentFactory(chapter=chapter)
    assert is_president_of(president, chapter)
    assert list(president.groups.all()) == [president_group(chapter)]
