"""In the admin, a Vietnamese title gives a readable ASCII slug as the editor types."""

import json
import urllib.request

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

from demo.loader import DEMO_PASSWORD
from tests.browser import screenshot


def login(browser, base_url, username):
    browser.get(f"{base_url}/quan-tri/login/")
    browser.find_element(By.NAME, "username").send_keys(username)
    browser.find_element(By.NAME, "password").send_keys(DEMO_PASSWORD)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(browser, 20).until(EC.url_contains("/quan-tri/"))


def test_title_is_folded_into_the_slug(browser, demo_server):
    login(browser, demo_server, "bientap")
    with urllib.request.urlopen(f"{demo_server}/api/v2/pages/?type=home.HomePage") as response:
        home_id = json.load(response)["items"][0]["id"]
    browser.get(f"{demo_server}/quan-tri/pages/add/standard/standardpage/{home_id}/")
    title = WebDriverWait(browser, 20).until(EC.element_to_be_clickable((By.ID, "id_title")))
    # wait for Wagtail's Stimulus controllers to connect before typing
    WebDriverWait(browser, 20).until(
        lambda d: d.execute_script(
            "return !!(window.wagtail && window.wagtail.app) && document.readyState === 'complete'"
        )
    )
    title.send_keys("Đại hội Hội Khuyến học tỉnh Sơn La lần thứ VI")
    browser.find_element(By.ID, "id_summary").click()  # leave the title field
    WebDriverWait(browser, 10).until(lambda d: d.execute_script("return document.getElementById('id_slug').value"))
    slug = browser.execute_script("return document.getElementById('id_slug').value")
    screenshot(browser, "admin-add-page")
    assert slug == "dai-hoi-hoi-khuyen-hoc-tinh-son-la-lan-thu-vi"
