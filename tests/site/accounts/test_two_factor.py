"""Second factor (django-otp): who must enrol, enrolment, login with a code, recovery codes."""

import re
import time

import pytest
from django.contrib.auth import get_user_model
from django.test import Client, override_settings
from django.urls import reverse
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from demo.loader import DEMO_PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

REQUIRED = override_settings(KHUYENHOC_REQUIRE_2FA=True)


def user(username):
    return get_user_model().objects.get(username=username)


def code(device, steps_ahead=0):
    """The authenticator app's code, now or a few 30-second steps ahead (within the device's
    tolerance): a code is accepted once, so a second login in the same step uses the next one."""
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time() + steps_ahead * device.step
    return f"{totp.token():0{device.digits}d}"


def logged_in_as(username):
    client = Client()
    client.force_login(user(username))
    return client


def enrol(client, username):
    """Open the enrolment page, type the app's current code; returns (device, recovery codes)."""
    assert client.get(reverse("accounts_two_factor")).status_code == 200
    device = TOTPDevice.objects.get(user__username=username, confirmed=False)
    response = client.post(reverse("accounts_two_factor"), {"token": code(device)})
    assert response.status_code == 200, response.content.decode()
    codes = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    device.refresh_from_db()
    return device, codes


def login(username, token="", password=DEMO_PASSWORD):
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"),
        {
            "username": username,
            "password": password,
            "otp_token": token,
            "next": reverse("wagtailadmin_home"),
        },
    )
    return client, response


@REQUIRED
def test_a_board_member_without_a_device_is_sent_to_enrolment():
    client = logged_in_as("bientap")
    for path in (reverse("wagtailadmin_home"), reverse("wagtailadmin_explore_root"), reverse("wagtailadmin_account")):
        response = client.get(path)
        assert response.status_code == 302 and response.url == reverse("accounts_two_factor"), path
    page = client.get(reverse("accounts_two_factor"))
    html = page.content.decode()
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    assert "data:image/svg+xml;base64," in html and "quét mã QR" in html
    assert "phải bật xác thực hai bước" in html


@REQUIRED
def test_a_superuser_without_a_device_is_sent_to_enrolment_too():
    response = logged_in_as("admin").get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and response.url == reverse("accounts_two_factor")


@REQUIRED
def test_a_president_is_not_forced_but_may_enrol():
    client = logged_in_as("chutich-songma")
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    assert "Xác thực hai bước" in client.get(reverse("wagtailadmin_account")).content.decode()
    device, codes = enrol(client, "chutich-songma")
    assert device.confirmed and len(codes) == 10


def test_without_the_requirement_nobody_is_redirected():
    assert logged_in_as("bientap").get(reverse("wagtailadmin_home")).status_code == 200


@REQUIRED
def test_enrolling_with_a_valid_code_opens_the_admin_and_gives_ten_recovery_codes():
    client = logged_in_as("bientap")
    device, codes = enrol(client, "bientap")
    assert device.confirmed
    assert len(set(codes)) == 10
    stored = StaticToken.objects.filter(device__user__username="bientap").values_list("token", flat=True)
    assert sorted(stored) == sorted(codes)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200  # this session is verified


@REQUIRED
def test_a_wrong_enrolment_code_is_refused_in_vietnamese():
    client = logged_in_as("bientap")
    client.get(reverse("accounts_two_factor"))
    device = TOTPDevice.objects.get(user__username="bientap")
    wrong = f"{(int(code(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("accounts_two_factor"), {"token": wrong})
    assert response.status_code == 400 and "Mã không đúng" in response.content.decode()
    assert client.post(reverse("accounts_two_factor"), {"token": "abc"}).status_code == 400
    device.refresh_from_db()
    assert not device.confirmed
    assert client.get(reverse("wagtailadmin_home")).url == reverse("accounts_two_factor")


@REQUIRED
def test_login_then_requires_the_code():
    device, _codes = enrol(logged_in_as("bientap"), "bientap")

    client, response = login("bientap")
    assert response.status_code == 200
    assert "đã bật xác thực hai bước" in response.content.decode()
    assert "_auth_user_id" not in client.session

    client, response = login("bientap", code(device, 1))
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    # (a wrong code last: after a failure django-otp makes the next try wait a second)
    wrong = f"{(int(code(device)) + 1) % 1_000_000:06d}"
    client, response = login("bientap", wrong)
    assert "_auth_user_id" not in client.session
    assert "Mã xác thực không đúng" in response.content.decode()


@REQUIRED
def test_a_recovery_code_works_once():
    _device, codes = enrol(logged_in_as("bientap"), "bientap")

    client, response = login("bientap", codes[0].upper())  # typed in capitals: still the code
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    client, response = login("bientap", codes[0])
    assert "_auth_user_id" not in client.session
    assert StaticToken.objects.filter(device__user__username="bientap").count() == 9


def test_the_login_form_shows_the_code_field():
    html = Client().get(reverse("wagtailadmin_login")).content.decode()
    assert 'name="otp_token"' in html and "Mã xác thực hai bước" in html
    assert "Mật khẩu" in html and ">Password<" not in html


def test_a_user_without_a_device_logs_in_with_the_password_alone():
    _client, response = login("bientap")
    assert response.status_code == 302


@pytest.mark.parametrize("required", [True, False])
def test_a_session_not_verified_by_the_device_is_signed_out_of_the_admin(required):
    """Opened before the device existed (here), or by the password-only login of private pages."""
    with override_settings(KHUYENHOC_REQUIRE_2FA=required):
        stale = logged_in_as("chutich-songma")
        enrol(logged_in_as("chutich-songma"), "chutich-songma")  # in another browser
        response = stale.get(reverse("wagtailadmin_home"))
    assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))
    assert "_auth_user_id" not in stale.session


@REQUIRED
def test_a_board_member_cannot_switch_it_off_but_a_president_can():
    board = logged_in_as("bientap")
    enrol(board, "bientap")
    assert "Tắt xác thực hai bước" not in board.get(reverse("accounts_two_factor")).content.decode()
    board.post(reverse("accounts_two_factor_disable"))
    assert TOTPDevice.objects.filter(user__username="bientap").exists()

    president = logged_in_as("chutich-songma")
    enrol(president, "chutich-songma")
    assert president.post(reverse("accounts_two_factor_disable")).url == reverse("wagtailadmin_account")
    assert not TOTPDevice.objects.filter(user__username="chutich-songma").exists()
    assert not StaticToken.objects.filter(device__user__username="chutich-songma").exists()


@REQUIRED
def test_new_recovery_codes_replace_the_old_ones():
    client = logged_in_as("bientap")
    _device, old = enrol(client, "bientap")
    response = client.post(reverse("accounts_recovery_codes"))
    new = re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())
    assert len(new) == 10 and not set(new) & set(old)
    _client, response = login("bientap", old[0])
    assert "Mã xác thực không đúng" in response.content.decode()
