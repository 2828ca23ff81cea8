"""Counting each chapter's tin and bài against the Site's quota.

The rules, in one place:

- A *submission* is a news page (``news.NewsPage``) with at least one Wagtail
  ``WorkflowState``. Only NewsPage counts; a page's chapter is ``NewsPage.chapter`` (a page
  under a commune counts for the commune, not for its district), its kind the page's ``kind``.
- It counts as **submitted** only once the automatic checklist has passed it: an approved
  ``ChecklistTask`` TaskState in any of its WorkflowStates. A page the checklist sent back
  and that never passed is counted apart (``unchecked``, "chưa qua kiểm tra"): it is not
  submitted and does not help a chapter meet the quota. (Without the checklist app installed,
  every submission counts as passed.)
- A page counts for the period holding the **first time the checklist passed it** (the start
  of its earliest approved ChecklistTask state, read in Asia/Ho_Chi_Minh): when it became a
  valid submission, so a page sent unfinished on the 31st and fixed on the 2nd is the new
  month's. A page that never passed is shown in the period of its first submission (the
  earliest ``WorkflowState.created_at``). Either way it counts **once only**, however often it
  is resubmitted: resubmitting after "needs changes" resumes the same WorkflowState, and a
  page sent again after a cancel gets a new one, but neither moves it nor counts it twice.
- A submitted page's *status* is that of its **latest** WorkflowState: published if the page
  is live or that state is approved, sent back if it needs changes (by the board, or by the
  checklist on a later resubmission), in review if in progress. A cancelled submission of a
  page that is not live still counts as submitted, in no status column.
- The quota is **met** when, over the period, submitted tin ≥ tin per month × months AND
  submitted bài ≥ bài per month × months (a quarter is three months). What was submitted
  counts, whatever the editors decided since: a chapter that sent its two tin has done its part.

Two queries do the work whatever the number of chapters (the chapters of the Site, and its
pages submitted in the period with their latest status and first passing of the checklist);
the rest is plain Python in ``tally``, which the tests can call without a database.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import NamedTuple

from django.apps import apps
from django.db.models import CharField, OuterRef, Subquery
from django.db.models.functions import Cast, Coalesce
from django.utils.translation import gettext as _
from wagtail.models import TaskState, WorkflowState, get_default_page_content_type

from chapters.models import ChapterPage
from news.models import NewsPage

from .models import QuotaSettings
from .periods import Period

TIN, BAI = "tin", "bai"

PUBLISHED = "published"
SENT_BACK = "sent_back"
IN_REVIEW = "in_review"
CANCELLED = "cancelled"
UNCHECKED = "unchecked"  # sent back by the checklist and never passed it: not submitted


class Quota(NamedTuple):
    """Per month; multiply by the period's months for the target."""

    tin: int = 2
    bai: int = 2

    @classmethod
    def for_site(cls, site) -> "Quota":
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
    status: str  # PUBLISHED, SENT_BACK, IN_REVIEW, CANCELLED, or UNCHECKED
    counted_at: datetime  # the first passing of the checklist, or the first submission if none


@dataclass
class KindCounts:
    submitted: int = 0
    published: int = 0
    sent_back: int = 0
    in_review: int = 0
    unchecked: int = 0  # apart from ``submitted``

    def add(self, status: str) -> None:
        if status == UNCHECKED:
            self.unchecked += 1
            return
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
    def unchecked(self) -> int:
        """Tin and bài the checklist sent back and that never passed it."""
        return self.tin.unchecked + self.bai.unchecked

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
        """ "1 tin, 2 bài", or empty when nothing is missing."""
        parts = []
        if self.missing_tin:
            parts.append(_("%(n)s tin") % {"n": self.missing_tin})
        if self.missing_bai:
            parts.append(_("%(n)s bài") % {"n": self.missing_bai})
        return ", ".join(parts)


def submission_status(live: bool, latest_state_status: str, passed: bool = True) -> str:
    """Where a submission stands now, from the page's live flag, its latest WorkflowState
    and whether the checklist ever passed it."""
    if not passed:
        return UNCHECKED
    if live or latest_state_status == WorkflowState.STATUS_APPROVED:
        return PUBLISHED
    if latest_state_status == WorkflowState.STATUS_NEEDS_CHANGES:
        return SENT_BACK
    if latest_state_status == WorkflowState.STATUS_IN_PROGRESS:
        return IN_REVIEW
    return CANCELLED


def tally(
    chapters: Iterable[Chapter], submissions: Iterable[Submission], quota: Quota, period: Period
) -> list[ChapterQuota]:
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
    rows = (
        ChapterPage.objects.descendant_of(site.root_page)
        .order_by("path")
        .values_list("pk", "title", "short_name", "path", "depth")
    )
    return [Chapter(pk, title, short_name or title, path, depth) for pk, title, short_name, path, depth in rows]


def checklist_passes(page_ct):
    """The approved checklist task states of the page (``OuterRef("pk")``), in any WorkflowState;
    matched by content type, so this app does not import the checklist's."""
    return TaskState.objects.filter(
        workflow_state__base_content_type=page_ct,
        workflow_state__object_id=Cast(OuterRef("pk"), output_field=CharField(max_length=255)),
        task__content_type__app_label="checklist",
        task__content_type__model="checklisttask",
        status=TaskState.STATUS_APPROVED,
    )


def site_submissions(site, period: Period) -> list[Submission]:
    """The Site's news pages that count in the period, one per page, with their status.

    One query: the first and the latest WorkflowState of each page and its first passing of the
    checklist are correlated subqueries; the period's bounds (Vietnam time) filter on the
    first passing, or on the first submission of a page that never passed.
    """
    start, end = period.bounds()
    page_ct = get_default_page_content_type()
    states = WorkflowState.objects.filter(
        base_content_type=page_ct,
        object_id=Cast(OuterRef("pk"), output_field=CharField(max_length=255)),
    )
    first_submitted = Subquery(states.order_by("created_at", "pk").values("created_at")[:1])
    if apps.is_installed("workflows.checklist"):
        first_passed = Subquery(checklist_passes(page_ct).order_by("started_at", "pk").values("started_at")[:1])
    else:
        first_passed = first_submitted
    pages = (
        NewsPage.objects.filter(chapter__path__startswith=site.root_page.path)
        .annotate(
            first_passed_at=first_passed,
            counted_at=Coalesce(first_passed, first_submitted),
            latest_state_status=Subquery(states.order_by("-created_at", "-pk").values("status")[:1]),
        )
        .filter(counted_at__gte=start, counted_at__lt=end)
        .values_list("pk", "chapter_id", "kind", "live", "latest_state_status", "first_passed_at", "counted_at")
    )
    return [
        Submission(pk, chapter_id, BAI if kind == BAI else TIN, submission_status(live, status, passed is not None), at)
        for pk, chapter_id, kind, live, status, passed, at in pages
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
