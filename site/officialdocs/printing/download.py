"""A plan's or report's file as a download, named after its symbol ("137-KH-HKH.pdf")."""

from django.http import HttpResponse
from django.utils.text import slugify

from core.text import fold

from .files import CONTENT_TYPES, printed


def download(page, kind: str) -> HttpResponse:
    response = HttpResponse(printed(page, kind), content_type=CONTENT_TYPES[kind])
    name = slugify(fold(page.symbol or page.slug).replace("/", "-")) or str(page.pk)
    response["Content-Disposition"] = f'attachment; filename="{name}.{kind}"'
    return response
