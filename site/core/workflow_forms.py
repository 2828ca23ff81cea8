"""The form every review task sends a page back with (the board's, the chapter above's): shared
here so that no workflow plugin needs another."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.forms import TaskStateCommentForm


class RejectionForm(TaskStateCommentForm):
    """Sending a page back needs a reason the author can act on."""

    comment = forms.CharField(
        label=_("Nhận xét gửi tác giả"),
        widget=forms.Textarea(attrs={"rows": 5}),
        required=True,
        error_messages={"required": _("Hãy ghi nhận xét để tác giả biết cần sửa gì.")},
    )
