"""Every Site a closed room: in the admin a board sees and changes only its own Sites' data.

Wagtail's permissions are per model (``change_honourrecord``) or, for settings, per Site
through ``GroupSitePermission``; a board holds them globally, which on its own would open
every Site. The policies here keep Wagtail's check and add the Site: an object counts only
if it belongs to a Site whose board the user sits on (``roles.board_sites``; superusers:
every Site). They are registered with ``wagtail.permissions.register_permission_policy``;
the snippet views of ``site_scope_views`` look objects up through them, so a URL naming
another Site's object answers 404, and the forms narrow their choices with ``scope_choice``.
"""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.contrib.settings.registry import registry
from wagtail.models import Site
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permission_policies.sites import SitePermissionPolicy
from wagtail.permissions import register_permission_policy

from .roles import board_sites

ANY_ACTION = ["add", "change", "delete", "view"]
OTHER_SITE = _("Lựa chọn này thuộc trang của hội khác hoặc không còn tồn tại.")


# -- where things are -------------------------------------------------------


def working_sites(user):
    """The Sites a user works in: those whose board they sit on, and their chapters' Sites."""
    if not (user and user.is_authenticated and user.is_active):
        return Site.objects.none()
    if user.is_superuser:
        return Site.objects.all()
    groups = user.groups.all()
    return Site.objects.filter(Q(roles__board__in=groups) | Q(chapter_roles__presidents__in=groups)).distinct()


def scope_choice(field, queryset, *, with_site: bool = False) -> None:
    """Narrow a ModelChoiceField; a posted id outside it is a Vietnamese form error."""
    field.queryset = queryset
    field.error_messages["invalid_choice"] = OTHER_SITE
    if with_site:
        field.label_from_instance = _label_with_site


def _label_with_site(page) -> str:
    """Two Sites may both have a "Bảng vinh danh": a superuser sees whose is whose."""
    site = page.get_site()
    return f"{page.title} ({site})" if site else page.title


# -- per-Site settings ------------------------------------------------------


class BoardSitePermissionPolicy(SitePermissionPolicy):
    """Wagtail's site-setting permission, and only on the Sites whose board the user sits on:
    the views, the menu item and the site switcher all ask this policy."""

    def user_has_any_permission(self, user, actions):
        return super().user_has_any_permission(user, actions) and board_sites(user).exists()

    def user_has_any_permission_for_instance(self, user, actions, instance):
        site_id = instance.pk if isinstance(instance, Site) else getattr(instance, self.site_fk_field_name)
        return (
            super().user_has_any_permission_for_instance(user, actions, instance)
            and board_sites(user).filter(pk=site_id).exists()
        )

    def sites_user_has_any_permission_for(self, user, actions):
        sites = super().sites_user_has_any_permission_for(user, actions)
        return sites.filter(pk__in=board_sites(user).values("pk"))

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission(actions).filter(_board_members(Site.objects.all())).distinct()

    def users_with_any_permission_for_instance(self, actions, instance):
        site_id = instance.pk if isinstance(instance, Site) else getattr(instance, self.site_fk_field_name)
        users = super().users_with_any_permission_for_instance(actions, instance)
        return users.filter(_board_members(Site.objects.filter(pk=site_id))).distinct()


def _board_members(sites) -> Q:
    return Q(is_superuser=True) | Q(groups__board_of__site__in=sites)


def confine_site_settings() -> None:
    """Give every registered site setting the board policy (called from ``CoreConfig.ready``,
    when every ``@register_setting`` has run; the views look the policy up per request)."""
    for model in registry:
        if issubclass(model, BaseSiteSetting):
            register_permission_policy(model, BoardSitePermissionPolicy(model))


# -- snippets that belong to a Site -----------------------------------------


class SiteOwnedPermissionPolicy(ModelPermissionPolicy):
    """Django's model permissions, narrowed to the objects of the user's board Sites.

    ``in_sites(queryset, sites)`` says which rows belong to ``sites``."""

    def __init__(self, model, in_sites):
        super().__init__(model)
        self.in_sites = in_sites

    def instances_user_has_any_permission_for(self, user, actions):
        objects = self.model._default_manager.all()
        if not self.user_has_any_permission(user, actions):
            return objects.none()
        if user.is_superuser:
            return objects
        return self.in_sites(objects, board_sites(user))

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if instance.pk is None or not self.user_has_any_permission(user, actions):
            return False
        return user.is_superuser or instance.pk in self._allowed_ids(user, actions)

    def _allowed_ids(self, user, actions) -> set:
        """Ids the user may act on, computed once per user object (one request): a listing
        asks for every row's buttons."""
        cache = getattr(user, "_site_owned_ids", None)
        if cache is None:
            cache = {}
            user._site_owned_ids = cache
        key = (self.model, tuple(sorted(actions)))
        if key not in cache:
            cache[key] = set(self.instances_user_has_any_permission_for(user, actions).values_list("pk", flat=True))
        return cache[key]

    def users_with_any_permission_for_instance(self, actions, instance):
        owners = [
            site.pk
            for site in Site.objects.all()
            if self.in_sites(self.model._default_manager.filter(pk=instance.pk), [site]).exists()
        ]
        users = self.users_with_any_permission(actions)
        return users.filter(_board_members(Site.objects.filter(pk__in=owners))).distinct()
