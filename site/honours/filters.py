"""Filtering an honour roll by year, programme, kind of recipient, award and chapter."""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.filters import ModelChoiceFilter
from core.listing import year_choices

from .models import HonourRecord, RecipientKind


class HonourRecordFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Tên"), field_name="recipient_name", lookup_expr="icontains")
    year = django_filters.ChoiceFilter(label=_("Năm"), empty_label=_("Tất cả"))
    programme = django_filters.ChoiceFilter(label=_("Chương trình"), empty_label=_("Tất cả"))
    recipient_kind = django_filters.ChoiceFilter(
        label=_("Loại"), choices=RecipientKind.choices, empty_label=_("Tất cả")
    )
    chapter = ModelChoiceFilter(label=_("Chi hội"), queryset=None, empty_label=_("Tất cả"))

    class Meta:
        model = HonourRecord
        fields = ["q", "year", "programme", "recipient_kind", "chapter"]

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        from chapters.models import ChapterPage

        programmes = sorted(set(queryset.exclude(programme="").values_list("programme", flat=True)))
        self.filters["year"].extra["choices"] = year_choices(queryset, "year")
        self.filters["programme"].extra["choices"] = [(p, p) for p in programmes]
        self.filters["chapter"].queryset = ChapterPage.objects.filter(
            pk__in=queryset.exclude(chapter=None).values("chapter")
        ).order_by("title")
