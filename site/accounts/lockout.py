"""What a locked-out login sees, and which logins are locked now (for the unlock page)."""

from axes.helpers import get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext


def lockout_message(request=None) -> str:
    cool_off = get_cool_off(request)
    limit = settings.AXES_FAILURE_LIMIT
    tried = ngettext(
        "Đăng nhập tạm bị khoá vì mật khẩu đã nhập sai %(limit)d lần.",
        "Đăng nhập tạm bị khoá vì mật khẩu đã nhập sai %(limit)d lần.",
        limit,
    ) % {"limit": limit}
    if cool_off is None:
        return tried + " " + _("Vui lòng nhờ quản trị viên mở khoá.")
    minutes = max(1, round(cool_off.total_seconds() / 60))
    return (
        tried
        + " "
        + ngettext(
            "Vui lòng thử lại sau %(minutes)d phút, hoặc nhờ quản trị viên mở khoá.",
            "Vui lòng thử lại sau %(minutes)d phút, hoặc nhờ quản trị viên mở khoá.",
            minutes,
        )
        % {"minutes": minutes}
    )


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: a Vietnamese page, 429 Too Many Requests, with Retry-After."""
    response = render(request, "accounts/lockout.html", {"message": lockout_message(request)}, status=429)
    cool_off = get_cool_off(request)
    if cool_off is not None:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


def locked_logins():
    """(username, address) pairs at or over the failure limit within the cool-off, newest first.

    Axes keeps one row per username, address and browser, and sums them: so do we.
    """
    attempts = AccessAttempt.objects.all()
    cool_off = get_cool_off()
    if cool_off is not None:
        attempts = attempts.filter(attempt_time__gte=timezone.now() - cool_off)
    return (
        attempts.values("username", "ip_address")
        .annotate(failures=Sum("failures_since_start"), last_attempt=Max("attempt_time"))
        .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
        .order_by("-last_attempt")
    )
