"""Filtering the legal documents register by type, issuer and year."""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.listing import year_choices

from .models import LegalDocument, LegalDocumentType


class LegalDocumentFilter(django_filters.FilterSet):
    doc_type = django_filters.ChoiceFilter(
        label=_("Loại văn bản"), choices=LegalDocumentType.choices, empty_label=_("Tất cả")
    )
    issuer = django_filters.ChoiceFilter(label=_("Cơ quan ban hành"), empty_label=_("Tất cả"))
    year = django_filters.ChoiceFilter(label=_("Năm"), field_name="issued_date__year", empty_label=_("Tất cả"))

    class Meta:
        model = LegalDocument
        fields = ["doc_type", "issuer", "year"]

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        issuers = sorted(set(queryset.values_list("issuer", flat=True)))
        self.filters["issuer"].extra["choices"] = [(i, i) for i in issuers]
        self.filters["year"].extra["choices"] = year_choices(queryset, "issued_date")
