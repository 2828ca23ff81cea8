"""A bulletin issue and the archive cost a handful of queries once their fragments are warm, show the
same page as when built, and are built anew when an article is published."""

import pytest

from bulletins.models import BulletinIndexPage
from tests.factories import (
    BulletinArticlePageFactory,
    BulletinIssuePageFactory,
    ImageFactory,
    SiteFactory,
    http_host,
    paragraphs,
    section,
)

pytestmark = pytest.mark.django_db

ISSUE_BUDGET = 10
LISTING_BUDGET = 12
COLD_BUDGET = 40  # the first reader after a change: no query per article, per cover or per issue


@pytest.fixture
def issues():
    """Three issues with covers, the middle one with five illustrated articles."""
    site = SiteFactory()
    made = [BulletinIssuePageFactory(site=site, number=n, year=2024, cover_image=ImageFactory()) for n in (34, 35, 36)]
    for n in range(5):
        BulletinArticlePageFactory(
            parent=made[1],
            title=f"Bài số {n} của bản tin",
            author_name=f"Tác giả {n}",
            lead_image=ImageFactory(),
            body=paragraphs("Đoạn một.", "Đoạn hai."),
        )
    return made


def get(client, page, query=""):
    response = client.get(page.url + query, HTTP_HOST=http_host(page.get_site()))
    assert response.status_code == 200
    return response


def test_an_issue_within_its_budget(client, issues, django_assert_max_num_queries):
    middle = issues[1]
    with django_assert_max_num_queries(COLD_BUDGET):
        cold = get(client, middle).content.decode()
    with django_assert_max_num_queries(ISSUE_BUDGET):
        warm = get(client, middle).content.decode()
    assert warm == cold
    assert "Bài số 4 của bản tin" in warm and 'rel="prev"' in warm and 'rel="next"' in warm


def test_the_archive_within_its_budget(client, issues, django_assert_max_num_queries):
    index = section(issues[0].get_site(), BulletinIndexPage)
    with django_assert_max_num_queries(COLD_BUDGET):
        get(client, index, "?nam=2024")
    with django_assert_max_num_queries(LISTING_BUDGET):
        html = get(client, index, "?nam=2024").content.decode()
    assert all(f"Số {n}" in html for n in (34, 35, 36))


def test_a_published_article_shows_at_once(client, issues):
    middle = issues[1]
    get(client, middle)  # cached
    BulletinArticlePageFactory(parent=middle, title="Bài mới đăng thêm", publish=True)
    assert "Bài mới đăng thêm" in get(client, middle).content.decode()
