"""The search page's filters (django-filter): kind, year, one per registered facet, order.

The years and each facet's values a Site offers are read once per change of the index
(``choices``), not on every search: a value is one of them or ignored, with no query."""

import django_filters
from django.utils.translation import gettext_lazy as _

from .choices import site_choices
from .models import SearchEntry
from .registry import Facet, registry

SORTS = [("relevance", _("Liên quan nhất")), ("date", _("Mới nhất"))]


class FacetFilter(django_filters.ChoiceFilter):
    """A registered facet: the reader picks one of its values, the entry holds the value's id."""

    def filter(self, qs, value):
        return qs.filter(**{self.field_name: int(value)}) if value not in (None, "") else qs


class SearchEntryFilter(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(label=_("Loại"), empty_label=_("Tất cả"))
    year = django_filters.ChoiceFilter(label=_("Năm"), empty_label=_("Tất cả"))
    sort = django_filters.ChoiceFilter(label=_("Sắp xếp"), choices=SORTS, empty_label=None, method="keep")

    class Meta:
        model = SearchEntry
        fields = ["kind", "year"]

    @classmethod
    def declare_facets(cls, facets: list[Facet]) -> None:
        """One filter per facet, between the year and the order: called once the apps have registered."""
        filters = {name: f for name, f in cls.base_filters.items() if not isinstance(f, FacetFilter)}
        sort = filters.pop("sort")
        for facet in facets:
            filters[facet.name] = FacetFilter(field_name=facet.name, label=facet.filter_label, empty_label=_("Tất cả"))
        cls.base_filters = {**filters, "sort": sort}

    def __init__(self, data=None, queryset=None, *, site=None, **kwargs):
        super().__init__(data, queryset=queryset, **kwargs)
        self.site = site
        offered = site_choices(site)
        self.filters["kind"].extra["choices"] = registry.kind_choices()
        self.filters["year"].extra["choices"] = offered["year"]
        for facet in registry.facets():
            if facet.name in self.filters:
                self.filters[facet.name].extra["choices"] = offered[facet.name]

    def keep(self, queryset, name, value):
        """Ordering is applied after ranking, by the view."""
        return queryset
