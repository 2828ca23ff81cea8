"""NUL characters (``%00``) never reach a view: PostgreSQL cannot compare a text holding one, so
every query using it (a slug, a search, a filter) failed with a 500.

In the query string each becomes a space (as the search page has always read them: a search for
"khuyến%00học" is one for "khuyến học"); in the path, which names a page, the address is refused
with a Vietnamese 400. Bytes that are not UTF-8 are already harmless: Django reads them
as U+FFFD.
"""

from django.http import QueryDict
from django.shortcuts import render
from django.utils.translation import gettext as _


def has_nul(query: QueryDict) -> bool:
    return any("\x00" in text for key, values in query.lists() for text in (key, *values))


def without_nul(query: QueryDict) -> QueryDict:
    cleaned = QueryDict(mutable=True)
    for key, values in query.lists():
        cleaned.setlist(key.replace("\x00", " "), [value.replace("\x00", " ") for value in values])
    cleaned._mutable = False
    return cleaned


class NulCharacterMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "\x00" in request.path_info:
            message = _("Địa chỉ có ký tự không hợp lệ. Hãy kiểm tra lại đường dẫn đã nhập.")
            # the standalone page: no database, no theme, since the address is what is wrong
            return render(request, "400.html", {"message": message}, status=400)
        if has_nul(request.GET):
            request.GET = without_nul(request.GET)
            request.META["QUERY_STRING"] = request.GET.urlencode()
        return self.get_response(request)
