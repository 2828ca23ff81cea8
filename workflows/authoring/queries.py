"""What a chapter president needs to see: their chapters and their pages with workflow status."""
from dataclasses import dataclass

from django.urls import reverse
from wagtail.models import TaskState

from chapters.models import ChapterPage
from core.roles import chapter_group_name
from news.models import NewsKind, NewsPage


def chapters_of(user) -> list[ChapterPage]:
    names = set(user.groups.values_list("name", flat=True))
    return [chapter for chapter in ChapterPage.objects.order_by("path") if chapter_group_name(chapter) in names]


def new_page_url(chapter, kind: str) -> str:
    return reverse("wagtailadmin_pages:add", args=("news", "newspage", chapter.pk)) + f"?kind={kind}"


@dataclass
class MyPage:
    page: NewsPage
    status: str
    step: str
    comments: list[str]

    @property
    def edit_url(self) -> str:
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])


def _comments(workflow_state) -> list[str]:
    """The reasons given the last time the page was sent back (checklist failures or editors' words)."""
    if workflow_state is None:
        return []
    rejected = workflow_state.task_states.filter(status=TaskState.STATUS_REJECTED).order_by("-finished_at").first()
    return [line for line in (rejected.comment if rejected else "").splitlines() if line.strip()]


def my_pages(user, limit: int | None = None) -> list[MyPage]:
    pages = NewsPage.objects.filter(owner=user).order_by("-latest_revision_created_at", "-pk")
    if limit:
        pages = pages[:limit]
    rows = []
    for page in pages:
        state = page.current_workflow_state
        step = ""
        if state is not None and state.current_task_state is not None:
            step = state.current_task_state.task.name
        rows.append(MyPage(page, page.status_string, step, _comments(state)))
    return rows


KINDS = [(NewsKind.TIN, "Viết tin mới"), (NewsKind.BAI, "Viết bài mới")]
