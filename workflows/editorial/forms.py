"""Forms of the editorial board's workflow actions (sending back: ``core.workflow_forms``)."""

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateTimeInput
from wagtail.forms import TaskStateCommentForm


class ScheduledApprovalForm(TaskStateCommentForm):
    go_live_at = forms.DateTimeField(label=_("Đăng vào lúc"), widget=AdminDateTimeInput)

    def clean_go_live_at(self):
        go_live_at = self.cleaned_data["go_live_at"]
        if go_live_at <= timezone.now():
            raise forms.ValidationError(_("Thời điểm đăng phải ở tương lai."))
        return go_live_at
