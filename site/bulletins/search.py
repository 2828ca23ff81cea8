"""Bulletins in search: issues and their articles under one kind and the issue facet, and each
page of an issue's PDF as an entry of its own (past issues are often scans: OCR noise is kept)."""

import logging

from django.utils.translation import gettext_lazy as _

from sitesearch.documents import Document
from sitesearch.registry import registry

from .models import BulletinArticlePage, BulletinIssuePage
from .pdf import UnreadablePdf, refresh_pdf_pages

logger = logging.getLogger(__name__)

BULLETIN = "ban-tin"


def pdf_pages(issue, issue_url: str) -> list[Document]:
    """One document per page of the issue's PDF, linking to that page; the text is extracted
    (once per file) on the way."""
    if not issue.pdf_id:
        return []
    try:
        refresh_pdf_pages(issue)
    except UnreadablePdf:
        logger.warning("Unreadable PDF on bulletin issue %s", issue.pk)
    return [
        Document(
            kind=BULLETIN,
            title=f"{issue.title} – trang {pdf_page.number}",
            url=f"{issue.pdf.url}#page={pdf_page.number}" if issue.pdf else issue_url,
            texts=[pdf_page.text],
            date=issue.publication_date,
            facets={"issue": issue.pk},
            page_id=issue.pk,
            part=pdf_page.number,
            scanned=True,
        )
        for pdf_page in issue.pdf_pages.all()
    ]


def _site_issues(site):
    return BulletinIssuePage.objects.live().public().descendant_of(site.root_page).order_by("-number")


registry.register_kind(BULLETIN, _("Bản tin"), order=30)
registry.register_facet(
    "issue",
    title=_("Bản tin"),
    filter_label=_("Số bản tin"),
    model=BulletinIssuePage,
    choices=_site_issues,
    label=lambda issue: f"Số {issue.number}",
    order=30,
)
registry.register_page(
    BulletinIssuePage,
    kind=BULLETIN,
    date=lambda issue: issue.publication_date,
    facets={"issue": lambda issue: issue.pk},
    parts=pdf_pages,
)
registry.register_page(
    BulletinArticlePage,
    kind=BULLETIN,
    date=lambda article: article.issue.publication_date,
    facets={"issue": lambda article: article.issue.pk},
)
