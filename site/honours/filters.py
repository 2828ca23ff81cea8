"""Filtering an honour roll by name, year, programme, chapter and kind of recipient, with a count
beside each option.

The name filter compares the folded words of what the public sees (``public_name_key``): "to hieu"
finds "Tô Hiệu", and a minor shown as "Quàng V. B." is not found by "Quàng Văn Bình"."""

import django_filters
from django.utils.translation import gettext_lazy as _

from chapters.models import ChapterPage
from core.facets import FacetCountsMixin
from core.listing import year_choices
from core.text import fold, fold_words

from .models import HonourRecord, RecipientKind

NAME_MAX_LENGTH = 100


class HonourRecordFilter(FacetCountsMixin, django_filters.FilterSet):
    q = django_filters.CharFilter(label=_("Tên"), method="filter_name", max_length=NAME_MAX_LENGTH)
    year = django_filters.ChoiceFilter(label=_("Năm"), empty_label=_("Tất cả"))
    programme = django_filters.ChoiceFilter(label=_("Chương trình"), empty_label=_("Tất cả"))
    chapter = django_filters.ChoiceFilter(label=_("Chi hội"), empty_label=_("Tất cả"))
    recipient_kind = django_filters.ChoiceFilter(label=_("Loại"), empty_label=_("Tất cả"))

    facets = ("year", "programme", "chapter", "recipient_kind")

    class Meta:
        model = HonourRecord
        fields = ["q", "year", "programme", "chapter", "recipient_kind"]

    def __init__(self, data=None, queryset=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        present = queryset.order_by()
        programmes = present.exclude(programme="").values_list("programme", flat=True).distinct()
        chapters = ChapterPage.objects.filter(pk__in=present.exclude(chapter=None).values("chapter"))
        kinds = set(present.values_list("recipient_kind", flat=True).distinct())
        self.filters["year"].extra["choices"] = year_choices(queryset, "year")
        self.filters["programme"].extra["choices"] = [(p, p) for p in sorted(programmes, key=fold)]
        self.filters["chapter"].extra["choices"] = sorted(
            ((str(chapter.pk), chapter.display_name) for chapter in chapters), key=lambda choice: fold(choice[1])
        )
        self.filters["recipient_kind"].extra["choices"] = [
            (value, label) for value, label in RecipientKind.choices if value in kinds
        ]

    def filter_name(self, queryset, name, value):
        for word in fold_words(value).split():
            queryset = queryset.filter(public_name_key__contains=word)
        return queryset
