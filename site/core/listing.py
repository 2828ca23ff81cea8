"""What every filtered, paginated listing needs (news, honour rolls, the register, search)."""
from django.core.paginator import Paginator


def paginate(request, items, per_page: int) -> dict:
    """The page asked for by ?page= (a bad or out-of-range number gives the nearest page), and
    the query string without it, for the pagination links."""
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "page_obj": Paginator(items, per_page).get_page(request.GET.get("page")),
        "query_string": query.urlencode(),
    }
