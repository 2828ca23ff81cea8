"""A bulletin issue assembled into its print edition: cover, table of contents with page numbers, the
articles in order under a running header with the issue's number (WeasyPrint, ``core.printing``).

The file is kept per version of what it is made of (the issue's and each article's live revision), so it
is rendered again only when one of them changes; the worker renders it when either is published.
"""

import hashlib
from pathlib import Path

from django.conf import settings
from django.utils.text import slugify

from core.printing import printed_file, render_pdf

TEMPLATE = "bulletins/print/issue.html"


def version_of(issue) -> str:
    """What the print edition is made of, as a short key: the issue's and its articles' live revisions."""
    revisions = [issue.live_revision_id or 0, *(article.live_revision_id or 0 for article in issue.articles())]
    return hashlib.sha1(",".join(map(str, revisions)).encode()).hexdigest()[:16]


def file_name_of(issue) -> str:
    return f"{slugify(issue.get_parent().title)[:40]}-so-{issue.number}-{issue.year}.pdf"


def printed_issue(issue) -> bytes:
    return printed_file(f"bulletins/{issue.pk}", version_of(issue), "pdf", lambda: render_issue(issue))


def render_issue(issue) -> bytes:
    articles = [article.specific for article in issue.articles()]
    context = {"issue": issue, "bulletin": issue.get_parent(), "articles": articles}
    return render_pdf(TEMPLATE, context, images=[Path(settings.MEDIA_ROOT) / "images"])
