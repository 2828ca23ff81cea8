"""Bulletin issues (`bulletins/<issue>/_index.md`, the body is the editorial) and their articles (the
other files of the issue's folder), under the Site's "Bản tin Khuyến học". Covers are drawn."""

from dataclasses import dataclass
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils.html import escape
from wagtail.documents.models import Document

from bulletins.models import BulletinArticlePage, BulletinIssuePage
from bulletins.pdf import refresh_pdf_pages
from core.printing import render_pdf

from .. import images
from ..pages import ensure_child, paragraphs
from .files import Document as DataFile
from .files import content_files, read_markdown
from .schema import Boolean, Date, Integer, Slug, Text, validate

ISSUE = {
    "slug": Slug(),
    "title": Text(),
    "number": Integer(minimum=1),
    "year": Integer(minimum=1900),
    "quarter": Integer(minimum=1, maximum=4),
    "publication_date": Date(),
    # a past issue kept only as a scan: each paragraph of the body is one page of its PDF, not an editorial
    "scanned": Boolean(default=False),
}
ARTICLE = {"title": Text(), "author": Text(), "summary": Text()}


@dataclass
class Issue:
    document: DataFile
    articles: list[DataFile]


def read(folder: Path) -> list[Issue]:
    issues = []
    root = folder / "bulletins"
    for issue_folder in sorted(path for path in root.iterdir() if path.is_dir()) if root.is_dir() else []:
        document = read_markdown(issue_folder / "_index.md")
        document.data = validate(document.source, document.data, ISSUE)
        document.paragraphs_only()
        articles = []
        for path in content_files(issue_folder):
            article = read_markdown(path)
            article.data = validate(article.source, article.data, ARTICLE)
            article.paragraphs_only()
            articles.append(article)
        issues.append(Issue(document, articles))
    return issues


def build(demo, issues_by_site: dict[str, list[Issue]]) -> None:
    for site_key, issues in issues_by_site.items():
        for issue in issues:
            spec, editorial = issue.document.data, issue.document.paragraphs
            scanned_pages, editorial = (editorial, []) if spec["scanned"] else ([], editorial)
            section = demo.sections[(site_key, "bulletins")]
            new = not BulletinIssuePage.objects.child_of(section).filter(slug=spec["slug"]).exists()
            scan = scan_of(spec, scanned_pages, demo.collection(site_key)) if scanned_pages and new else None
            page = ensure_child(
                section,
                BulletinIssuePage,
                slug=spec["slug"],
                title=spec["title"],
                number=spec["number"],
                year=spec["year"],
                quarter=spec["quarter"],
                publication_date=spec["publication_date"],
                cover_image=images.bulletin_cover(spec["number"], spec["year"], demo.collection(site_key)),
                editorial="".join(f"<p>{escape(text)}</p>" for text in editorial),
                summary=editorial[0][:500] if editorial else "",
                is_scanned=spec["scanned"],
                pdf=scan,
            )
            if scan is not None:
                refresh_pdf_pages(page)
            for article in issue.articles:
                ensure_child(
                    page,
                    BulletinArticlePage,
                    title=article.data["title"],
                    author_name=article.data["author"],
                    summary=article.data["summary"],
                    body=paragraphs(article.paragraphs),
                )


def scan_of(spec: dict, pages: list[str], collection) -> Document:
    """A past issue's "scan": a PDF with one page per text (made here, so the demo ships no PDF), read back
    page by page for the search (``refresh_pdf_pages``) as an uploaded scan is."""
    content = render_pdf("demo/scanned_issue.html", {"title": spec["title"], "pages": pages})
    document = Document(title=f"{spec['title']} (bản quét)", collection=collection)
    document.file.save(f"ban-tin-so-{spec['number']}-{spec['year']}.pdf", ContentFile(content), save=False)
    document.save()
    return document
