"""News in search: a tin or a bài is its own kind, dated by its date, faceted by its category."""

from django.utils.translation import gettext_lazy as _

from sitesearch.registry import registry

from .models import NewsCategory, NewsKind, NewsPage

registry.register_kind(NewsKind.TIN, NewsKind.TIN.label, order=10)
registry.register_kind(NewsKind.BAI, NewsKind.BAI.label, order=20)
registry.register_facet(
    "category",
    title=_("Chuyên mục"),
    model=NewsCategory,
    choices=lambda site: NewsCategory.objects.all(),
    label=lambda category: category.name,
    order=20,
)
registry.register_page(
    NewsPage,
    kind=lambda page: page.kind,
    date=lambda page: page.date,
    facets={"category": lambda page: page.category_id},
)
