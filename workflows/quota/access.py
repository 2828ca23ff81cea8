"""Who sees the quota report and the dashboard panel, and of which Sites: a board its own
Site(s) (``core.roles.board_sites``), a superuser every Site. Every way of naming a Site (the
host the admin is browsed on, the report's ``site`` parameter, its downloads) goes through
``visible_sites``: another Site's figures are never shown."""

from wagtail.models import Site

from core.roles import board_sites, is_editor


def can_view_quota(user) -> bool:
    if not (user and user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or is_editor(user)


def visible_sites(user):
    """The Sites whose figures ``user`` may see, the default Site first."""
    return board_sites(user).select_related("root_page").order_by("-is_default_site", "pk")


def site_for_request(request) -> Site | None:
    """The Site the admin is browsed on if the user may see it, else the first of theirs."""
    sites = visible_sites(request.user)
    current = Site.find_for_request(request)
    if current is not None and sites.filter(pk=current.pk).exists():
        return current
    return sites.first()
