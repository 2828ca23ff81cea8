"""Filtering the legal documents register by words, type, issuer and year, with a count beside
each option. The words are matched without accents ("quyet dinh 1373" finds "Quyết định
1373/QĐ-TTg"): a Site's register holds hundreds of entries, folded here rather than stored."""

import django_filters
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from core.facets import FacetCountsMixin
from core.listing import year_choices
from core.text import fold, fold_words

from .models import LegalDocument, LegalDocumentType

WORDS_MAX_LENGTH = 100


class LegalDocumentFilter(FacetCountsMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Số, ký hiệu, trích yếu"), method="filter_words", max_length=WORDS_MAX_LENGTH)
    doc_type = django_filters.ChoiceFilter(label=_("Loại văn bản"), empty_label=_("Tất cả"))
    issuer = django_filters.ChoiceFilter(label=_("Cơ quan ban hành"), empty_label=_("Tất cả"))
    year = django_filters.ChoiceFilter(label=_("Năm"), field_name="issued_date__year", empty_label=_("Tất cả"))

    facets = ("doc_type", "issuer", "year")

    class Meta:
        model = LegalDocument
        fields = ["q", "doc_type", "issuer", "year"]

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        present = queryset.order_by()
        types = set(present.values_list("doc_type", flat=True).distinct())
        issuers = present.values_list("issuer", flat=True).distinct()
        self.filters["doc_type"].extra["choices"] = [
            (value, label) for value, label in LegalDocumentType.choices if value in types
        ]
        self.filters["issuer"].extra["choices"] = [(issuer, issuer) for issuer in sorted(issuers, key=fold)]
        self.filters["year"].extra["choices"] = year_choices(queryset, "issued_date")

    def filter_words(self, queryset, name, value):
        """Every word in the symbol, the type ("quyết định", as the citation reads), the issuer, the title or
        the summary, folded as the search folds them."""
        words = fold_words(value).split()
        if not words:
            return queryset
        kinds = type_words()
        texts = queryset.values_list("pk", "doc_type", "symbol", "title", "issuer", "summary")
        matching = [
            pk
            for pk, doc_type, *fields in texts
            if all(word in fold_words(" ".join([kinds.get(doc_type, ""), *fields])) for word in words)
        ]
        return queryset.filter(pk__in=matching)


def type_words() -> dict[str, str]:
    """Each document type's name in Vietnamese and in the reader's language."""
    with translation.override(settings.LANGUAGE_CODE):
        vietnamese = {value: str(label) for value, label in LegalDocumentType.choices}
    return {value: f"{vietnamese[value]} {label}" for value, label in LegalDocumentType.choices}
