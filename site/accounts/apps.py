from django.apps import AppConfig

from . import checks  # noqa: F401  (registers the deploy check)


class AccountsConfig(AppConfig):
    """Staff accounts: login throttling, the second factor, security headers and the deploy check."""

    name = "accounts"
    verbose_name = "Tài khoản quản trị"
