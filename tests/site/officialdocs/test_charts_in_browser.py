"""The charts as a reader on a 390 px phone sees them, and as they print: inside the page, text at
a readable size, named for screen readers, no axe violation; in print, black on white.

The pages are found in the session's demo database (the demo server serves the same content):
the demo's reports that have a statistics table, and every statistics page of the demo.
Screenshots: test-artifacts/charts-<page>-390.png; the printed report: test-artifacts/charts-report-print.pdf.
"""

import base64

import pytest

from blocks.official import StatisticsTableBlock
from officialdocs.models import ReportPage, StatisticsPage
from tests.browser import ARTIFACTS, DESKTOP, PHONE, axe_violations, screenshot

pytestmark = [pytest.mark.demo, pytest.mark.django_db]

CHARTS = """
const svgs = [...document.querySelectorAll('svg.chart__svg')];
return {
  overflow: document.documentElement.scrollWidth - window.innerWidth,
  charts: svgs.map((svg) => {
    const box = svg.getBoundingClientRect();
    const texts = [...svg.querySelectorAll('text')];
    const title = document.getElementById(svg.getAttribute('aria-labelledby').split(' ')[0]);
    return {
      width: box.width,
      role: svg.getAttribute('role'),
      name: title ? title.textContent : '',
      outside: texts.filter((t) => {
        const b = t.getBoundingClientRect();
        return b.left < box.left - 1 || b.right > box.right + 1;
      }).map((t) => t.textContent),
      smallest: Math.min(...texts.map((t) => parseFloat(getComputedStyle(t).fontSize))),
      table: !!svg.closest('figure').nextElementSibling,
    };
  }),
};
"""


def url_of(server: str, page) -> str:
    _site_id, _root, path = page.get_url_parts()
    port = server.rsplit(":", 1)[1]
    return f"http://{page.get_site().hostname}:{port}{path}"


def report_with_statistics() -> ReportPage:
    for report in ReportPage.objects.live().public().order_by("pk"):
        if any(isinstance(block.block, StatisticsTableBlock) for block in report.body):
            return report
    pytest.fail("the demo has no report with a statistics table")


def check_charts(browser, name: str) -> list[dict]:
    found = browser.execute_script(CHARTS)
    assert found["overflow"] <= 0, f"{name}: wider than the phone"
    assert found["charts"], f"{name}: no chart"
    for chart in found["charts"]:
        assert chart["role"] == "img" and chart["name"], chart
        assert chart["width"] <= PHONE[0] - 16, chart
        assert chart["outside"] == [], f"{name}: text outside its chart: {chart['outside']}"
        assert chart["smallest"] >= 13, f"{name}: text of {chart['smallest']}px"
        assert chart["table"], f"{name}: a chart without its table or list"
    return found["charts"]


def chart_violations(browser, url: str) -> list[dict]:
    """axe-core's violations that concern the charts or their tables."""
    violations = axe_violations(browser, url)
    return [v for v in violations if any("chart" in node or "stats" in node for node in v["nodes"])]


def test_the_report_page_charts_fit_a_phone_and_print(browser, demo_server):
    url = url_of(demo_server, report_with_statistics())
    browser.get(url)
    check_charts(browser, "report")
    assert screenshot(browser, "charts-report", PHONE).stat().st_size > 10_000
    assert chart_violations(browser, url) == []
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        bar = "getComputedStyle(document.querySelector('.chart__bar')).fill"
        assert browser.execute_script(f"return {bar}") == "rgb(68, 68, 68)"
        pdf = browser.execute_cdp_cmd("Page.printToPDF", {"printBackground": False})
        ARTIFACTS.mkdir(exist_ok=True)
        (ARTIFACTS / "charts-report-print.pdf").write_bytes(base64.b64decode(pdf["data"]))
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})


def test_each_statistics_page_fits_a_phone(browser, demo_server):
    pages = list(StatisticsPage.objects.live().public().order_by("pk"))
    if not pages:
        pytest.skip("the demo has no statistics page yet")
    for page in pages:
        url = url_of(demo_server, page)
        name = f"charts-statistics-{page.get_site().hostname.replace('.', '-')}"
        browser.get(url)
        if browser.find_elements("css selector", "svg.chart__svg"):
            check_charts(browser, name)
        assert screenshot(browser, name, PHONE).stat().st_size > 10_000
        screenshot(browser, name, DESKTOP)
        assert chart_violations(browser, url) == []
