"""What a chapter president needs to see: their chapters and their pages with workflow status."""
from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, TaskState, WorkflowState

from chapters.models import ChapterPage
from events.models import EventPage
from news.models import NewsKind, NewsPage


def chapters_of(user) -> list[ChapterPage]:
    """The chapters the user may write in: those their groups may add pages under.

    One query, read from the permissions themselves (this runs on every admin page, for the menu).
    """
    return list(
        ChapterPage.objects.filter(
            group_permissions__group__in=user.groups.all(), group_permissions__permission__codename="add_page",
        ).distinct().order_by("path")
    )


def new_page_url(chapter, model, kind: str = "") -> str:
    """The admin's "add page" form for ``model`` under ``chapter`` (a news kind preset with ?kind=)."""
    url = reverse("wagtailadmin_pages:add", args=(model._meta.app_label, model._meta.model_name, chapter.pk))
    return url + (f"?kind={kind}" if kind else "")


@dataclass
class MyPage:
    page: NewsPage | EventPage
    status: str
    step: str
    comments: list[str]

    @property
    def kind_label(self) -> str:
        """"Tin" or "Bài" for news; "Sự kiện" for an event (its own kind is a detail here)."""
        if isinstance(self.page, NewsPage):
            return self.page.get_kind_display()
        return self.page._meta.verbose_name

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def _comments(workflow_state) -> list[str]:
    """The reasons given the last time the page was sent back (checklist failures or editors' words)."""
    if workflow_state is None:
        return []
    rejected = workflow_state.task_states.filter(status=TaskState.STATUS_REJECTED).order_by("-finished_at").first()
    return [line for line in (rejected.comment if rejected else "").splitlines() if line.strip()]


def status_label(page, state) -> str:
    """Where the page stands, in the president's words (Wagtail's own status is English)."""
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        return _("Cần sửa")
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("Đang chờ duyệt")
    if page.approved_schedule:
        return _("Đã duyệt, hẹn giờ đăng")
    if page.live:
        return _("Đã đăng, có bản sửa chưa gửi") if page.has_unpublished_changes else _("Đã đăng")
    return _("Bản nháp")


def my_pages(user, limit: int | None = None) -> list[MyPage]:
    pages = (
        Page.objects.type(NewsPage, EventPage).filter(owner=user)
        .order_by("-latest_revision_created_at", "-pk").specific()
    )
    if limit:
        pages = pages[:limit]
    rows = []
    for page in pages:
        state = page.current_workflow_state
        step = ""
        if state is not None and state.current_task_state is not None:
            step = state.current_task_state.task.name
        rows.append(MyPage(page, status_label(page, state), step, _comments(state)))
    return rows


WRITE_LINKS = [
    (NewsPage, NewsKind.TIN, _("Viết tin mới")),
    (NewsPage, NewsKind.BAI, _("Viết bài mới")),
    (EventPage, "", _("Đăng sự kiện")),
]
