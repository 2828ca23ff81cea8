"""Filtering the news index (django-filter): kind, category, chapter, year."""

import django_filters
from django.utils.translation import gettext_lazy as _

from chapters.models import ChapterPage
from core.filters import ModelChoiceFilter
from core.listing import year_choices

from .models import NewsCategory, NewsKind, NewsPage


class NewsFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Loại"), choices=NewsKind.choices, empty_label=_("Tất cả"))
    category = ModelChoiceFilter(
        label=_("Chuyên mục"),
        queryset=NewsCategory.objects.all(),
        to_field_name="slug",
        empty_label=_("Tất cả"),
    )
    chapter = ModelChoiceFilter(
        label=_("Chi hội"),
        queryset=ChapterPage.objects.none(),
        empty_label=_("Tất cả"),
        method="filter_chapter",
    )
    year = django_filters.ChoiceFilter(label=_("Năm"), field_name="date__year", empty_label=_("Tất cả"))

    class Meta:
        model = NewsPage
        fields = ["kind", "category", "chapter", "year"]

    def __init__(self, data=None, queryset=None, *, index_page=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        site = index_page.get_site() if index_page else None
        chapters = ChapterPage.objects.live().public().order_by("title")
        if site:
            chapters = chapters.descendant_of(site.root_page)
        self.filters["chapter"].queryset = chapters
        self.filters["year"].extra["choices"] = year_choices(queryset, "date")

    def filter_chapter(self, queryset, name, chapter):
        """A chapter's news includes its communes' and branches' news."""
        return queryset.descendant_of(chapter)
