"""What a reader does on a phone: switch language, land on a missing translation,
search with and without diacritics, share an article."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser import DESKTOP, PHONE, screenshot

ARTICLE_VI = "/tin-tuc/tiep-suc-mua-thi-2023-gan-1-ty-dong-tien-mat-va-hien-vat-cho-hoc-sinh-lop-12/"
ARTICLE_EN = "/en/news/exam-season-support-2023/"
UNTRANSLATED = "/gioi-thieu/"


def switch_to(browser, language_code):
    browser.find_element(By.CSS_SELECTOR, f'.language-switcher a[hreflang="{language_code}"]').click()
    WebDriverWait(browser, 10).until(
        lambda driver: (
            driver.find_element(By.CSS_SELECTOR, '.language-switcher a[aria-current="true"]').get_attribute("hreflang")
            == language_code
        )
    )


def test_language_switch_keeps_the_page(browser, demo_server):
    browser.get(demo_server + ARTICLE_VI)
    title_vi = browser.find_element(By.TAG_NAME, "h1").text
    switch_to(browser, "en")
    assert browser.current_url == demo_server + ARTICLE_EN
    assert "Exam Season Support" in browser.find_element(By.TAG_NAME, "h1").text
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    assert browser.find_element(By.CSS_SELECTOR, ".skip-link").get_attribute("textContent").strip() != ""
    for size in (PHONE, DESKTOP):
        screenshot(browser, "article-en", size)
    switch_to(browser, "vi")
    assert browser.current_url == demo_server + ARTICLE_VI
    assert browser.find_element(By.TAG_NAME, "h1").text == title_vi


def test_missing_translation_falls_back_politely(browser, demo_server):
    browser.get(demo_server + "/tin-tuc/")
    switch_to(browser, "hmn")
    notice = browser.find_element(By.CSS_SELECTOR, ".notice--language")
    assert notice.is_displayed() and "tiếng Việt" in notice.text
    # Mông readers get a Vietnamese interface (its catalogue is untranslated), and the page says so
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "vi"
    assert browser.find_element(By.TAG_NAME, "main").get_attribute("lang") in ("", None)
    assert browser.current_url == demo_server + "/hmn/tin-tuc/"
    for size in (PHONE, DESKTOP):
        screenshot(browser, "fallback-hmn-news", size)


@pytest.mark.parametrize("query, name", [("khuyến học", "search-diacritics"), ("khuyen hoc", "search-plain")])
def test_search_from_the_header_with_and_without_diacritics(browser, demo_server, query, name):
    browser.get(demo_server + "/")
    box = browser.find_element(By.ID, "site-search-q")
    box.send_keys(query)
    box.submit()
    WebDriverWait(browser, 10).until(EC.presence_of_element_located((By.CSS_SELECTOR, "main h1")))
    marks = browser.find_elements(By.CSS_SELECTOR, "main mark")
    assert marks, "no highlighted hit"
    marked = " ".join(mark.text.lower() for mark in marks)
    assert "khuyến" in marked and "học" in marked  # the Vietnamese words are found either way
    for size in (PHONE, DESKTOP):
        screenshot(browser, name, size)


def test_share_links_and_copy_on_an_article(browser, demo_server):
    browser.get(demo_server + ARTICLE_VI)
    share = browser.find_element(By.CSS_SELECTOR, ".share")
    zalo = share.find_element(By.CSS_SELECTOR, ".share__link--zalo").get_attribute("href")
    facebook = share.find_element(By.CSS_SELECTOR, ".share__link--facebook").get_attribute("href")
    from urllib.parse import parse_qs, urlsplit

    assert parse_qs(urlsplit(zalo).query)["url"] == [demo_server + ARTICLE_VI]
    assert parse_qs(urlsplit(facebook).query)["u"] == [demo_server + ARTICLE_VI]
    browser.execute_script("arguments[0].scrollIntoView()", share)
    share.find_element(By.CSS_SELECTOR, ".share__copy").click()
    status = share.find_element(By.CSS_SELECTOR, ".share__status")
    WebDriverWait(browser, 5).until(lambda driver: status.text.strip() != "")
    assert status.text in ("Đã sao chép liên kết", demo_server + ARTICLE_VI)
    # no script from another origin on the page
    scripts = browser.execute_script("return [...document.scripts].map(s => s.src).filter(Boolean)")
    assert scripts and all(src.startswith(demo_server) for src in scripts)
    for size in (PHONE, DESKTOP):
        screenshot(browser, "article-share", size)


def test_tai_viet_font_is_fetched_only_for_tai_viet_letters(browser, demo_server):
    browser.get(demo_server + "/blt/")
    font_status = "return [...document.fonts].filter(f => f.family.includes('Tai Viet')).map(f => f.status)"
    assert browser.execute_script(font_status) == ["unloaded"]  # a Thái page in Vietnamese needs no font
    browser.execute_script(
        "const p = document.createElement('p'); p.lang = 'blt'; p.textContent = '\\uAA80\\uAA81\\uAA82';"
        "document.querySelector('main').prepend(p);"
    )
    WebDriverWait(browser, 10).until(lambda driver: driver.execute_script(font_status) == ["loaded"])
