"""Per-Site settings are edited by that Site's board only: another Site's settings are refused
for GET and POST, whatever global permission the board holds, and the switcher offers only
the board's own Sites. The admin refuses the way Wagtail always does: a redirect to the
dashboard with "no permission" for a page load, a 403 for a script."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry
from wagtail.permissions import policy_registry

from core.models import SiteIdentity
from core.roles import board_of
from core.site_scope import BoardSitePermissionPolicy
from workflows.quota.models import QuotaSettings

from .conftest import SOCTRANG_HTTP_HOST, assert_refused

pytestmark = pytest.mark.demo

SITE_SETTINGS = [model for model in registry if issubclass(model, BaseSiteSetting)]


def edit_url(model, site):
    return reverse("wagtailsettings:edit", args=[model._meta.app_label, model._meta.model_name, site.pk])


def grant_globally(site, model):
    """The board holds the setting's permission globally, as an administrator might grant it."""
    opts = model._meta
    board_of(site).permissions.add(
        Permission.objects.get(content_type__app_label=opts.app_label, codename=f"change_{opts.model_name}")
    )


def test_every_registered_site_setting_is_confined_to_boards():
    assert {SiteIdentity, QuotaSettings} <= set(SITE_SETTINGS)
    for model in SITE_SETTINGS:
        assert isinstance(policy_registry.get_by_type(model), BoardSitePermissionPolicy), model


@pytest.mark.parametrize("model", SITE_SETTINGS, ids=lambda model: model._meta.label)
@pytest.mark.parametrize("side", ["sonla", "soctrang"])
def test_a_board_opens_its_own_sites_settings_only(client, sides, model, side):
    board, own, other = sides[side]["board"], sides[side]["own"], sides[side]["other"]
    grant_globally(own, model)
    client.force_login(board)
    assert client.get(edit_url(model, own)).status_code == 200
    assert_refused(client, edit_url(model, other))


@pytest.mark.parametrize("side", ["sonla", "soctrang"])
def test_posting_another_sites_settings_is_refused_and_changes_nothing(client, sides, side):
    board, own, other = sides[side]["board"], sides[side]["own"], sides[side]["other"]
    before = QuotaSettings.for_site(other)
    identity_before = SiteIdentity.for_site(other).association_name
    grant_globally(own, SiteIdentity)
    client.force_login(board)
    data = {"tin_per_month": 9, "bai_per_month": 9, "reminder_day": 3}
    assert_refused(client, edit_url(QuotaSettings, other), data)
    identity = {"association_name": "Hội bị sửa", "theme": SiteIdentity.for_site(other).theme}
    assert_refused(client, edit_url(SiteIdentity, other), identity)
    after = QuotaSettings.objects.get(site=other)
    assert (after.tin_per_month, after.bai_per_month, after.reminder_day) == (
        before.tin_per_month,
        before.bai_per_month,
        before.reminder_day,
    )
    assert SiteIdentity.objects.get(site=other).association_name == identity_before
    # the same post on the board's own Site goes through: the refusal above is the Site's
    assert client.post(edit_url(QuotaSettings, own), data).status_code == 302
    assert QuotaSettings.objects.get(site=own).tin_per_month == 9


def test_the_site_switcher_offers_only_the_boards_own_site(client, sonla, soctrang, sonla_board, admin):
    client.force_login(sonla_board)
    html = client.get(edit_url(QuotaSettings, sonla)).text
    assert edit_url(QuotaSettings, soctrang) not in html
    client.force_login(admin)
    html = client.get(edit_url(QuotaSettings, sonla)).text
    assert edit_url(QuotaSettings, soctrang) in html


def test_the_settings_menu_link_leads_a_board_to_its_own_site_from_any_host(client, sonla, sonla_board):
    client.force_login(sonla_board)
    menu_link = reverse("wagtailsettings:edit", args=["quota", "quotasettings"])
    response = client.get(menu_link, HTTP_HOST=SOCTRANG_HTTP_HOST)
    assert response.status_code == 302
    assert response["Location"] == edit_url(QuotaSettings, sonla)


def test_a_global_permission_without_a_board_opens_no_sites_settings(client, sonla, soctrang):
    """Granting ``change_quotasettings`` to some other group does not open any Site."""
    group = Group.objects.create(name="Kế toán")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(content_type__app_label="quota", codename="change_quotasettings"),
    )
    outsider = get_user_model().objects.create_user("ketoan", password="x")
    outsider.groups.add(group)
    client.force_login(outsider)
    assert_refused(client, edit_url(QuotaSettings, sonla))
    assert_refused(client, edit_url(QuotaSettings, soctrang))


def test_a_superuser_still_edits_every_sites_settings(client, sonla, soctrang, admin):
    client.force_login(admin)
    for site in (sonla, soctrang):
        for model in SITE_SETTINGS:
            assert client.get(edit_url(model, site)).status_code == 200, (model, site)
