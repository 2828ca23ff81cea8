"""A bulletin issue as a print edition (cover, contents with the right page numbers, articles under a running
header), kept per version of its articles; the archive by year; each issue links its neighbours."""

import io
import re

import pdfplumber
import pytest
from django.test import override_settings

from bulletins.printing import version_of
from core.printing import printed_storage
from tests.factories import (
    BulletinArticlePageFactory,
    BulletinIssuePageFactory,
    ImageFactory,
    SiteFactory,
    http_host,
    paragraphs,
)

LONG = "Hội viên các chi hội đã đóng góp sách vở và học bổng cho học sinh vùng cao. " * 60


@pytest.fixture
def issue(db):
    issue = BulletinIssuePageFactory(site=SiteFactory(), number=35, quarter=3, cover_image=ImageFactory(), publish=True)
    for n, length in enumerate((1, 3, 2), start=1):
        BulletinArticlePageFactory(
            parent=issue,
            title=f"Bài số {n} của số báo",
            author_name=f"Tác giả {n}",
            body=paragraphs(*[LONG] * length),
            publish=True,
        )
    issue.refresh_from_db()
    return issue


def pages_of(content: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def test_print_edition_has_a_cover_contents_that_point_at_the_right_pages_and_a_running_header(issue, client):
    response = client.get(issue.url + "ban-in/", HTTP_HOST=http_host(issue.get_site()))
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].endswith('-so-35-2024.pdf"')
    pages = pages_of(response.content)
    cover, contents = pages[0], pages[1]
    assert "Số 35 Quý III/2024" in cover and not re.search(r"^\d+$", cover, re.M)  # no page number on the cover
    for n in (1, 2, 3):
        title = f"Bài số {n} của số báo"
        listed = re.search(rf"{title}\.*\s*(\d+)", contents)
        assert listed, contents
        page_number = int(listed.group(1))
        # the page the contents name starts the article (page numbers count the cover as 1)
        assert pages[page_number - 1].splitlines()[1].startswith(title) or title in pages[page_number - 1]
        assert "Số 35 Quý III/2024" in pages[page_number - 1].splitlines()[0]  # the running header
    assert len(pages) >= 2 + 1 + 3 + 2  # cover, contents, and each article's length


def test_print_edition_is_kept_until_an_article_changes(issue, client):
    host = http_host(issue.get_site())
    first = client.get(issue.url + "ban-in/", HTTP_HOST=host).content
    version = version_of(issue)
    assert printed_storage().exists(f"bulletins/{issue.pk}/{version}.pdf")
    article = issue.articles().first().specific
    article.title = "Bài số 1, đã sửa"
    article.save_revision().publish()
    assert version_of(issue) != version
    second = client.get(issue.url + "ban-in/", HTTP_HOST=host).content
    assert "Bài số 1, đã sửa" in "".join(pages_of(second)) and first != second
    assert not printed_storage().exists(f"bulletins/{issue.pk}/{version}.pdf")


def test_publishing_an_article_prints_the_issue_in_the_background(issue, django_capture_on_commit_callbacks):
    with override_settings(KHUYENHOC_PRINT_ON_PUBLISH=True), django_capture_on_commit_callbacks(execute=True):
        BulletinArticlePageFactory(parent=issue, title="Bài mới", publish=True)
    assert printed_storage().exists(f"bulletins/{issue.pk}/{version_of(issue)}.pdf")


def test_an_issue_without_articles_offers_its_scan_only(db, client):
    scanned = BulletinIssuePageFactory(site=SiteFactory(), number=12, year=2015, is_scanned=True, publish=True)
    host = http_host(scanned.get_site())
    html = client.get(scanned.url, HTTP_HOST=host).content.decode()
    assert "ban-in/" not in html
    response = client.get(scanned.url + "ban-in/", HTTP_HOST=host)
    assert response.status_code == 200 and response["Content-Type"].startswith("text/html")


def test_archive_by_year_and_neighbouring_issues(db, client):
    site = SiteFactory()
    issues = {
        (year, number): BulletinIssuePageFactory(site=site, year=year, number=number, publish=True)
        for year, number in ((2022, 30), (2023, 31), (2023, 32), (2024, 33))
    }
    index = issues[(2024, 33)].get_parent()
    host = http_host(site)

    def listed(query: str = "") -> tuple[int, set[int]]:
        response = client.get(index.url + query, HTTP_HOST=host)
        assert response.status_code == 200
        return response.context["year"], {issue.number for issue in response.context["issues"]}

    assert listed() == (2024, {33})
    assert listed("?nam=2023") == (2023, {31, 32})
    assert listed("?nam=1900") == listed("?nam=abc") == (2024, {33})
    html = client.get(index.url, HTTP_HOST=host).content.decode()
    assert '<a href="?nam=2022">2022</a>' in html and "(2)" in html
    middle = client.get(issues[(2023, 31)].url, HTTP_HOST=host)
    shown = middle.context["page"]
    assert shown.previous_issue.number == 30 and shown.next_issue.number == 32
    html = middle.content.decode()
    assert 'rel="prev"' in html and 'rel="next"' in html
    assert client.get(issues[(2024, 33)].url, HTTP_HOST=host).context["page"].next_issue is None
