"""The charts on a report and on a Site's statistics page: every statistics table and every
set of amounts its published reports give, by year, and the lines two years give, across years."""

import datetime
from types import SimpleNamespace
from xml.etree import ElementTree

import pytest

from officialdocs.models import StatisticsPage
from officialdocs.statistics import report_year
from tests import factories

pytestmark = pytest.mark.django_db


def models_table(title: str, *rows) -> dict:
    return {
        "type": "statistics",
        "value": {
            "title": title,
            "note": "",
            "rows": [
                {"label": label, "registered": registered, "achieved": achieved} for label, registered, achieved in rows
            ],
        },
    }


def amounts(title: str, *items, unit: str = "đồng") -> dict:
    return {
        "type": "figures",
        "value": {"title": title, "items": [{"label": label, "value": value, "unit": unit} for label, value in items]},
    }


def report(site, period: str, *blocks, **fields):
    return factories.ReportPageFactory(site=site, period=period, body=list(blocks), **fields)


def statistics_page(site) -> StatisticsPage:
    page = StatisticsPage(title="Thống kê", slug="thong-ke", intro="Số liệu từ các báo cáo của Hội.")
    site.root_page.add_child(instance=page)
    return page


def get(client, page):
    response = client.get(page.url, HTTP_HOST=factories.http_host(page.get_site()))
    assert response.status_code == 200
    return response.text


def svgs(html: str) -> list[ElementTree.Element]:
    """Every chart of the page, parsed: each must be well-formed SVG."""
    charts, start = [], 0
    while (start := html.find('<svg class="chart__svg"', start)) != -1:
        end = html.index("</svg>", start) + len("</svg>")
        charts.append(ElementTree.fromstring(html[start:end]))
        start = end
    return charts


@pytest.fixture
def site():
    return factories.SiteFactory()


def test_the_report_page_draws_its_statistics_and_amounts_beside_their_tables(client, site):
    page = report(
        site,
        "Năm 2023",
        models_table("Mô hình học tập năm 2023", ("Công dân học tập", 388000, 237921), ("Dòng họ học tập", 1149, 842)),
        amounts("Quỹ khuyến học năm 2023", ("Quỹ tỉnh", 14_700_000_000), ("Quỹ các huyện", 9_172_121_000)),
        amounts("Hội viên", ("Hội viên mới", 5178), ("Tổng số", 351214), unit="hội viên"),
    )
    html = get(client, page)
    charts = svgs(html)
    assert [chart.find("{http://www.w3.org/2000/svg}title").text for chart in charts] == [
        "Mô hình học tập năm 2023",
        "Quỹ khuyến học năm 2023",
    ]
    assert all(chart.get("role") == "img" for chart in charts)
    assert html.index('class="chart__svg"') < html.index(">Mô hình học tập năm 2023</caption>")
    assert "237.921" in html and "61,3%" in html  # the table beside the chart
    assert "14.700.000.000" in html  # the figures list beside the amounts' chart


def test_the_statistics_page_gathers_the_sites_reports_by_year_newest_first(client, site):
    report(site, "Năm 2022", models_table("Mô hình học tập năm 2022", ("Gia đình học tập", 270000, 198720)))
    report(site, "Năm 2023", models_table("Mô hình học tập năm 2023", ("Gia đình học tập", 274526, 242138)))
    report(site, "Năm 2024", amounts("Hội viên", ("Mới", 1), ("Cũ", 2), unit="hội viên"))  # nothing to draw
    html = get(client, statistics_page(site))
    assert html.index('id="nam-2023"') < html.index('id="nam-2022"')
    assert 'id="nam-2024"' not in html
    assert "Mô hình học tập năm 2023" in html and "Mô hình học tập năm 2022" in html


def test_a_line_two_years_give_is_drawn_across_the_years(client, site):
    report(
        site,
        "Năm 2022",
        models_table("Mô hình 2022", ("Gia đình học tập", 270000, 198720), ("Dòng họ học tập", 1000, 702)),
        amounts("Quỹ 2022", ("Tổng quỹ toàn tỉnh", 25_000_000_000), ("Quỹ tỉnh", 10_000_000_000)),
    )
    report(
        site,
        "Năm 2023",
        models_table("Mô hình 2023", ("Gia Đình Học Tập", 274526, 242138)),  # the same line, written otherwise
        amounts("Quỹ 2023", ("Tổng quỹ toàn tỉnh", 31_862_960_857), ("Quỹ huyện", 9_172_121_000)),
    )
    page = statistics_page(site)
    html = get(client, page)
    across = html[html.index('id="qua-cac-nam"') : html.index('id="nam-2023"')]
    assert "Gia Đình Học Tập qua các năm" in across  # as the newest report writes it
    assert "Tổng quỹ toàn tỉnh qua các năm" in across
    assert "Dòng họ học tập qua các năm" not in across  # one year only
    assert "Quỹ tỉnh qua các năm" not in across
    trends = svgs(across)
    assert len(trends) == 2
    assert [text.text for text in trends[0].iter("{http://www.w3.org/2000/svg}text")] == [
        "2022",
        "73,6%",
        "2023",
        "88,2%",
    ]
    assert "31.862.960.857" in across and "25.000.000.000" in across


def test_the_statistics_page_shows_only_its_own_sites_published_reports(client, site):
    other = factories.SiteFactory()
    report(other, "Năm 2023", models_table("Bảng của hội khác", ("Công dân học tập", 10, 5)))
    draft = report(site, "Năm 2023", models_table("Bảng chưa đăng", ("Công dân học tập", 10, 5)), live=False)
    assert not draft.live
    html = get(client, statistics_page(site))
    assert "Bảng của hội khác" not in html and "Bảng chưa đăng" not in html
    assert "Chưa có báo cáo nào đăng số liệu thống kê." in html


def test_the_documents_page_links_to_the_statistics_page(client, site):
    page = report(site, "Năm 2023", models_table("Mô hình", ("Công dân học tập", 10, 5)))
    statistics = statistics_page(site)
    html = get(client, page.get_parent().specific)
    assert f'href="{statistics.get_url(current_site=site)}"' in html


def test_a_site_has_one_statistics_page_under_its_home():
    assert StatisticsPage.parent_page_types == ["home.HomePage"]
    assert StatisticsPage.max_count_per_parent == 1


@pytest.mark.parametrize(
    ("period", "signed", "year"),
    [
        ("Năm 2023", datetime.date(2024, 1, 1), 2023),  # a year's report, signed the next January
        ("Năm học 2023–2024", None, 2023),
        ("", datetime.date(2022, 6, 30), 2022),
        ("Sáu tháng đầu năm", None, None),
    ],
)
def test_the_year_a_report_is_about(period, signed, year):
    assert report_year(SimpleNamespace(period=period, document_date=signed)) == year
