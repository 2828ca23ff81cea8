"""The search page's filters (django-filter): content type, year, chapter, category, bulletin issue, order."""

import django_filters
from django.utils.translation import gettext_lazy as _

from core.filters import ModelChoiceFilter
from core.listing import year_choices

from .models import EntryKind, SearchEntry

SORTS = [("relevance", _("Liên quan nhất")), ("date", _("Mới nhất"))]


class SearchEntryFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Loại"), choices=EntryKind.choices, empty_label=_("Tất cả"))
    year = django_filters.ChoiceFilter(label=_("Năm"), empty_label=_("Tất cả"))
    chapter = ModelChoiceFilter(label=_("Chi hội"), queryset=None, empty_label=_("Tất cả"))
    category = ModelChoiceFilter(label=_("Chuyên mục"), queryset=None, empty_label=_("Tất cả"))
    issue = ModelChoiceFilter(label=_("Số bản tin"), queryset=None, empty_label=_("Tất cả"))
    sort = django_filters.ChoiceFilter(label=_("Sắp xếp"), choices=SORTS, empty_label=None, method="keep")

    class Meta:
        model = SearchEntry
        fields = ["kind", "year", "chapter", "category", "issue"]

    def __init__(self, data=None, queryset=None, *, site=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        from bulletins.models import BulletinIssuePage
        from chapters.models import ChapterPage
        from news.models import NewsCategory

        root = site.root_page
        self.filters["year"].extra["choices"] = year_choices(queryset, "year")
        self.filters["chapter"].queryset = ChapterPage.objects.live().public().descendant_of(root).order_by("title")
        self.filters["category"].queryset = NewsCategory.objects.all()
        self.filters["issue"].queryset = (
            BulletinIssuePage.objects.live().public().descendant_of(root).order_by("-number")
        )

    def keep(self, queryset, name, value):
        """Ordering is applied after ranking, by the view."""
        return queryset
