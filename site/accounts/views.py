"""Admin views: enrolling and managing the second factor; the superuser's list of locked logins."""

import base64

from axes.utils import reset
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django_otp import DEVICE_ID_SESSION_KEY, devices_for_user, user_has_device
from django_otp import login as otp_login

from .forms import TokenForm
from .lockout import locked_logins
from .two_factor import (
    app_device,
    is_required,
    new_recovery_codes,
    pending_app_device,
    qr_code_svg,
    remaining_recovery_codes,
    secret_for_typing,
)


def _codes_page(request, codes):
    return TemplateResponse(
        request,
        "accounts/recovery_codes.html",
        {
            "page_title": _("Mã dự phòng"),
            "header_title": _("Mã dự phòng"),
            "codes": codes,
        },
    )


def _require_verified(user):
    """Changing a second factor takes a session that was verified with it (RequireTwoFactorMiddleware
    signs any other out of the admin; this holds even without it)."""
    if user_has_device(user) and not user.is_verified():
        raise PermissionDenied


# Every view here is never_cache: secrets and recovery codes never sit in a cache.
@never_cache
def two_factor(request):
    """Enrol (scan or type the secret, confirm one code, receive the recovery codes) or see the status."""
    user = request.user
    if app_device(user) is not None:
        return TemplateResponse(
            request,
            "accounts/two_factor_status.html",
            {
                "page_title": _("Xác thực hai bước"),
                "header_title": _("Xác thực hai bước"),
                "remaining": remaining_recovery_codes(user),
                "can_disable": not is_required(user),
            },
        )
    device = pending_app_device(user)
    form = TokenForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            if not device.verify_is_allowed()[0]:  # django-otp's wait after wrong codes
                form.add_error("token", _("Đã nhập sai nhiều lần; vui lòng đợi ít phút rồi thử lại."))
            elif device.verify_token(form.cleaned_data["token"].strip()):
                device.confirmed = True
                device.save(update_fields=["confirmed"])
                otp_login(request, device)
                messages.success(request, _("Đã bật xác thực hai bước."))
                return _codes_page(request, new_recovery_codes(user))
            else:
                form.add_error(
                    "token", _("Mã không đúng. Hãy nhập mã đang hiện trong ứng dụng (mỗi mã dùng được 30 giây).")
                )
        status = 400
    qr = base64.b64encode(qr_code_svg(device)).decode()
    return TemplateResponse(
        request,
        "accounts/two_factor.html",
        {
            "page_title": _("Bật xác thực hai bước"),
            "header_title": _("Bật xác thực hai bước"),
            "form": form,
            "qr_data_uri": f"data:image/svg+xml;base64,{qr}",
            "secret": secret_for_typing(device),
            "required": is_required(user),
        },
        status=status,
    )


@never_cache
@require_POST
def regenerate_recovery_codes(request):
    user = request.user
    _require_verified(user)
    if app_device(user) is None:
        return redirect("accounts_two_factor")
    return _codes_page(request, new_recovery_codes(user))


@never_cache
@require_POST
def disable_two_factor(request):
    """Presidents (and everyone while the requirement is off) may switch the second factor off."""
    user = request.user
    _require_verified(user)
    if is_required(user):
        raise PermissionDenied
    for device in list(devices_for_user(user, confirmed=None)):
        device.delete()
    request.session.pop(DEVICE_ID_SESSION_KEY, None)
    messages.success(request, _("Đã tắt xác thực hai bước."))
    return redirect("wagtailadmin_account")


class UnlockForm(forms.Form):
    username = forms.CharField(max_length=255)
    ip_address = forms.GenericIPAddressField()


def _superuser_only(user):
    if not user.is_superuser:
        raise PermissionDenied


def _locked_page(request, status=200):
    return TemplateResponse(
        request,
        "accounts/locked_logins.html",
        {
            "page_title": _("Đăng nhập bị khoá"),
            "header_title": _("Đăng nhập bị khoá"),
            "locked": list(locked_logins()),
        },
        status=status,
    )


@never_cache
def locked_logins_view(request):
    _superuser_only(request.user)
    return _locked_page(request)


@require_POST
def unlock_login(request):
    """Mở khoá: forget the failures of one username at one address (what `axes_reset_ip_username` does)."""
    _superuser_only(request.user)
    form = UnlockForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Yêu cầu mở khoá không hợp lệ: cần tên đăng nhập và địa chỉ IP."))
        return _locked_page(request, status=400)
    username, ip_address = form.cleaned_data["username"], form.cleaned_data["ip_address"]
    if reset(ip=ip_address, username=username):
        messages.success(
            request, _("Đã mở khoá đăng nhập của “%(username)s” từ %(ip)s.") % {"username": username, "ip": ip_address}
        )
    else:
        messages.warning(request, _("Không còn lần đăng nhập sai nào để xoá: có thể đã hết hạn khoá."))
    return redirect("accounts_locked_logins")
