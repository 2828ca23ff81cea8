"""The admin login form with an optional one-time code, and the code form of the enrolment page."""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp import user_has_device
from django_otp.forms import OTPAuthenticationFormMixin
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm

INVALID_TOKEN = _("Mã xác thực không đúng hoặc đã hết hạn. Vui lòng thử lại.")


class LoginForm(OTPAuthenticationFormMixin, WagtailLoginForm):
    """WAGTAILADMIN_USER_LOGIN_FORM: a user with a confirmed device must also give a code.

    Wagtail's login template renders ``extra_fields``, so ``otp_token`` appears under the
    password. The device is chosen from the code's shape (six digits: the authenticator app;
    otherwise a recovery code) rather than by trying every device, which would count a failure
    against the ones that did not match.
    """

    otp_token = forms.CharField(
        required=False,
        max_length=16,
        label=_("Mã xác thực hai bước"),
        help_text=_("Chỉ khi tài khoản đã bật xác thực hai bước: 6 số trong ứng dụng xác thực, hoặc một mã dự phòng."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "text", "spellcheck": "false"}),
    )

    otp_error_messages = {
        **OTPAuthenticationFormMixin.otp_error_messages,
        "token_required": _(
            "Tài khoản này đã bật xác thực hai bước: hãy nhập mã 6 số trong ứng dụng xác thực hoặc một mã dự phòng."
        ),
        "invalid_token": INVALID_TOKEN,
        "device_required": INVALID_TOKEN,
        "n_failed_attempts": _(
            "Tạm ngừng kiểm tra mã vì đã nhập sai %(failure_count)d lần; vui lòng thử lại sau ít phút."
        ),
        "verification_not_allowed": _("Tạm thời chưa kiểm tra được mã; vui lòng thử lại sau ít phút."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Mật khẩu")  # Wagtail's field has none: it showed "Password"

    def clean(self):
        super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            token = normalise_token(self.cleaned_data.get("otp_token", ""))
            device = device_for_token(user, token)
            self.cleaned_data.update(otp_token=token, otp_device=device.persistent_id if device else None)
            self.clean_otp(user)
        return self.cleaned_data


def normalise_token(token: str) -> str:
    """Recovery codes are shown in lowercase; accept them typed in capitals or with spaces."""
    return "".join(token.split()).replace("-", "").lower()


def device_for_token(user, token: str):
    """The user's confirmed device that a code of this shape belongs to, or None."""
    model = TOTPDevice if len(token) == 6 and token.isdigit() else StaticDevice
    return model.objects.devices_for_user(user, confirmed=True).first()


class TokenForm(forms.Form):
    token = forms.RegexField(
        regex=r"^\s*\d{6}\s*$",
        label=_("Mã 6 số trong ứng dụng"),
        error_messages={"invalid": _("Hãy nhập đúng 6 chữ số."), "required": _("Hãy nhập mã 6 số.")},
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "maxlength": "6"}),
    )
