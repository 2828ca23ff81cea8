"""What every filtered, paginated listing needs (news, honour rolls, the register, search)."""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db import models


def paginate(request, items, per_page: int, count: int | None = None) -> dict:
    """The page asked for by ?page= (a bad or out-of-range number gives the nearest page), and
    the query string without it, for the pagination links. ``count``: the number of items, when
    already known (no second COUNT query)."""
    query = request.GET.copy()
    query.pop("page", None)
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.__dict__["count"] = count  # Paginator.count is a cached_property
    return {"page_obj": paginator.get_page(request.GET.get("page")), "query_string": query.urlencode()}


LISTING_VALUE_MAX_LENGTH = 100


def listing_key(request, parameters) -> str | None:
    """What a filtered listing's fragment varies on: its own parameters, in a fixed order. None (render,
    do not cache) when the address carries anything else (a tracking parameter would be copied into the
    pagination links of every later reader) or a value longer than any filter takes."""
    if any(name not in parameters for name in request.GET):
        return None
    values = [(name, request.GET.getlist(name)) for name in parameters if name in request.GET]
    if any(len(value) > LISTING_VALUE_MAX_LENGTH for _name, given in values for value in given):
        return None
    return urlencode(values, doseq=True)


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
