"""The admin's forms for campaigns and their ledger.

They name no model (``campaigns.models`` uses them as base forms): each narrows the querysets
of its own fields, which Django built from the models.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from core.media_access import MediaCheckedPageForm
from core.roles import board_sites
from core.single_line import SingleLineModelForm
from core.site_scope import scope_choice
from core.trees import under_sites

from . import codes


class CampaignPageForm(MediaCheckedPageForm):
    """A typed reference code must be well formed and free among the Site's other campaigns."""

    def clean_reference_code(self):
        code = codes.normalised(self.cleaned_data.get("reference_code", ""))
        if not code:
            return code
        if not codes.is_well_formed(code):
            raise forms.ValidationError(
                _("Mã chiến dịch gồm 4–12 chữ cái không dấu hoặc chữ số, có ít nhất một chữ cái, ví dụ TOHIEU.")
            )
        page = self.instance if self.instance.pk else getattr(self, "parent_page", None)
        site = page.get_site() if page is not None else None
        if site is not None:
            others = self._meta.model.objects.filter(under_sites([site]))
            others = others.exclude(translation_key=self.instance.translation_key)
            if others.filter(reference_code=code).exists():
                raise forms.ValidationError(
                    _("Một chiến dịch khác của trang này đã dùng mã %(code)s.") % {"code": code}
                )
        return code


def _default_locale_pages(field, sites):
    return field.queryset.filter(under_sites(sites), locale=Locale.get_default()).order_by("path")


class LedgerRecordForm(SingleLineModelForm):
    """Offers only the campaigns and chapters of the user's boards' Sites; a posted id from another
    Site is a form error, and the chapter must be of the campaign's Site."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        sites = board_sites(self.for_user)
        several = sites.count() > 1
        scope_choice(self.fields["campaign"], _default_locale_pages(self.fields["campaign"], sites), with_site=several)
        scope_choice(self.fields["chapter"], _default_locale_pages(self.fields["chapter"], sites), with_site=several)

    def clean(self):
        cleaned_data = super().clean()
        campaign, chapter = cleaned_data.get("campaign"), cleaned_data.get("chapter")
        if campaign and chapter and campaign.get_site() != chapter.get_site():
            self.add_error("chapter", _("Chi hội phải thuộc cùng trang với chiến dịch."))
        return cleaned_data


class StatementUploadForm(forms.Form):
    """A bank statement to read: the bank's layout, the file, and what to do with rows without a code."""

    MAX_BYTES = 10 * 1024 * 1024

    site = forms.ModelChoiceField(label=_("Trang của hội"), queryset=None)
    bank = forms.ChoiceField(label=_("Mẫu sao kê"))
    statement = forms.FileField(
        label=_("Tệp sao kê"), help_text=_("Tệp .xlsx, .xls hoặc .csv tải từ ngân hàng điện tử, tối đa 10 MB.")
    )
    fallback_campaign = forms.ModelChoiceField(
        label=_("Chiến dịch cho dòng không ghi mã"),
        queryset=None,
        required=False,
        help_text=_("Để trống thì dòng nào không có mã chiến dịch trong nội dung chuyển khoản sẽ bị từ chối."),
    )
    show_names = forms.BooleanField(
        label=_("Công khai tên người chuyển khoản"),
        required=False,
        help_text=_("Khi không chọn, các khoản ủng hộ nhập từ sao kê được ghi là ẩn danh; có thể sửa từng khoản sau."),
    )

    def __init__(self, *args, profiles, sites, campaigns, **kwargs):
        super().__init__(*args, **kwargs)
        scope_choice(self.fields["site"], sites)
        if sites.count() == 1:
            self.fields["site"].initial = sites.first()
            self.fields["site"].widget = forms.HiddenInput()
        self.fields["bank"].choices = [(key, profile.label) for key, profile in profiles.items()]
        scope_choice(self.fields["fallback_campaign"], campaigns, with_site=sites.count() > 1)

    def clean(self):
        cleaned_data = super().clean()
        site, campaign = cleaned_data.get("site"), cleaned_data.get("fallback_campaign")
        if site and campaign and campaign.get_site() != site:
            self.add_error("fallback_campaign", _("Chiến dịch phải thuộc trang đã chọn."))
        return cleaned_data

    def clean_statement(self):
        upload = self.cleaned_data["statement"]
        if not upload.name.lower().endswith((".xlsx", ".xls", ".csv")):
            raise forms.ValidationError(_("Chỉ nhận tệp .xlsx, .xls hoặc .csv."))
        if upload.size > self.MAX_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 10 MB: hãy tải sao kê theo từng tháng."))
        return upload
