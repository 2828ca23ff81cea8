"""axe-core (WCAG 2.0/2.1, A and AA) finds nothing on five pages of each demo Site, at phone width.

The pages: home, news index, an article, search results, a campaign; the article and the
campaign are the first ones linked from their index. Sóc Trăng answers at soctrang.localhost
(Chromium sends every *.localhost name to 127.0.0.1).
"""

from urllib.parse import urlsplit

import pytest
from selenium.webdriver.common.by import By

from tests.browser import PHONE, axe_violations

PAGES = ["/", "/tin-tuc/", ("article", "/tin-tuc/"), "/tim-kiem/?q=khuyen+hoc", ("campaign", "/chien-dich/")]


def first_child_page(browser, index_url: str) -> str:
    """The first link on the index page to a page one level below it."""
    browser.get(index_url)
    prefix = urlsplit(index_url).path
    for href in browser.execute_script("return Array.from(document.querySelectorAll('main a[href]'), (a) => a.href)"):
        parts = urlsplit(href)
        rest = parts.path[len(prefix) :].strip("/") if parts.path.startswith(prefix) else ""
        if rest and "/" not in rest and not parts.query:
            return href
    raise AssertionError(f"no page linked below {index_url}")


@pytest.mark.parametrize("host", ["127.0.0.1", "soctrang.localhost"])
def test_no_axe_violations_at_phone_width(browser, demo_server, host):
    base = demo_server.replace("127.0.0.1", host)
    assert browser.get_window_size()["width"] == PHONE[0]
    found = {}
    for page in PAGES:
        url = first_child_page(browser, base + page[1]) if isinstance(page, tuple) else base + page
        violations = axe_violations(browser, url)
        assert browser.find_element(By.TAG_NAME, "main")  # a real page, not an error
        if violations:
            found[url] = violations
    report = "\n".join(
        f"{url}\n"
        + "\n".join(
            f"  [{v['impact']}] {v['id']}: {v['help']}\n" + "\n".join(f"      {target}" for target in v["nodes"][:5])
            for v in violations
        )
        for url, violations in found.items()
    )
    assert not found, f"axe-core violations:\n{report}"
