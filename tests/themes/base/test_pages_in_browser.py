"""The base theme seen as readers see it: phone and desktop widths, both Sites."""

import pytest
from selenium.webdriver.common.by import By

from tests.browser import DESKTOP, PHONE, screenshot

PAGES = [
    ("home", "127.0.0.1", "/"),
    ("news-index", "127.0.0.1", "/tin-tuc/"),
    ("chapter", "127.0.0.1", "/to-chuc-hoi/thuan-chau/"),
    ("bulletin-issue", "127.0.0.1", "/ban-tin/so-35/"),
    ("campaigns", "127.0.0.1", "/chien-dich/"),
    ("plan-137", "127.0.0.1", "/van-ban/ke-hoach-137-kh-hkh-nhiem-vu-nam-2024/"),
    ("soctrang-home", "soctrang.localhost", "/"),
]


@pytest.mark.parametrize("name, host, path", PAGES)
def test_page_fits_a_phone_and_keeps_its_landmarks(browser, demo_server, name, host, path):
    port = demo_server.rsplit(":", 1)[1]
    browser.get(f"http://{host}:{port}{path}")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    assert browser.find_element(By.TAG_NAME, "main").is_displayed()
    assert browser.find_element(By.CSS_SELECTOR, "a.skip-link").get_attribute("href").endswith("#noi-dung")
    # nothing wider than the phone screen (tables scroll inside their own box)
    overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"{name} is {overflow}px wider than a phone"
    images_without_alt = browser.execute_script(
        "return [...document.images].filter(i => !i.hasAttribute('alt')).length"
    )
    assert images_without_alt == 0
    for size in (PHONE, DESKTOP):
        assert screenshot(browser, name, size).stat().st_size > 10_000


def test_soctrang_site_shows_its_own_association(browser, demo_server):
    port = demo_server.rsplit(":", 1)[1]
    browser.get(f"http://soctrang.localhost:{port}/")
    assert "Sóc Trăng" in browser.find_element(By.CSS_SELECTOR, ".site-brand__name").text
