"""Login throttling (django-axes): one username at one address, a Vietnamese page, and the unlock."""

import pytest
from axes.models import AccessAttempt
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from tests.factories import PASSWORD, BoardMemberFactory, PresidentFactory, SuperuserFactory

pytestmark = pytest.mark.django_db

BOARD, PRESIDENT = "bientap-khoa-thu", "chutich-khoa-thu"

LOCKED = "Đăng nhập tạm bị khoá"
BEHIND_NGINX = {
    "AXES_IPWARE_META_PRECEDENCE_ORDER": ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"],
    "AXES_IPWARE_PROXY_COUNT": 0,
}


@pytest.fixture(autouse=True)
def people(db):
    """A board member and a president of their own Site."""
    return BoardMemberFactory(username=BOARD), PresidentFactory(username=PRESIDENT)


@pytest.fixture
def post_login(post_login):
    def _post(username, password=PASSWORD, **extra):
        return post_login(username, password, **extra)

    return _post


def fail(post_login, username, times, **extra):
    for _ in range(times):
        response = post_login(username, "sai-mat-khau", **extra)
    return response


def test_the_right_password_is_refused_after_thirty_wrong_ones(post_login, client):
    last = fail(post_login, BOARD, 30)
    assert last.status_code == 429

    response = post_login(BOARD)
    assert response.status_code == 429
    text = response.content.decode()
    assert LOCKED in text and "sai 5 lần" in text and "30 phút" in text
    assert response["Retry-After"] == "1800"
    assert "_auth_user_id" not in client.session


def test_another_username_from_the_same_address_still_logs_in(post_login, client):
    fail(post_login, BOARD, 6)
    response = post_login(PRESIDENT)
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_the_same_username_from_another_address_still_logs_in(post_login):
    fail(post_login, BOARD, 6, address="198.51.100.1")
    assert post_login(BOARD, address="198.51.100.2").status_code == 302


def test_wrong_passwords_below_the_limit_do_not_lock(post_login):
    fail(post_login, BOARD, 4)
    assert post_login(BOARD).status_code == 302


def test_the_management_command_unlocks(post_login):
    fail(post_login, BOARD, 6)
    call_command("axes_reset_username", BOARD)
    assert post_login(BOARD).status_code == 302


@override_settings(**BEHIND_NGINX)
def test_clients_behind_the_proxy_are_told_apart_by_x_forwarded_for(post_login):
    """nginx connects from 127.0.0.1 for everyone: locking that address would lock everyone out."""
    fail(post_login, BOARD, 6, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert post_login(BOARD, HTTP_X_FORWARDED_FOR="198.51.100.7").status_code == 429
    assert post_login(BOARD, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 302
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}


@override_settings(**BEHIND_NGINX)
def test_a_forged_x_forwarded_for_does_not_escape_the_lock(post_login):
    """nginx appends the address it saw; what the client wrote in front of it is not believed."""
    fail(post_login, BOARD, 6, HTTP_X_FORWARDED_FOR="198.51.100.7")
    forged = post_login(BOARD, HTTP_X_FORWARDED_FOR="203.0.113.99, 198.51.100.7")
    assert forged.status_code == 429


def test_without_a_proxy_x_forwarded_for_is_ignored(post_login):
    fail(post_login, BOARD, 6, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert post_login(BOARD, HTTP_X_FORWARDED_FOR="198.51.100.8").status_code == 429


# -- the unlock page ----------------------------------------------------------


@pytest.fixture
def admin_client(client):
    client.force_login(SuperuserFactory())
    return client


def test_superuser_lists_and_unlocks_a_locked_login(post_login, admin_client):
    fail(post_login, BOARD, 6, address="198.51.100.3")
    page = admin_client.get(reverse("accounts_locked_logins"))
    assert page.status_code == 200
    html = page.content.decode()
    assert BOARD in html and "198.51.100.3" in html and "Mở khoá" in html

    done = admin_client.post(
        reverse("accounts_unlock_login"), {"username": BOARD, "ip_address": "198.51.100.3"}, follow=True
    )
    assert "Đã mở khoá" in done.content.decode()
    assert not AccessAttempt.objects.exists()
    assert post_login(BOARD, address="198.51.100.3").status_code == 302


def test_the_unlock_page_is_for_superusers_only(client, post_login, people):
    """Wagtail turns the refusal into a redirect to the admin home with its "no permission" message."""
    fail(post_login, PRESIDENT, 6)
    client.force_login(people[0])
    listing = client.get(reverse("accounts_locked_logins"))
    assert listing.status_code == 302 and listing.url == reverse("wagtailadmin_home")
    client.post(reverse("accounts_unlock_login"), {"username": PRESIDENT, "ip_address": "127.0.0.1"})
    assert AccessAttempt.objects.filter(username=PRESIDENT).exists()


def test_a_bad_unlock_request_is_a_vietnamese_400(admin_client):
    response = admin_client.post(reverse("accounts_unlock_login"), {"username": BOARD, "ip_address": "không-phải-ip"})
    assert response.status_code == 400
    assert "không hợp lệ" in response.content.decode()


def test_accounts_still_log_in_with_the_test_client(client):
    """Django's test client authenticates without a request: not throttled, not refused."""
    assert client.login(username=BOARD, password=PASSWORD)
