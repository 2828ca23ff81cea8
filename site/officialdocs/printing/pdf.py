"""The PDF of a plan or report: ``officialdocs/print/document.html`` by WeasyPrint (``core.printing``)."""

from blocks.official import TASK_STATUSES
from core.printing import render_pdf as print_template

TEMPLATE = "officialdocs/print/document.html"


def render_pdf(page) -> bytes:
    return print_template(TEMPLATE, {"page": page, "statuses": TASK_STATUSES})
