"""A chapter president's journey on the desk, as on a phone on a mountain link: 390 px wide,
1 Mbit/s with 400 ms latency, in headless Chromium against the demo server."""

import re

import pytest
from PIL import Image as PillowImage
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.browser import screenshot

PASSWORD = "demo-khuyenhoc"
MOUNTAIN_LINK = {"offline": False, "latency": 400, "downloadThroughput": 125_000, "uploadThroughput": 125_000}


def throttle(driver, **overrides):
    driver.execute_cdp_cmd("Network.enable", {})
    driver.execute_cdp_cmd("Network.emulateNetworkConditions", {**MOUNTAIN_LINK, **overrides})


def log_in(driver, base, username):
    driver.delete_all_cookies()
    driver.get(f"{base}/quan-tri/login/")
    driver.find_element(By.NAME, "username").send_keys(username)
    driver.find_element(By.NAME, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    WebDriverWait(driver, 60).until(lambda d: "/login/" not in d.current_url)


def wait_text(driver, text, timeout=90):
    WebDriverWait(driver, timeout).until(EC.text_to_be_present_in_element((By.TAG_NAME, "body"), text))


@pytest.fixture
def phone_photo(tmp_path):
    """A 4000×3000 photo as a phone takes it (noise compresses badly: several MB)."""
    path = tmp_path / "IMG_4000x3000.jpg"
    PillowImage.effect_noise((4000, 3000), 40).convert("RGB").save(path, "JPEG", quality=85)
    return path


def test_a_president_writes_sends_is_sent_back_and_the_checklist_stops_a_phone_number(
    browser, demo_server, phone_photo
):
    log_in(browser, demo_server, "chutich-thuanchau")
    throttle(browser)
    browser.get(f"{demo_server}/quan-tri/bai-cua-toi/viet/?kind=tin")
    title = "Bản Nà Sài mở lớp tin học cho thanh niên"
    browser.find_element(By.NAME, "title").send_keys(title)
    browser.find_element(By.NAME, "summary").send_keys("Mười lăm thanh niên học tin học văn phòng mỗi tối.")
    browser.find_element(By.NAME, "body").send_keys("Lớp học tại nhà văn hoá bản.\n\nMáy tính do hội tặng.")
    browser.find_element(By.NAME, "image").send_keys(str(phone_photo))
    browser.find_element(By.NAME, "image_alt").send_keys("Thanh niên bản Nà Sài học tin học")
    wait_text(browser, "Ảnh đã thu nhỏ: 1600×1200")
    # no category yet: the checklist's words appear beside the field before sending
    WebDriverWait(browser, 60).until(
        lambda d: "Chưa chọn chuyên mục." in d.find_element(By.CSS_SELECTOR, "[data-errors-for=category]").text
    )
    screenshot(browser, "desk-form-checklist-failure")
    Select(browser.find_element(By.NAME, "category")).select_by_index(1)
    WebDriverWait(browser, 60).until(lambda d: d.find_element(By.CSS_SELECTOR, "[data-errors-for=category]").text == "")
    browser.find_element(By.CSS_SELECTOR, "button[value=submit]").click()
    wait_text(browser, "Đã gửi, đang chờ Ban Biên tập.")
    assert "Chờ Ban Biên tập" in browser.find_element(By.TAG_NAME, "main").text
    screenshot(browser, "desk-sent")
    edit_url = browser.find_element(By.LINK_TEXT, title).get_attribute("href")
    page_id = re.search(r"/bai-cua-toi/(\d+)/sua/", edit_url).group(1)

    # the board sends it back with a comment (on the office's link)
    throttle(browser, latency=0, downloadThroughput=-1, uploadThroughput=-1)
    log_in(browser, demo_server, "bientap")
    browser.get(f"{demo_server}/quan-tri/")
    reject = browser.find_element(By.CSS_SELECTOR, f"[data-workflow-action-url*='/action/{page_id}/reject/']")
    url = reject.get_attribute("data-workflow-action-url")
    status = browser.execute_async_script(
        """
        const [url, done] = arguments;
        const token = document.cookie.match(/csrftoken=([^;]+)/)[1];
        const body = new FormData(); body.append('comment', 'Ghi rõ ai dạy lớp.'); body.append('csrfmiddlewaretoken', token);
        fetch(url, {method: 'POST', body, credentials: 'same-origin'}).then(r => done(r.status), e => done(String(e)));
    """,
        url,
    )
    assert status in (200, 302)

    # the president sees the comment on the desk, adds a phone number, resends: refused
    log_in(browser, demo_server, "chutich-thuanchau")
    throttle(browser)
    browser.get(f"{demo_server}/quan-tri/bai-cua-toi/")
    wait_text(browser, "Ghi rõ ai dạy lớp.")
    assert "Cần sửa" in browser.find_element(By.TAG_NAME, "main").text
    screenshot(browser, "desk-sent-back")
    browser.find_element(By.LINK_TEXT, "Sửa và gửi lại").click()
    body = browser.find_element(By.NAME, "body")
    body.send_keys("\n\nThầy Lò Văn Hùng dạy, điện thoại 0915 222 333.")
    browser.find_element(By.CSS_SELECTOR, "button[value=submit]").click()
    wait_text(browser, "Chưa gửi được")
    errors = browser.find_element(By.CSS_SELECTOR, "[data-errors-for=body]").text
    assert "số điện thoại" in errors
    screenshot(browser, "desk-refused")


def test_a_draft_survives_a_dropped_link_and_a_closed_tab(browser, demo_server):
    log_in(browser, demo_server, "chutich-songma")
    throttle(browser)
    browser.get(f"{demo_server}/quan-tri/bai-cua-toi/viet/?kind=bai")
    title = "Sông Mã trao 40 suất học bổng cho học sinh vùng biên"
    browser.find_element(By.NAME, "title").send_keys(title)
    browser.find_element(By.NAME, "body").send_keys("Buổi trao học bổng tổ chức tại xã Mường Lầm.")
    # the tab is closed and opened again: what was typed is back
    browser.get(f"{demo_server}/quan-tri/bai-cua-toi/viet/?kind=bai")
    wait_text(browser, "Đã khôi phục")
    assert browser.find_element(By.NAME, "title").get_attribute("value") == title
    # the link drops while saving: kept in the browser, sent when the link is back
    throttle(browser, offline=True)
    browser.find_element(By.CSS_SELECTOR, "button[value=save]").click()
    wait_text(browser, "Mất kết nối")
    throttle(browser)
    wait_text(browser, "Đã lưu nháp", timeout=120)
    browser.get(f"{demo_server}/quan-tri/bai-cua-toi/")
    assert browser.find_elements(By.LINK_TEXT, title)
