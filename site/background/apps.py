from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BackgroundConfig(AppConfig):
    """Work done off the request (mail, index retries), its failures and the health endpoint."""

    name = "background"
    verbose_name = _("Tác vụ nền")
