"""Chapter presidents' submissions over the last three months, run through the real
workflow, so the quota report and the editors' queue have something to show.

Thuận Châu and Sông Mã send their 2 tin and 2 bài every month; other districts
send less; a few pages are still in review and one was sent back by the checklist.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.test.utils import override_settings
from django.utils import timezone
from wagtail.models import TaskState, WorkflowState

from core.text import slugify_vi
from news.models import NewsCategory, NewsPage

from .pages import paragraphs

# chapter key -> (tin, bài) sent per month, oldest month first
PLAN = {
    "thuan-chau": [(2, 2), (2, 2), (2, 2)],
    "song-ma": [(2, 2), (2, 2), (2, 3)],
    "moc-chau": [(2, 1), (1, 1), (2, 2)],
    "mai-son": [(1, 0), (1, 1), (0, 1)],
    "yen-chau": [(0, 1), (1, 0), (1, 0)],
    "chieng-la": [(1, 0), (0, 0), (1, 0)],
}
TIN_TOPICS = [
    "sinh hoạt chi hội khuyến học",
    "trao quà cho học sinh vượt khó",
    "lớp học tại trung tâm học tập cộng đồng",
]
BAI_TOPICS = [
    "ghi chép về một gia đình học tập",
    "dòng họ khuyến học và những suất học bổng nhỏ",
    "trung tâm học tập cộng đồng: cần gì học nấy",
]
CATEGORY_BY_KIND = {"tin": "hoat-dong-hoi", "bai": "mo-hinh-hoc-tap"}


@dataclass
class Submission:
    chapter_key: str
    kind: str
    sent_at: datetime
    outcome: str  # "published", "in_review" or "sent_back"
    number: int


def month_starts(today, count: int = 3):
    """The first day of each of the last ``count`` months, oldest first (current month last)."""
    first = today.replace(day=1)
    months = [first]
    for _ in range(count - 1):
        months.insert(0, (months[0] - timedelta(days=1)).replace(day=1))
    return months


def planned_submissions(today) -> list[Submission]:
    submissions = []
    for key, per_month in PLAN.items():
        for month_index, (month, (tin, bai)) in enumerate(zip(month_starts(today), per_month, strict=False)):
            is_current = month_index == len(per_month) - 1
            for kind, count in (("tin", tin), ("bai", bai)):
                for n in range(count):
                    day = min(3 + 6 * n + (kind == "bai") * 2, 27)
                    if is_current:
                        day = min(day, max(today.day - 1, 1))
                    sent_at = timezone.make_aware(datetime.combine(month.replace(day=day), time(9 + n, 30)))
                    outcome = "in_review" if is_current and n == count - 1 else "published"
                    submissions.append(Submission(key, kind, sent_at, outcome, n + 1))
    submissions[-1].outcome = "sent_back"  # Chiềng La's latest tin lacks its lead image
    return submissions


def build_submissions(chapters, editor, picture, president_username, today) -> None:
    users = get_user_model().objects
    categories = {kind: NewsCategory.objects.get(slug=slug) for kind, slug in CATEGORY_BY_KIND.items()}
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for item in planned_submissions(today):
            chapter = chapters[item.chapter_key]
            title = _title(chapter, item)
            slug = slugify_vi(title, max_length=80)
            if NewsPage.objects.child_of(chapter).filter(slug=slug).exists():
                continue
            author = users.get(username=president_username(item.chapter_key))
            page = NewsPage(
                title=title,
                slug=slug,
                kind=item.kind,
                live=False,
                owner=author,
                date=timezone.localdate(item.sent_at),
                category=categories[item.kind],
                summary=f"{'Tin' if item.kind == 'tin' else 'Bài'} của {chapter.title} gửi Ban Biên tập "
                f"tháng {item.sent_at.month}/{item.sent_at.year}.",
                lead_image=None if item.outcome == "sent_back" else picture,
                body=paragraphs(_body(chapter, item)),
                author_name=f"Hội Khuyến học {chapter.display_name}",
            )
            chapter.add_child(instance=page)
            revision = page.save_revision(user=author)
            state = page.get_workflow().start(page, author)
            if item.outcome == "published":
                state.current_task_state.approve(user=editor)
            _backdate(page, revision, state, item.sent_at)


def _title(chapter, item) -> str:
    topics = TIN_TOPICS if item.kind == "tin" else BAI_TOPICS
    topic = topics[(item.number - 1) % len(topics)]
    return f"{chapter.display_name}: {topic} tháng {item.sent_at.month}/{item.sent_at.year}" + (
        f" ({item.number})" if item.number > len(topics) else ""
    )


def _body(chapter, item) -> list[str]:
    month = f"tháng {item.sent_at.month}/{item.sent_at.year}"
    return [
        f"Trong {month}, {chapter.title} tiếp tục triển khai kế hoạch tuyên truyền của Hội Khuyến học tỉnh, "
        "gửi tin, bài về Ban Biên tập theo chỉ tiêu mỗi tháng.",
        "Các chi hội cơ sở phối hợp với nhà trường và trung tâm học tập cộng đồng, động viên các gia đình, "
        "dòng họ tham gia xây dựng mô hình học tập.",
    ]


def _backdate(page, revision, state, sent_at) -> None:
    """Make history look as if it happened on ``sent_at`` (the quota counts by the checklist's first pass)."""
    later = sent_at + timedelta(hours=20)
    WorkflowState.objects.filter(pk=state.pk).update(created_at=sent_at)
    TaskState.objects.filter(workflow_state=state).update(started_at=sent_at)
    TaskState.objects.filter(workflow_state=state).exclude(finished_at=None).update(finished_at=later)
    revision.__class__.objects.filter(object_id=str(page.pk)).update(created_at=sent_at)
    NewsPage.objects.filter(pk=page.pk).update(latest_revision_created_at=sent_at)
    if NewsPage.objects.filter(pk=page.pk, live=True).exists():
        NewsPage.objects.filter(pk=page.pk).update(first_published_at=later, last_published_at=later)
