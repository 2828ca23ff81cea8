"""The two demo Sites seen in Chromium at phone and desktop widths: each wears its own theme.

Screenshots: test-artifacts/theme-<site>-home-<width>.png.
"""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from tests.browser import DESKTOP, PHONE, screenshot

SITES = {
    # host, header background (computed), emblem
    "sonla": ("127.0.0.1", "rgb(23, 80, 45)", "/static/sonla/img/logo.svg"),  # --brand #17502d
    "soctrang": ("soctrang.localhost", "rgb(238, 247, 246)", "/static/soctrang/img/logo.svg"),  # --bg-soft #eef7f6
}


def open_home(browser, demo_server, site, size):
    port = demo_server.rsplit(":", 1)[1]
    browser.set_window_size(*size)
    browser.get(f"http://{SITES[site][0]}:{port}/")


def computed(browser, selector, prop):
    return browser.execute_script(
        "return getComputedStyle(document.querySelector(arguments[0])).getPropertyValue(arguments[1])",
        selector,
        prop,
    )


@pytest.mark.parametrize("size", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_each_site_wears_its_own_theme(browser, demo_server, size):
    backgrounds = {}
    for site, (_host, background, logo) in SITES.items():
        open_home(browser, demo_server, site, size)
        backgrounds[site] = computed(browser, ".site-header", "background-color")
        assert backgrounds[site] == background, site
        emblem = browser.find_element(By.CSS_SELECTOR, ".site-brand .site-brand__logo")
        assert emblem.get_attribute("src").endswith(logo)
        assert browser.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", emblem)
        assert emblem.get_attribute("alt") == ""  # decorative: the link's text names it
        assert "Hội Khuyến học tỉnh" in browser.find_element(By.CSS_SELECTOR, ".site-brand").text
        # the theme's own stylesheet is applied on top of the base one
        sheets = browser.execute_script("return [...document.styleSheets].map(s => s.href || '')")
        assert any(href.endswith(f"/static/{site}/css/theme.css") for href in sheets)
        # nothing wider than the window; the header leaves room for the page on a phone
        assert browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth") <= 0
        header = browser.find_element(By.CSS_SELECTOR, ".site-header")
        if size == PHONE:
            assert header.size["height"] <= 320, f"{site}: header {header.size['height']}px high on a phone"
        for selector in ("#site-search-q", ".site-search button", ".site-nav", "footer .site-footer__name"):
            assert browser.find_element(By.CSS_SELECTOR, selector).is_displayed(), selector
        assert screenshot(browser, f"theme-{site}-home", size).stat().st_size > 10_000
    assert backgrounds["sonla"] != backgrounds["soctrang"]


@pytest.mark.parametrize("site", sorted(SITES))
def test_focus_ring_shows_on_the_theme_colours(browser, demo_server, site):
    open_home(browser, demo_server, site, PHONE)
    field = browser.find_element(By.ID, "site-search-q")
    browser.execute_script("arguments[0].focus()", field)
    # keyboard focus (focus-visible): tab from the search field to its button
    field.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.tag_name == "button"
    assert focused.value_of_css_property("outline-style") == "solid"
    assert focused.value_of_css_property("outline-width") == "3px"
