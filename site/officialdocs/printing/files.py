"""A plan's or report's printed files, one per live revision (``core.printing.printed_file``)."""

from core.printing import printed_file

from .pdf import render_pdf
from .word import render_docx

RENDERERS = {"pdf": render_pdf, "docx": render_docx}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def folder_of(page) -> str:
    return f"officialdocs/{page.pk}"


def version_of(page) -> str:
    return str(page.live_revision_id or 0)


def printed(page, kind: str) -> bytes:
    """The file of the page's live revision, rendered now if no worker has done it yet."""
    return printed_file(folder_of(page), version_of(page), kind, lambda: RENDERERS[kind](page))


def print_live_revision(page) -> None:
    for kind in RENDERERS:
        printed(page, kind)
