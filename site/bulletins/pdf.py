"""Reading a bulletin's PDF page by page (pypdf, no network service), into Unicode NFC text,
converting pages typed in TCVN3 or VNI."""

from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.errors import PdfReadError

from core.legacy_encodings import to_unicode

from .models import BulletinPdfPage


class UnreadablePdf(Exception):
    """The file is not a PDF pypdf can read; the message is for the user, in Vietnamese."""


@dataclass
class ExtractedPage:
    number: int
    text: str
    encoding: str


def extract_pages(file) -> list[ExtractedPage]:
    try:
        reader = PdfReader(file)
        pages = []
        for number, page in enumerate(reader.pages, start=1):
            text, encoding = to_unicode(page.extract_text() or "")
            pages.append(ExtractedPage(number, text.strip(), encoding))
        return pages
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as error:
        raise UnreadablePdf(f"Không đọc được tệp PDF: {error}") from error


def refresh_pdf_pages(issue) -> list[int]:
    """Store the text of the issue's PDF, page by page; returns the pages without text.

    Nothing is redone when the stored pages already come from the same document.
    """
    if issue.pdf is None:
        BulletinPdfPage.objects.filter(issue=issue).delete()
        return []
    stored = BulletinPdfPage.objects.filter(issue=issue)
    if stored.exists() and not stored.exclude(document=issue.pdf).exists():
        return [p.number for p in stored if not p.text]
    with issue.pdf.file.open("rb") as handle:
        pages = extract_pages(handle)
    stored.delete()
    BulletinPdfPage.objects.bulk_create(
        [
            BulletinPdfPage(issue=issue, document=issue.pdf, number=p.number, text=p.text, encoding=p.encoding)
            for p in pages
        ]
    )
    return [p.number for p in pages if not p.text]
