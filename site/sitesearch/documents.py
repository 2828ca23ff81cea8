"""What each kind of content puts into the search index: its text, kind, date, chapter, category, issue."""

import datetime
from dataclasses import dataclass, field

from django.utils.html import strip_tags

from blocks.text import stream_text
from core.text import fold

from .models import EntryKind
from .text import compact, ocr_variants

PAGE_KINDS = {
    "PlanPage": EntryKind.PLAN,
    "ReportPage": EntryKind.REPORT,
    "CampaignPage": EntryKind.CAMPAIGN,
    "BulletinIssuePage": EntryKind.BULLETIN,
    "BulletinArticlePage": EntryKind.BULLETIN,
    "ChapterPage": EntryKind.CHAPTER,
    "HonourRollPage": EntryKind.HONOUR,
    "LegalRegisterPage": EntryKind.LEGAL,
    "EventPage": EntryKind.EVENT,
}


@dataclass
class Document:
    kind: str
    title: str
    url: str
    texts: list[str]
    date: datetime.date | None = None
    chapter_id: int | None = None
    category_id: int | None = None
    issue_id: int | None = None
    page_id: int | None = None
    part: int = 0
    symbols: list[str] = field(default_factory=list)
    scanned: bool = False

    def fields(self) -> dict:
        text = "\n".join(t for t in self.texts if t)
        folded = fold(f"{self.title}\n{text}")
        extras = [compact(s) for s in self.symbols if s]
        if self.scanned:
            extras.append(ocr_variants(folded))
        return {
            "kind": self.kind,
            "title": self.title[:500],
            "url": self.url[:1000],
            "text": text,
            "folded": " ".join([folded, *extras]),
            "title_folded": fold(self.title)[:500],
            "date": self.date,
            "year": self.date.year if self.date else None,
            "chapter_id": self.chapter_id,
            "category_id": self.category_id,
            "issue_id": self.issue_id,
            "page_id": self.page_id,
            "part": self.part,
        }


def page_document(page, url: str) -> Document:
    """A published page's search document; page types add what they carry."""
    name = type(page).__name__
    chapter = page.get_chapter() if hasattr(page, "get_chapter") else None
    doc = Document(
        kind=PAGE_KINDS.get(name, EntryKind.PAGE),
        title=page.title,
        url=url,
        texts=[page.summary if hasattr(page, "summary") else "", page.search_description],
        date=(page.first_published_at.date() if page.first_published_at else None),
        chapter_id=chapter.pk if chapter else None,
        page_id=page.pk,
    )
    for attr in (
        "intro",
        "short_name",
        "president_name",
        "fund_name",
        "beneficiaries",
        "author_name",
        "source",
        "issuing_body",
        "parent_body",
        "symbol",
        "place",
        "period",
    ):
        doc.texts.append(getattr(page, attr, "") or "")
    if getattr(page, "body", None) is not None:
        doc.texts.append(stream_text(page.body))
    if name == "NewsPage":
        doc.kind = page.kind
        doc.date, doc.category_id = page.date, page.category_id
        doc.texts.append(" ".join(page.tags.values_list("name", flat=True)))
        doc.texts.append(" ".join(str(m) for m in page.learning_models.all()))
    elif name in ("PlanPage", "ReportPage"):
        doc.date = page.document_date or doc.date
        doc.symbols.append(page.symbol)
        doc.texts.append(" ".join(b.document.citation for b in page.legal_bases.select_related("document")))
    elif name == "CampaignPage":
        doc.date = page.start_date
    elif name == "EventPage":
        doc.date = page.start_date  # the day it takes place (Asia/Ho_Chi_Minh)
        doc.chapter_id = page.chapter_id or doc.chapter_id
        doc.texts.append(page.location)
    elif name == "BulletinIssuePage":
        doc.date, doc.issue_id = page.publication_date, page.pk
        doc.texts.append(strip_tags(page.editorial))
        doc.texts.append(f"Số {page.number} {page.quarter_label}")
    elif name == "BulletinArticlePage":
        issue = page.issue
        doc.date, doc.issue_id = issue.publication_date, issue.pk
        doc.texts.append(issue.title)
    return doc


def pdf_page_document(pdf_page, issue, issue_url: str) -> Document:
    return Document(
        kind=EntryKind.BULLETIN,
        title=f"{issue.title} – trang {pdf_page.number}",
        url=f"{issue.pdf.url}#page={pdf_page.number}" if issue.pdf else issue_url,
        texts=[pdf_page.text],
        date=issue.publication_date,
        issue_id=issue.pk,
        page_id=issue.pk,
        part=pdf_page.number,
        scanned=True,
    )


def honour_document(record, roll_url: str) -> Document:
    from urllib.parse import urlencode

    name = record.public_name  # a minor's full name never reaches the index
    return Document(
        kind=EntryKind.HONOUR,
        title=f"{name} – {record.award} ({record.year})",
        url=f"{roll_url}?{urlencode({'q': name, 'year': record.year})}",
        texts=[
            name,
            record.award,
            record.programme,
            record.school_class,
            record.note,
            record.get_recipient_kind_display(),
        ],
        date=datetime.date(record.year, 1, 1),
        chapter_id=record.chapter_id,
        page_id=record.roll_id,
    )


def legal_document(doc, register_url: str) -> Document:
    return Document(
        kind=EntryKind.LEGAL,
        title=doc.citation,
        url=doc.file.url if doc.file_id else f"{register_url}?doc_type={doc.doc_type}",
        texts=[doc.title, doc.summary, doc.issuer, doc.symbol],
        date=doc.issued_date,
        symbols=[doc.symbol],
    )
