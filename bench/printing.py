"""Printing the demo's official documents and bulletin issues: the time and size of each file, rendered
afresh (no cache), as the worker does after a publish.

Usage (after `make demo` has loaded the demo into var/db.sqlite3, or with DATABASE_URL set):
    .venv/bin/python bench/printing.py [--repeat 3]
Prints one line per PlanPage and ReportPage (PDF and DOCX) and per bulletin issue with articles (its print
edition): pages, kilobytes and the best of the repeats in seconds, then the peak memory of this process.
"""

import argparse
import io
import resource
import time

import _django  # noqa: F401  (sets Django up)
import pdfplumber

from bulletins.models import BulletinIssuePage
from bulletins.printing import render_issue
from officialdocs.models import PlanPage, ReportPage
from officialdocs.printing.pdf import render_pdf
from officialdocs.printing.word import render_docx


def best_of(repeat: int, render) -> tuple[bytes, float]:
    timings, content = [], b""
    for _ in range(repeat):
        start = time.perf_counter()
        content = render()
        timings.append(time.perf_counter() - start)
    return content, min(timings)


def pdf_pages(content: bytes) -> int:
    with pdfplumber.open(io.BytesIO(content)) as pdf:
        return len(pdf.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3)
    repeat = parser.parse_args().repeat
    print(f"{'document':58} {'kind':5} {'pages':>5} {'KB':>6} {'s':>6}")
    documents = [*PlanPage.objects.live().order_by("pk"), *ReportPage.objects.live().order_by("pk")]
    for page in documents:
        for kind, render in (("pdf", render_pdf), ("docx", render_docx)):
            content, seconds = best_of(repeat, lambda page=page, render=render: render(page))
            pages = pdf_pages(content) if kind == "pdf" else "–"
            print(
                f"{(page.symbol or '') + ' ' + page.title[:45]:58} {kind:5} {pages:>5} {len(content) / 1024:6.0f} {seconds:6.2f}"
            )
    for issue in BulletinIssuePage.objects.live().order_by("pk"):
        if issue.articles().exists():
            content, seconds = best_of(repeat, lambda issue=issue: render_issue(issue))
            label = f"{issue.get_parent().title} {issue.number_label}"
            print(f"{label[:58]:58} {'pdf':5} {pdf_pages(content):>5} {len(content) / 1024:6.0f} {seconds:6.2f}")
    print(f"peak memory of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
