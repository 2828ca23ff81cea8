"""The admin's import forms: the upload, the columns' mapping (the guess, corrected), the confirmation."""

from django import forms
from django.utils.translation import gettext_lazy as _

from core.site_scope import scope_choice

from .headers import FIELDS
from .readers import ACCEPTED_TYPES, MAX_BYTES, UnreadableFile, check_name
from .run import mapping_problems
from .widgets import MIN_YEAR, latest_year


class UploadForm(forms.Form):
    roll = forms.ModelChoiceField(label=_("Bảng vinh danh"), queryset=None, empty_label=None)
    file = forms.FileField(
        label=_("Tệp bảng tính"),
        allow_empty_file=True,  # refused by the reader, with the same message as the command's
        help_text=_("Tệp .xlsx, .xls, .ods hoặc .csv; dòng đầu (hoặc một dòng gần đầu) là tiêu đề cột."),
        widget=forms.ClearableFileInput(attrs={"accept": ",".join(sorted(ACCEPTED_TYPES))}),
    )

    def __init__(self, *args, rolls, with_site: bool, **kwargs):
        super().__init__(*args, **kwargs)
        scope_choice(self.fields["roll"], rolls, with_site=with_site)

    def clean_file(self):
        """The name and the size before anything is read; the content is checked by the reader."""
        upload = self.cleaned_data["file"]
        try:
            check_name(upload.name)
        except UnreadableFile as error:
            raise forms.ValidationError(str(error)) from None
        if upload.size > MAX_BYTES:
            raise forms.ValidationError(_("Tệp quá lớn (tối đa 25 MB). Hãy chia thành nhiều tệp."))
        return upload


class MappingForm(forms.Form):
    """One choice per column of the file; the year, award and programme may be given once for all rows."""

    default_award = forms.CharField(
        label=_("Hình thức (chung cho cả tệp)"),
        required=False,
        max_length=255,
        help_text=_("Ví dụ: Học bổng. Dùng cho các dòng không ghi hình thức."),
    )
    default_programme = forms.CharField(label=_("Chương trình (chung cho cả tệp)"), required=False, max_length=255)

    def __init__(self, *args, headers, samples, mapping, defaults, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["default_year"] = forms.IntegerField(
            label=_("Năm (chung cho cả tệp)"),
            required=False,
            min_value=MIN_YEAR,
            max_value=latest_year(),
            help_text=_("Dùng cho các dòng không ghi năm."),
        )
        chosen = {index: name for name, index in mapping.items()}
        choices = [("", _("— Bỏ qua cột này —")), *FIELDS.items()]
        self.columns = []
        for index, header in enumerate(headers):
            name = f"column_{index}"
            self.fields[name] = forms.ChoiceField(
                label=header or _("Cột %(number)s") % {"number": index + 1},
                choices=choices,
                required=False,
                initial=chosen.get(index, ""),
            )
            self.columns.append((self[name], samples[index] if index < len(samples) else []))
        for name in ("year", "award", "programme"):
            self.fields[f"default_{name}"].initial = defaults.get(name)

    def clean(self):
        cleaned = super().clean()
        mapping = {}
        for index in range(len(self.columns)):
            name = cleaned.get(f"column_{index}")
            if not name:
                continue
            if name in mapping:
                raise forms.ValidationError(
                    _("“%(field)s” được chọn cho hai cột: mỗi trường chỉ lấy từ một cột.") % {"field": FIELDS[name]}
                )
            mapping[name] = index
        defaults = {name: cleaned.get(f"default_{name}") for name in ("year", "award", "programme")}
        defaults = {name: value for name, value in defaults.items() if value not in (None, "")}
        problems = mapping_problems(mapping, defaults)
        if problems:
            raise forms.ValidationError(problems)
        cleaned["mapping"], cleaned["defaults"] = mapping, defaults
        return cleaned


class ConfirmForm(forms.Form):
    skip_duplicates = forms.BooleanField(
        label=_("Bỏ qua các dòng trùng"),
        required=False,
        initial=True,
        help_text=_("Khi bỏ chọn, các dòng trùng cũng được nhập."),
    )
