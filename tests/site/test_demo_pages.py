"""Every page type renders on the demo content, in Vietnamese, with the seeds' figures."""

import pytest
from wagtail.models import Page, get_page_models

from bulletins.models import BulletinIssuePage
from news.models import NewsPage
from officialdocs.models import PlanPage, ReportPage

from ..conftest import host_of

pytestmark = pytest.mark.demo


@pytest.mark.django_db
def test_every_live_page_answers_200(client):
    seen_types = set()
    for page in Page.objects.live().filter(depth__gt=1).specific():
        response = client.get(page.url, HTTP_HOST=host_of(page))
        assert response.status_code == 200, page.url
        seen_types.add(type(page))
    creatable = {m for m in get_page_models() if m is not Page and not m._meta.abstract}
    assert creatable <= seen_types, f"page types without a demo page: {creatable - seen_types}"


@pytest.mark.django_db
def test_home_pages_show_their_association(client):
    sonla = client.get("/", HTTP_HOST="127.0.0.1:8000")
    soctrang = client.get("/", HTTP_HOST="soctrang.localhost:8000")
    assert "Hội Khuyến học tỉnh Sơn La" in sonla.text
    assert "351.214" in sonla.text  # members in 2023
    assert '<html lang="vi">' in sonla.text
    assert "Hội Khuyến học tỉnh Sóc Trăng" in soctrang.text
    assert "Hội Khuyến học tỉnh Sơn La" not in soctrang.text


@pytest.mark.django_db
def test_plan_137_in_administrative_format(get_page):
    plan = PlanPage.objects.get(symbol="137/KH-HKH")
    html = get_page(plan).text
    assert "Sơn La, ngày 21 tháng 8 năm 2023" in html
    assert "Căn cứ Quyết định số 1373/QĐ-TTg ngày 30/07/2021" in html
    assert "Quý I/2024" in html
    assert "TM. HỘI KHUYẾN HỌC TỈNH" in html
    assert len(plan.tasks) >= 10


@pytest.mark.django_db
def test_report_01_shows_computed_rates(get_page):
    report = ReportPage.objects.get(symbol="01/BC-HKH")
    html = get_page(report).text
    assert "ngày 01 tháng 01 năm 2024" in html
    assert "61,3%" in html  # Công dân học tập: 237.921 of 388.000
    assert "351.214" in html


@pytest.mark.django_db
def test_bulletin_issue_lists_its_articles_in_order(get_page):
    issue = BulletinIssuePage.objects.get(number=35)
    html = get_page(issue).text
    titles = [a.title for a in issue.articles()]
    assert len(titles) >= 3
    positions = [html.index(t) for t in titles]
    assert positions == sorted(positions)


@pytest.mark.django_db
def test_news_page_shows_its_chapter(get_page):
    news = NewsPage.objects.filter(chapter__slug="thuan-chau").first()
    html = get_page(news).text
    assert "Thuận Châu" in html


@pytest.mark.django_db
def test_unknown_url_gets_vietnamese_404(client):
    response = client.get("/khong-co-trang-nay/", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 404
    assert "Không tìm thấy trang" in response.text
