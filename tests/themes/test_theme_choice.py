"""A Site's theme setting picks templates; an unknown theme falls back to the base theme."""

import pytest
from django.test import RequestFactory

from core.models import SiteIdentity
from core.themes import available_themes, theme_for_request


@pytest.mark.django_db
def test_unknown_theme_falls_back_to_base(client, sonla):
    identity = SiteIdentity.for_site(sonla)
    identity.theme = "khong-co-giao-dien-nay"
    identity.save()
    request = RequestFactory().get("/", HTTP_HOST="127.0.0.1:8000")
    assert theme_for_request(request) == "base"
    response = client.get("/", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert "/static/base/css/site.css" in response.text


def test_base_theme_is_available():
    assert "base" in available_themes()
