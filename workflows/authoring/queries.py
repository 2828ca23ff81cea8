"""What a chapter president needs to see: their chapters, their pages and where each stands,
and the month's count against the Site's quota."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import AbstractGroupApprovalTask, Page, TaskState, WorkflowState

from chapters.models import ChapterPage
from core import plugins
from core.roles import editors_groups
from events.models import EventPage
from news.models import NewsKind, NewsPage

DESK_LIMIT = 60  # the latest items on the desk; older ones are in the full editor's listing


def chapters_of(user) -> list[ChapterPage]:
    """The chapters the user may write in: those their groups may add pages under.

    One query, read from the permissions themselves (this runs on every admin page, for the menu).
    """
    return list(
        ChapterPage.objects.filter(
            group_permissions__group__in=user.groups.all(),
            group_permissions__permission__codename="add_page",
        )
        .distinct()
        .order_by("path")
    )


def latest_state(page) -> WorkflowState | None:
    """The page's latest WorkflowState, from the database (a cached one may be stale)."""
    return (
        WorkflowState.objects.for_instance(page)
        .select_related("current_task_state__task")
        .order_by("-created_at", "-pk")
        .first()
    )


def waits_for_board(task) -> bool:
    """A group approval by a Site's board (Ban Biên tập)."""
    specific = task.specific
    return isinstance(specific, AbstractGroupApprovalTask) and specific.groups.filter(pk__in=editors_groups()).exists()


def waiting_for(task) -> str:
    """Who the page waits for: the board, another reviewer, or the automatic checks."""
    if waits_for_board(task):
        return _("Chờ Ban Biên tập")
    if task.specific._meta.app_label == "checklist":
        return _("Đang kiểm tra")
    return _("Chờ %(task)s") % {"task": task.name}


def status_label(page, state) -> str:
    """Where the page stands, in the president's words (Wagtail's own status is English)."""
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Cần sửa")
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS and state.current_task_state:
        return waiting_for(state.current_task_state.task)
    if page.approved_schedule:
        return _("Đã hẹn giờ đăng")
    if page.live:
        return _("Đã đăng, có bản sửa chưa gửi") if page.has_unpublished_changes else _("Đã đăng")
    return _("Nháp")


@dataclass
class Remark:
    """What sent the page back in its latest round: who said it, and the lines."""

    by: str
    lines: list[str]


def latest_remark(state) -> Remark | None:
    """The comment of the round that sent the page back, only while it waits for changes:
    once resent, the old round's words no longer apply."""
    if state is None or state.status != WorkflowState.STATUS_NEEDS_CHANGES:
        return None
    rejected = state.current_task_state
    if rejected is None or rejected.status != TaskState.STATUS_REJECTED:
        return None
    lines = [line.strip() for line in (rejected.comment or "").splitlines() if line.strip()]
    automatic = rejected.finished_by_id is None
    return Remark(_("Kiểm tra tự động") if automatic else _("Ban Biên tập"), lines)


@dataclass
class MyPage:
    page: NewsPage | EventPage
    status: str
    remark: Remark | None
    needs_changes: bool

    @property
    def kind_label(self) -> str:
        """ "Tin" or "Bài" for news; "Sự kiện" for an event (its own kind is a detail here)."""
        if isinstance(self.page, NewsPage):
            return self.page.get_kind_display()
        return self.page._meta.verbose_name

    @property
    def comments(self) -> list[str]:
        return self.remark.lines if self.remark else []

    @property
    def edit_url(self) -> str:
        return reverse("authoring_edit", args=[self.page.pk])

    @property
    def full_editor_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def my_pages(user, limit: int | None = DESK_LIMIT) -> list[MyPage]:
    pages = (
        Page.objects.type(NewsPage, EventPage)
        .filter(owner=user)
        .order_by("-latest_revision_created_at", "-pk")
        .specific()
    )
    if limit:
        pages = pages[:limit]
    rows = []
    for page in pages:
        state = latest_state(page)
        needs_changes = state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES
        rows.append(MyPage(page, status_label(page, state), latest_remark(state), needs_changes))
    return rows


@dataclass
class MonthProgress:
    chapter: ChapterPage
    label: str  # "Tháng 12: 1/2 tin, 0/2 bài"
    met: bool


def month_progress(chapters) -> list[MonthProgress]:
    """Each chapter's tin and bài of this month against its Site's quota, counted by the quota
    report itself (``core.plugins.MonthQuota``; without the quota app, nothing)."""
    quota = plugins.provided(plugins.MonthQuota)
    if quota is None:
        return []
    progress, months_by_site = [], {}
    for chapter in chapters:
        site = chapter.get_site()
        if site is None:
            continue
        if site.pk not in months_by_site:
            months_by_site[site.pk] = quota.this_month(site)
        month = months_by_site[site.pk].get(chapter.pk)
        if month is None:
            continue
        label = _("Tháng %(month)s: %(tin)s/%(target_tin)s tin, %(bai)s/%(target_bai)s bài") % {
            "month": month.month,
            "tin": month.tin,
            "target_tin": month.target_tin,
            "bai": month.bai,
            "target_bai": month.target_bai,
        }
        progress.append(MonthProgress(chapter, label, month.met))
    return progress


def write_links(chapter) -> list[tuple[str, str]]:
    """The desk's "write" buttons for a chapter."""
    base = reverse("authoring_write")
    return [(label, f"{base}?kind={kind}&chapter={chapter.pk}") for kind, label in WRITE_KINDS]


WRITE_KINDS = [(NewsKind.TIN.value, _("Viết tin")), (NewsKind.BAI.value, _("Viết bài")), ("su-kien", _("Đăng sự kiện"))]
