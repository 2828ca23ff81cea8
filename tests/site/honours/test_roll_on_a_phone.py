"""A reader on a 390 px phone: the demo's honour rolls and legal register read as one card per
record, nothing off-screen, and the roll's name filter finds a name typed without diacritics.
The pages are found by their type (the API), not by their titles."""

import json
import urllib.request
from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By

from core.text import fold
from tests.browser import DESKTOP, PHONE, screenshot

pytestmark = pytest.mark.demo

LAYOUT = """
const width = document.documentElement.clientWidth;
const rows = Array.from(document.querySelectorAll('.records tbody tr'));
return {
  width: width,
  scrollWidth: document.documentElement.scrollWidth,
  rows: rows.map((row) => {
    const box = row.getBoundingClientRect(), title = row.querySelector('th').getBoundingClientRect();
    const cells = Array.from(row.querySelectorAll('td')).filter((cell) => cell.offsetParent !== null);
    return {
      display: getComputedStyle(row).display,
      left: box.left, right: box.right, width: box.width, titleWidth: title.width,
      cellsRight: Math.max(0, ...cells.map((cell) => cell.getBoundingClientRect().right)),
    };
  }),
};
"""


def pages_of_type(server: str, page_type: str) -> list[str]:
    with urllib.request.urlopen(f"{server}/api/v2/pages/?type={page_type}&limit=50") as answer:
        return [server + urlsplit(item["meta"]["html_url"]).path for item in json.load(answer)["items"]]


def layout(browser) -> dict:
    return browser.execute_script(LAYOUT)


def assert_cards_fit(found: dict) -> None:
    assert found["rows"], "the listing shows records"
    assert found["scrollWidth"] <= found["width"], "nothing is off-screen sideways"
    for row in found["rows"]:
        assert row["display"] != "table-row", "each record is a card, not a row of a table"
        assert row["left"] >= 0 and row["right"] <= found["width"] + 0.5
        assert row["cellsRight"] <= row["right"] + 0.5, "amounts and dates stay inside the card"
        assert row["titleWidth"] >= 0.8 * row["width"] - 32, "the name has the card's width, not a word per line"


@pytest.fixture
def rolls(demo_server):
    return pages_of_type(demo_server, "honours.HonourRollPage")


def fullest(browser, urls: list[str]) -> str:
    """The page of ``urls`` listing the most records."""
    counts = {}
    for url in urls:
        browser.get(url)
        counts[url] = len(browser.find_elements(By.CSS_SELECTOR, ".records tbody tr th"))
    return max(counts, key=counts.get)


def test_a_roll_reads_as_cards_on_a_phone(browser, rolls):
    browser.get(fullest(browser, rolls))
    assert_cards_fit(layout(browser))
    totals = browser.find_element(By.CSS_SELECTOR, ".listing-totals").text
    assert "bản ghi" in totals and "đồng" in totals
    screenshot(browser, "honour-roll", PHONE)
    browser.set_window_size(*DESKTOP)
    assert {row["display"] for row in layout(browser)["rows"]} == {"table-row"}, "a table on a wide screen"
    screenshot(browser, "honour-roll", DESKTOP)


def test_a_name_typed_without_diacritics_is_found(browser, rolls):
    browser.get(fullest(browser, rolls))
    shown = browser.execute_script("return document.querySelector('.records tbody th').firstChild.textContent.trim()")
    box = browser.find_element(By.ID, "id_q")
    box.send_keys(fold(shown))
    box.submit()
    found = browser.execute_script(
        "return Array.from(document.querySelectorAll('.records tbody th'), (th) => th.firstChild.textContent.trim())"
    )
    assert shown in found
    assert all(word in fold(other) for other in found for word in fold(shown).split())
    screenshot(browser, "honour-roll-filtered", PHONE)


def test_the_register_reads_as_cards_on_a_phone(browser, demo_server):
    registers = pages_of_type(demo_server, "officialdocs.LegalRegisterPage")
    browser.get(fullest(browser, registers))
    assert_cards_fit(layout(browser))
    assert "văn bản" in browser.find_element(By.CSS_SELECTOR, ".listing-totals").text
    screenshot(browser, "legal-register", PHONE)
