"""Finding the Site a command or a request is about."""

from django.utils.translation import gettext as _
from wagtail.models import Site


class UnknownSite(LookupError):
    """The message is for the user, in Vietnamese."""


def site_for_host(host: str) -> Site:
    """``127.0.0.1`` or ``soctrang.localhost:8000`` → that Site."""
    hostname, _sep, port = (host or "").strip().partition(":")
    sites = Site.objects.filter(hostname__iexact=hostname).select_related("root_page")
    if port:
        sites = sites.filter(port=port) if port.isdigit() else sites.none()
    site = sites.order_by("-is_default_site", "port").first()
    if site is None:
        known = ", ".join(Site.objects.order_by("hostname").values_list("hostname", flat=True))
        raise UnknownSite(
            _("Không có trang nào với tên miền “%(host)s”. Các tên miền có: %(known)s.")
            % {"host": host, "known": known or "—"}
        )
    return site


def default_site() -> Site | None:
    return Site.objects.select_related("root_page").order_by("-is_default_site", "pk").first()
