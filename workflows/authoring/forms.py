"""The desk's one form: what a chapter president fills in on a phone."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.images.fields import WagtailImageField

from news.models import NewsCategory

TIN, BAI, EVENT = "tin", "bai", "su-kien"
KINDS = [(TIN, _("Tin")), (BAI, _("Bài")), (EVENT, _("Sự kiện"))]
NO_LINE_BREAK = _("Tiêu đề phải nằm trên một dòng, không xuống dòng.")


class DeskForm(forms.Form):
    """Category, summary, body and photo may wait for "Lưu nháp"; the checklist asks for them
    on "Gửi Ban Biên tập", in its own words (see ``checks``)."""

    draft_key = forms.UUIDField(required=False, widget=forms.HiddenInput)
    title = forms.CharField(
        label=_("Tiêu đề"),
        max_length=255,
        error_messages={
            "required": _("Hãy nhập tiêu đề."),
            "max_length": _("Tiêu đề dài quá %(limit_value)d ký tự."),
        },
    )
    kind = forms.ChoiceField(
        label=_("Loại"),
        choices=KINDS,
        widget=forms.RadioSelect,
        initial=TIN,
        error_messages={"invalid_choice": _("Hãy chọn tin, bài hoặc sự kiện.")},
    )
    category = forms.ModelChoiceField(
        NewsCategory.objects.all(),
        label=_("Chuyên mục"),
        required=False,
        empty_label=_("— Chọn chuyên mục —"),
        error_messages={"invalid_choice": _("Chuyên mục này không có; hãy chọn lại.")},
    )
    start = forms.DateTimeField(
        label=_("Bắt đầu lúc"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d/%m/%Y %H:%M"],
        error_messages={"invalid": _("Ngày giờ chưa đúng; ví dụ 20/12/2026 08:00.")},
    )
    venue = forms.CharField(label=_("Địa điểm"), max_length=255, required=False)
    summary = forms.CharField(label=_("Tóm tắt"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    body = forms.CharField(
        label=_("Nội dung"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text=_("Viết liền từng đoạn; để một dòng trống giữa hai đoạn."),
    )
    image = WagtailImageField(label=_("Ảnh đại diện"), required=False)
    image_id = forms.IntegerField(required=False, widget=forms.HiddenInput, min_value=1, max_value=2**31 - 1)
    image_alt = forms.CharField(
        label=_("Mô tả ảnh"),
        max_length=255,
        required=False,
        help_text=_("Ảnh cho thấy gì, cho người không xem được ảnh. Ví dụ: “Học sinh bản Nà Lốc nhận học bổng”."),
    )

    def __init__(self, *args, kinds=None, summary_max_length=None, **kwargs):
        super().__init__(*args, **kwargs)
        if kinds:
            self.fields["kind"].choices = [choice for choice in KINDS if choice[0] in kinds]
        if summary_max_length:
            self.fields["summary"].widget.attrs["data-max"] = summary_max_length
        self.fields["image"].widget.attrs["accept"] = "image/*"

    def clean_title(self):
        title = self.cleaned_data["title"]
        if "\n" in title or "\r" in title:
            raise forms.ValidationError(NO_LINE_BREAK)
        return title.strip()

    def clean(self):
        data = super().clean()
        if data.get("kind") == EVENT:
            if not data.get("start") and "start" not in self.errors:
                self.add_error("start", _("Hãy nhập ngày giờ bắt đầu của sự kiện."))
            if not (data.get("venue") or "").strip():
                self.add_error("venue", _("Hãy nhập địa điểm của sự kiện."))
        return data
