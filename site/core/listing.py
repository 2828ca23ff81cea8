"""What every filtered, paginated listing needs (news, honour rolls, the register, search)."""

from django.core.paginator import Paginator
from django.db import models


def paginate(request, items, per_page: int) -> dict:
    """The page asked for by ?page= (a bad or out-of-range number gives the nearest page), and
    the query string without it, for the pagination links."""
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "page_obj": Paginator(items, per_page).get_page(request.GET.get("page")),
        "query_string": query.urlencode(),
    }


def year_choices(queryset, field: str) -> list[tuple[int, str]]:
    """Filter choices for the years present in ``field`` (a date, or a year number), newest first.

    The database computes them: a listing may hold tens of thousands of rows.
    """
    if isinstance(queryset.model._meta.get_field(field), models.DateField):
        years = [day.year for day in queryset.dates(field, "year", order="DESC")]
    else:
        present = queryset.exclude(**{f"{field}__isnull": True}).order_by(f"-{field}")
        years = present.values_list(field, flat=True).distinct()
    return [(year, str(year)) for year in years]
