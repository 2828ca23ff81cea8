"""The report's choice of period and Site, read from the query string.

Bad values (``month=2024-13``, ``quarter=abc``, ``site=999``, a Site the user may not see)
are form errors with a Vietnamese message; the report then falls back to the default for that
value (for the Site: the user's own).
"""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site

from .periods import InvalidPeriod, Period, parse_month, parse_quarter, recent_quarters


class QuotaReportForm(forms.Form):
    month = forms.CharField(
        label=_("Tháng"),
        required=False,
        widget=forms.TextInput(attrs={"type": "month", "placeholder": "2025-01", "pattern": r"\d{4}-\d{2}"}),
        help_text=_("Dạng NNNN-TT. Mặc định: tháng này."),
    )
    quarter = forms.CharField(
        label=_("Hoặc cả quý"),
        required=False,
        widget=forms.Select,
        help_text=_("Chọn một quý thì không xét tháng."),
    )
    site = forms.ModelChoiceField(
        label=_("Trang"),
        queryset=Site.objects.none(),
        required=False,
        empty_label=None,
        error_messages={"invalid_choice": _("Không có trang (Site) này.")},
    )

    def __init__(self, *args, default_site=None, sites=None, **kwargs):
        """``sites``: the Sites the user may see (another one is "not found"); all if None."""
        super().__init__(*args, **kwargs)
        self.default_site = default_site
        if sites is None:
            sites = Site.objects.select_related("root_page").order_by("-is_default_site", "pk")
        self.fields["site"].queryset = sites
        if default_site is not None:
            self.fields["site"].initial = default_site.pk
        choices = [("", _("— Theo tháng —"))] + [(q.key, capfirst(q.label)) for q in recent_quarters()]
        submitted = (self.data.get("quarter") or "").strip() if self.is_bound else ""
        if submitted and submitted not in dict(choices):
            try:
                quarter = parse_quarter(submitted)
                choices.append((quarter.key, capfirst(quarter.label)))
            except InvalidPeriod:
                pass
        self.fields["quarter"].widget.choices = choices
        self.fields["month"].initial = Period.current_month().key

    def clean_month(self):
        value = (self.cleaned_data.get("month") or "").strip()
        if not value:
            return None
        try:
            return parse_month(value)
        except InvalidPeriod as error:
            raise forms.ValidationError(str(error)) from error

    def clean_quarter(self):
        value = (self.cleaned_data.get("quarter") or "").strip()
        if not value:
            return None
        try:
            return parse_quarter(value)
        except InvalidPeriod as error:
            raise forms.ValidationError(str(error)) from error

    def chosen(self) -> tuple[Period, Site | None, list[str]]:
        """The period and Site to show, falling back to the defaults for any bad value,
        with the messages for the values that were bad."""
        valid = self.is_valid()
        data = (
            self.cleaned_data
            if valid
            else {name: value for name, value in getattr(self, "cleaned_data", {}).items() if name not in self.errors}
        )
        period = data.get("quarter") or data.get("month") or Period.current_month()
        site = data.get("site") or self.default_site
        messages = [str(message) for errors in self.errors.values() for message in errors]
        return period, site, messages
