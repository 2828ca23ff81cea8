"""`manage.py check --deploy`: the admin's base address must be the real public HTTPS address.

Wagtail puts it in every notification email and in links built outside a request; a missing,
plain-HTTP or local address sends editors to nowhere (or to an insecure page).
"""

import ipaddress
from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Error, Tags, register
from django.utils.translation import gettext as _

LOCAL_NAMES = {"localhost", "localhost.localdomain"}


def _is_local(hostname: str) -> bool:
    if hostname in LOCAL_NAMES or hostname.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(hostname)
    except ValueError:
        return False
    return address.is_loopback or address.is_unspecified


@register(Tags.security, deploy=True)
def check_admin_base_url(app_configs=None, **kwargs):
    url = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").strip()
    hint = _(
        "Đặt biến môi trường WAGTAILADMIN_BASE_URL là địa chỉ công khai của trang quản trị, "
        "ví dụ https://khuyenhoc.sonla.vn"
    )
    if not url:
        problem = _("WAGTAILADMIN_BASE_URL chưa được đặt.")
    else:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            problem = _("WAGTAILADMIN_BASE_URL phải là một địa chỉ https://, không phải %(url)r.") % {"url": url}
        elif _is_local(parts.hostname):
            problem = _("WAGTAILADMIN_BASE_URL trỏ tới máy cục bộ (%(url)r).") % {"url": url}
        else:
            return []
    return [Error(problem, hint=hint, id="accounts.E001")]
