"""The people and objects of two Sites, for driving the admin's own endpoints across the wall."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from honours.models import HonourRecord, HonourRollPage
from officialdocs.models import LegalDocument

SONLA_HTTP_HOST = "127.0.0.1:8000"
SOCTRANG_HTTP_HOST = "soctrang.localhost:8000"


def assert_refused(client, url, data=None):
    """Refused both ways Wagtail answers: page loads go to the dashboard, scripts get a 403."""
    send = getattr(client, "get" if data is None else "post")
    response = send(url, data or {})
    assert (response.status_code, response.get("Location")) == (302, reverse("wagtailadmin_home"))
    assert send(url, data or {}, HTTP_X_REQUESTED_WITH="XMLHttpRequest").status_code == 403


def user(username):
    return get_user_model().objects.get(username=username)


@pytest.fixture
def sonla_board(db):
    return user("bientap")


@pytest.fixture
def soctrang_board(db):
    return user("bientap-soctrang")


@pytest.fixture
def admin(db):
    return user("admin")


@pytest.fixture
def sonla_roll(db):
    return HonourRollPage.objects.get(slug="hoc-bong-khen-thuong-2023")


@pytest.fixture
def soctrang_roll(db):
    return HonourRollPage.objects.get(slug="thi-dua-khuyen-hoc-2025")


@pytest.fixture
def sonla_record(sonla_roll):
    return sonla_roll.records.order_by("pk").first()


@pytest.fixture
def soctrang_record(soctrang_roll):
    """The demo's Sóc Trăng roll has no entries yet: one of its own."""
    return HonourRecord.objects.create(
        roll=soctrang_roll,
        recipient_name="Trường THCS Lê Hồng Phong",
        recipient_kind="don-vi",
        award="Giấy khen",
        programme="Thi đua Tháng Khuyến học",
        year=2025,
    )


@pytest.fixture
def sonla_document(sonla):
    return LegalDocument.objects.get(site=sonla, symbol="1373/QĐ-TTg")


@pytest.fixture
def soctrang_document(soctrang):
    return LegalDocument.objects.get(site=soctrang, symbol="14/NQ-HKH")


@pytest.fixture
def sides(sonla, soctrang, sonla_board, soctrang_board):
    """Each board with its own Site and the other one."""
    return {
        "sonla": {"board": sonla_board, "own": sonla, "other": soctrang},
        "soctrang": {"board": soctrang_board, "own": soctrang, "other": sonla},
    }
