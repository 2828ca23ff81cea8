"""Forms of the editorial board's workflow actions."""
from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm
from wagtail.admin.widgets import AdminDateTimeInput


class RejectionForm(TaskStateCommentForm):
    """Sending a page back needs a reason the author can act on."""

    comment = forms.CharField(
        label=_("Nhận xét gửi tác giả"), widget=forms.Textarea(attrs={"rows": 5}), required=True,
        error_messages={"required": _("Hãy ghi nhận xét để tác giả biết cần sửa gì.")},
    )


class ScheduledApprovalForm(TaskStateCommentForm):
    go_live_at = forms.DateTimeField(label=_("Đăng vào lúc"), widget=AdminDateTimeInput)

    def clean_go_live_at(self):
        go_live_at = self.cleaned_data["go_live_at"]
        if go_live_at <= timezone.now():
            raise forms.ValidationError(_("Thời điểm đăng phải ở tương lai."))
        return go_live_at
