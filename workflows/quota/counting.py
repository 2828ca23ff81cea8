"""Counting each chapter's tin and bài against the Site's quota.

The rules, in one place:

- A *submission* is a news page (``news.NewsPage``) with at least one Wagtail
  ``WorkflowState``. Only NewsPage counts; a page's chapter is ``NewsPage.chapter`` (a page
  under a commune counts for the commune, not for its district), its kind the page's ``kind``.
- A page counts for the period holding its **first** submission (the earliest
  ``WorkflowState.created_at``, read in Asia/Ho_Chi_Minh), and **once only**, however often
  it is resubmitted: resubmitting after "needs changes" resumes the same WorkflowState, and a
  page sent again after a cancel gets a new one, but neither moves it to another month nor
  counts it twice.
- Its *status* is that of its **latest** WorkflowState: published if the page is live or that
  state is approved, sent back if it needs changes, in review if in progress. A cancelled
  submission of a page that is not live still counts as submitted, in no status column.
- The quota is **met** when, over the period, submitted tin ≥ tin per month × months AND
  submitted bài ≥ bài per month × months (a quarter is three months). What was submitted
  counts, whatever the editors decided since: a chapter that sent its two tin has done its part.

Two queries do the work whatever the number of chapters (the chapters of the Site, and its
pages first submitted in the period with their latest status); the rest is plain Python in
``tally``, which the tests can call without a database.
"""
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast
from django.utils.translation import gettext as _

from .periods import Period

TIN, BAI = "tin", "bai"

PUBLISHED = "published"
SENT_BACK = "sent_back"
IN_REVIEW = "in_review"
CANCELLED = "cancelled"


class Quota(NamedTuple):
    """Per month; multiply by the period's months for the target."""

    tin: int = 2
    bai: int = 2

    @classmethod
    def for_site(cls, site) -> "Quota":
        from .models import QuotaSettings

        quota_settings = QuotaSettings.for_site(site)
        return cls(quota_settings.tin_per_month, quota_settings.bai_per_month)


class Chapter(NamedTuple):
    pk: int
    title: str
    name: str  # short name if any, for narrow tables
    path: str
    depth: int


class Submission(NamedTuple):
    page_id: int
    chapter_id: int
    kind: str  # TIN or BAI
    status: str  # PUBLISHED, SENT_BACK, IN_REVIEW or CANCELLED
    first_submitted_at: datetime


@dataclass
class KindCounts:
    submitted: int = 0
    published: int = 0
    sent_back: int = 0
    in_review: int = 0

    def add(self, status: str) -> None:
        self.submitted += 1
        if status == PUBLISHED:
            self.published += 1
        elif status == SENT_BACK:
            self.sent_back += 1
        elif status == IN_REVIEW:
            self.in_review += 1


@dataclass
class ChapterQuota:
    """One row of the report: a chapter's counts for the period and its targets."""

    chapter: Chapter
    target_tin: int
    target_bai: int
    tin: KindCounts = field(default_factory=KindCounts)
    bai: KindCounts = field(default_factory=KindCounts)
    level: int = 0  # nesting below the Site's top chapters, for indentation

    @property
    def name(self) -> str:
        return self.chapter.name

    @property
    def title(self) -> str:
        return self.chapter.title

    @property
    def missing_tin(self) -> int:
        return max(0, self.target_tin - self.tin.submitted)

    @property
    def missing_bai(self) -> int:
        return max(0, self.target_bai - self.bai.submitted)

    @property
    def met(self) -> bool:
        """Submitted tin ≥ tin per month × months AND submitted bài ≥ bài per month × months."""
        return self.missing_tin == 0 and self.missing_bai == 0

    @property
    def result_text(self) -> str:
        return _("Đạt") if self.met else _("Chưa đạt")

    @property
    def missing_text(self) -> str:
        """"1 tin, 2 bài", or empty when nothing is missing."""
        parts = []
        if self.missing_tin:
            parts.append(_("%(n)s tin") % {"n": self.missing_tin})
        if self.missing_bai:
            parts.append(_("%(n)s bài") % {"n": self.missing_bai})
        return ", ".join(parts)


def submission_status(live: bool, latest_state_status: str) -> str:
    """Where a submission stands now, from the page's live flag and its latest WorkflowState."""
    from wagtail.models import WorkflowState

    if live or latest_state_status == WorkflowState.STATUS_APPROVED:
        return PUBLISHED
    if latest_state_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return SENT_BACK
    if latest_state_status == WorkflowState.STATUS_IN_PROGRESS:
        return IN_REVIEW
    return CANCELLED


def tally(chapters: Iterable[Chapter], submissions: Iterable[Submission], quota: Quota,
          period: Period) -> list[ChapterQuota]:
    """One row per chapter, in the order given, with its submissions counted by kind and status.

    Submissions are expected to be one per page (see ``site_submissions``); a submission of a
    chapter not in ``chapters`` is ignored.
    """
    chapters = list(chapters)
    top_depth = min((c.depth for c in chapters), default=0)
    rows = {
        c.pk: ChapterQuota(c, quota.tin * period.months, quota.bai * period.months, level=c.depth - top_depth)
        for c in chapters
    }
    for submission in submissions:
        row = rows.get(submission.chapter_id)
        if row is None:
            continue
        counts = row.bai if submission.kind == BAI else row.tin
        counts.add(submission.status)
    return list(rows.values())


def site_chapters(site) -> list[Chapter]:
    """Every ChapterPage of the Site's tree, in tree order (districts followed by their communes)."""
    from chapters.models import ChapterPage

    rows = (
        ChapterPage.objects.descendant_of(site.root_page)
        .order_by("path")
        .values_list("pk", "title", "short_name", "path", "depth")
    )
    return [Chapter(pk, title, short_name or title, path, depth) for pk, title, short_name, path, depth in rows]


def site_submissions(site, period: Period) -> list[Submission]:
    """The Site's news pages first submitted within the period, one per page, with their status.

    One query: the first and the latest WorkflowState of each page are correlated subqueries,
    and the period's bounds (Vietnam time) filter on the first.
    """
    from wagtail.models import WorkflowState, get_default_page_content_type

    from news.models import NewsPage

    start, end = period.bounds()
    states = WorkflowState.objects.filter(
        base_content_type=get_default_page_content_type(),
        object_id=Cast(OuterRef("pk"), output_field=CharField(max_length=255)),
    )
    pages = (
        NewsPage.objects.filter(chapter__path__startswith=site.root_page.path)
        .annotate(
            first_submitted_at=Subquery(states.order_by("created_at", "pk").values("created_at")[:1]),
            latest_state_status=Subquery(states.order_by("-created_at", "-pk").values("status")[:1]),
        )
        .filter(first_submitted_at__gte=start, first_submitted_at__lt=end)
        .values_list("pk", "chapter_id", "kind", "live", "latest_state_status", "first_submitted_at")
    )
    return [
        Submission(pk, chapter_id, BAI if kind == BAI else TIN, submission_status(live, status), first)
        for pk, chapter_id, kind, live, status, first in pages
    ]


def quota_rows(site, period: Period, quota: Quota | None = None) -> list[ChapterQuota]:
    """The report for a Site and a period: one row per chapter, in tree order."""
    quota = quota or Quota.for_site(site)
    return tally(site_chapters(site), site_submissions(site, period), quota, period)


def behind_first(rows: Iterable[ChapterQuota]) -> list[ChapterQuota]:
    """Chapters that have not met the quota first (most missing first), then the others, tree order kept."""
    rows = list(rows)
    order = {id(row): i for i, row in enumerate(rows)}
    return sorted(rows, key=lambda r: (r.met, -(r.missing_tin + r.missing_bai), order[id(r)]))
