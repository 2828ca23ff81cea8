"""A Site's theme setting picks templates; an unknown theme falls back to the base theme."""

import pytest
from django.test import RequestFactory

from core.themes import available_themes, theme_for_request
from tests.factories import SiteFactory, http_host


@pytest.mark.django_db
def test_unknown_theme_falls_back_to_base(client):
    site = SiteFactory(identity__theme="khong-co-giao-dien-nay")
    request = RequestFactory().get("/", HTTP_HOST=http_host(site))
    assert theme_for_request(request) == "base"
    response = client.get("/", HTTP_HOST=http_host(site))
    assert response.status_code == 200
    assert "/static/base/css/site.css" in response.text


def test_base_theme_is_available():
    assert "base" in available_themes()
