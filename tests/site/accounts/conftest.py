import pytest
from django.urls import reverse

from demo.loader import DEMO_PASSWORD


@pytest.fixture
def login_url():
    return reverse("wagtailadmin_login")


@pytest.fixture
def post_login(client, login_url):
    """POST Wagtail's admin login form, as a browser at ``address`` (REMOTE_ADDR) would."""

    def _post(username, password=DEMO_PASSWORD, address="127.0.0.1", **extra):
        data = {"username": username, "password": password, "next": reverse("wagtailadmin_home")}
        data.update(extra.pop("data", {}))
        return client.post(login_url, data, REMOTE_ADDR=address, **extra)

    return _post
