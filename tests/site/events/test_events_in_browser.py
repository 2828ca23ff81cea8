"""The events calendar as readers see it: phone and desktop widths, and the .ics links answering."""

import pytest
from selenium.webdriver.common.by import By

from tests.browser import DESKTOP, PHONE, screenshot

FETCH = """
const done = arguments[arguments.length - 1];
fetch(arguments[0]).then(async r => done({
    status: r.status, type: r.headers.get("content-type"),
    disposition: r.headers.get("content-disposition"), body: await r.text(),
})).catch(e => done({error: String(e)}));
"""


def fetch(browser, url: str) -> dict:
    browser.set_script_timeout(20)
    return browser.execute_async_script(FETCH, url)


def assert_fits_the_screen(browser, what: str) -> None:
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{what} is {overflow}px wider than the window"


def assert_is_ics(answer: dict, events_at_least: int) -> None:
    assert answer.get("status") == 200, answer
    assert answer["type"] == "text/calendar; charset=utf-8"
    assert answer["disposition"].startswith('attachment; filename="') and answer["disposition"].endswith('.ics"')
    body = answer["body"]
    assert body.startswith("BEGIN:VCALENDAR") and body.rstrip().endswith("END:VCALENDAR")
    assert body.count("BEGIN:VEVENT") >= events_at_least
    assert "TZID=Asia/Ho_Chi_Minh" in body or "VALUE=DATE" in body


def test_events_index_calendar_on_phone_and_desktop(browser, demo_server):
    port = demo_server.rsplit(":", 1)[1]
    browser.get(f"http://127.0.0.1:{port}/su-kien/")
    assert browser.find_element(By.TAG_NAME, "h1").text == "Sự kiện"
    grid = browser.find_element(By.CSS_SELECTOR, "table.month-grid")
    assert grid.find_element(By.TAG_NAME, "caption").text.startswith("Lịch sự kiện tháng ")
    headings = [th.text for th in grid.find_elements(By.CSS_SELECTOR, "thead th")]
    assert headings == ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
    today = grid.find_element(By.CSS_SELECTOR, 'td[aria-current="date"]')
    assert "is-today" in today.get_attribute("class")
    assert grid.find_elements(By.CSS_SELECTOR, "td.has-events a")
    for size in (PHONE, DESKTOP):
        browser.set_window_size(*size)
        assert_fits_the_screen(browser, f"the events index at {size[0]}px")
        # the seven columns fit: the table is no wider than its column
        table_width, main_width = browser.execute_script(
            "return [document.querySelector('table.month-grid').getBoundingClientRect().width,"
            " document.querySelector('main').getBoundingClientRect().width]"
        )
        assert table_width <= main_width
        assert screenshot(browser, "events-index", size).stat().st_size > 10_000

    # a day with an event leads to that event in the list below the grid
    browser.set_window_size(*PHONE)
    link = browser.find_element(By.CSS_SELECTOR, "table.month-grid td.has-events a")
    target = link.get_attribute("href").rsplit("#", 1)[1]
    link.click()
    assert browser.execute_script("return location.hash") == f"#{target}"
    assert browser.find_element(By.ID, target).find_element(By.CSS_SELECTOR, ".card__title a").text

    # another month, then the whole calendar as .ics
    browser.get(f"http://127.0.0.1:{port}/su-kien/?thang=2023-10")
    assert browser.find_element(By.CSS_SELECTOR, "table.month-grid caption").text == "Lịch sự kiện tháng 10 năm 2023"
    whole = browser.find_element(By.LINK_TEXT, "Tải cả lịch (.ics)").get_attribute("href")
    assert_is_ics(fetch(browser, whole), events_at_least=5)


def test_bad_month_says_so_in_the_browser(browser, demo_server):
    port = demo_server.rsplit(":", 1)[1]
    browser.get(f"http://127.0.0.1:{port}/su-kien/?thang=2026-13")
    assert "Tháng phải từ 1 đến 12" in browser.find_element(By.CSS_SELECTOR, '[role="alert"]').text
    assert fetch(browser, browser.current_url)["status"] == 400


@pytest.mark.parametrize(
    "host, path",
    [
        ("127.0.0.1", "/su-kien/dai-hoi-dai-bieu-lan-thu-vi/"),
        ("soctrang.localhost", "/su-kien/thang-khuyen-hoc-2025/"),
    ],
)
def test_event_page_on_phone_and_desktop_with_its_ics(browser, demo_server, host, path):
    port = demo_server.rsplit(":", 1)[1]
    browser.get(f"http://{host}:{port}{path}")
    assert browser.find_element(By.TAG_NAME, "h1").text
    when = browser.find_element(By.CSS_SELECTOR, ".facts time").text
    assert "tháng" in when and "năm" in when
    name = "event-" + path.strip("/").rsplit("/", 1)[1]
    for size in (PHONE, DESKTOP):
        browser.set_window_size(*size)
        assert_fits_the_screen(browser, f"{path} at {size[0]}px")
        assert screenshot(browser, name, size).stat().st_size > 10_000
    link = browser.find_element(By.LINK_TEXT, "Thêm vào lịch (.ics)")
    assert link.get_attribute("href") == f"http://{host}:{port}{path}ical/"
    answer = fetch(browser, link.get_attribute("href"))
    assert_is_ics(answer, events_at_least=1)
    assert answer["body"].count("BEGIN:VEVENT") == 1
    assert f"@{host}" in answer["body"]
