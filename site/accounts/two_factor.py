"""Who must use a second factor, the recovery codes, and the middleware that sends them to enrol."""

from base64 import b32encode
from io import BytesIO

from django.conf import settings
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image

from core.roles import is_editor

RECOVERY_CODES = 10
APP_DEVICE_NAME = _("Ứng dụng xác thực")
RECOVERY_DEVICE_NAME = _("Mã dự phòng")
# Admin views a user who still has to enrol may reach: signing in and out, and what the
# enrolment page itself loads (the icon sprite, the JavaScript catalogue).
OPEN_VIEWS = {"wagtailadmin_login", "wagtailadmin_logout", "wagtailadmin_sprite", "wagtailadmin_javascript_catalog"}
ENROLMENT_VIEWS = {"accounts_two_factor"}


def must_use_2fa(user) -> bool:
    """Superusers and every Site's Ban Biên tập hold the keys to a whole Site; presidents may opt in."""
    return user.is_authenticated and (user.is_superuser or is_editor(user))


def is_required(user) -> bool:
    return bool(settings.KHUYENHOC_REQUIRE_2FA) and must_use_2fa(user)


def app_device(user, confirmed=True):
    return TOTPDevice.objects.filter(user=user, confirmed=confirmed).first()


def pending_app_device(user) -> TOTPDevice:
    """The device being enrolled: kept between visits, so reloading the page keeps the secret."""
    return app_device(user, confirmed=False) or TOTPDevice.objects.create(
        user=user, name=str(APP_DEVICE_NAME), confirmed=False
    )


def secret_for_typing(device: TOTPDevice) -> str:
    """The base32 secret in groups of four, for apps where it is typed rather than scanned."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def qr_code_svg(device: TOTPDevice) -> bytes:
    out = BytesIO()
    write_qrcode_image(device.config_url, out)
    return out.getvalue()


def new_recovery_codes(user) -> list[str]:
    """Replace the user's recovery codes by ten new ones, each good once. They are shown once:
    a user who loses them signs in with the app and makes new ones."""
    StaticDevice.objects.filter(user=user).delete()
    device = StaticDevice.objects.create(user=user, name=str(RECOVERY_DEVICE_NAME))
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def remaining_recovery_codes(user) -> int:
    return StaticToken.objects.filter(device__user=user, device__confirmed=True).count()


class RequireTwoFactorMiddleware:
    """The admin is closed to a session of a user with a device that was not verified with it
    (opened before the device existed, or by the password-only login of private pages): it is
    signed out and logs in again with a code. With KHUYENHOC_REQUIRE_2FA, a user who must use a
    second factor and has none yet is sent to the enrolment page before anything else.
    Comes after OTPMiddleware.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = request.user
        if not request.path_info.startswith(reverse("wagtailadmin_home")) or not user.is_authenticated:
            return None
        name = request.resolver_match.url_name if request.resolver_match else None
        if user.is_verified() or name in OPEN_VIEWS:
            return None
        if user_has_device(user):
            logout(request)
            return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
        if is_required(user) and name not in ENROLMENT_VIEWS:
            return redirect("accounts_two_factor")
        return None
