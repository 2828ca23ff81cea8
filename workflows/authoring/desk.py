"""Writing on the desk: the same Wagtail pages, revisions and workflow as the full editor,
behind a lighter form."""

from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from wagtail.coreutils import find_available_slug
from wagtail.images import get_image_model
from wagtail.models import WorkflowState

from core.roles import chapter_roles
from core.text import slugify_vi
from events.models import EventPage
from news.models import NewsPage

from . import body, checks, photos
from .forms import BAI, EVENT, TIN
from .queries import latest_remark, latest_state, waiting_for, waits_for_board


@dataclass
class Outcome:
    """What really happened to a "Gửi": sent on, or not, with the failures by field."""

    sent: bool
    message: str
    failures: dict[str, list[str]] = field(default_factory=dict)


def kind_of(page) -> str:
    return EVENT if isinstance(page, EventPage) else (BAI if page.kind == BAI else TIN)


def new_page(kind: str, owner, chapter):
    """An unsaved page of the chapter (set now, so the checklist sees it before the page has a place)."""
    if kind == EVENT:
        return EventPage(owner=owner, live=False, chapter=chapter)
    return NewsPage(kind=kind, owner=owner, live=False, chapter=chapter)


def initial(page) -> dict:
    """The form's values from the page's latest revision."""
    values = {
        "title": page.title,
        "kind": kind_of(page),
        "summary": page.summary,
        "body": body.to_text(page.body) if body.is_plain(page.body) else "",
    }
    if isinstance(page, NewsPage):
        values["category"] = page.category_id
    else:
        values.update(start=page.start, venue=page.venue)
    if page.lead_image:
        values["image_alt"] = page.lead_image.description
    return values


def chosen_photo(data, page, chapter, user):
    """A photo uploaded now (saved at once, so a refused send never asks for it again), one
    uploaded by an earlier attempt of this form, or None."""
    roles = chapter_roles(chapter)
    if data.get("image"):
        return photos.save_photo(
            data["image"],
            title=data["title"],
            description=data.get("image_alt", ""),
            collection=roles.collection,
            user=user,
        )
    if data.get("image_id") and data["image_id"] != page.lead_image_id:
        return (
            get_image_model()
            .objects.filter(
                pk=data["image_id"],
                collection=roles.collection,
                uploaded_by_user=user,
            )
            .first()
        )
    return None


def fill(page, data, photo, *, plain_body: bool) -> None:
    """Put the form's values on the page (in memory): nothing the form does not show is touched."""
    page.title = data["title"]
    page.summary = (data.get("summary") or "").strip()
    if isinstance(page, NewsPage):
        page.kind = data["kind"] if data["kind"] in (TIN, BAI) else page.kind
        page.category = data.get("category")
    else:
        page.start = data.get("start") or page.start
        page.venue = (data.get("venue") or "").strip() or page.venue
    if plain_body:
        page.body = body.to_stream(data.get("body", ""))
    if photo is not None:
        page.lead_image = photo


def describe_photo(page, alt: str, user) -> None:
    """The photo's description (its alt text) from the form, on a photo the president uploaded."""
    alt = (alt or "").strip()[:255]
    image = page.lead_image
    if image is not None and alt and alt != image.description and image.uploaded_by_user_id == user.pk:
        image.description = alt
        image.save(update_fields=["description"])


def save(page, chapter, user):
    """Store the page as a new revision (a new page goes under the chapter, on a free slug)."""
    if page.pk is None:
        page.slug = find_available_slug(chapter, slugify_vi(page.title) or "bai-viet")
        chapter.add_child(instance=page)
    elif not page.live:
        page.save()  # as the Wagtail editor does: a draft's row follows its latest revision
    page.save_revision(user=user, log_action=True)
    return page


def submit(page, user, site) -> Outcome:
    """Send the saved page to the board: the checklist's rules first (here, to place failures
    beside their fields), then the Wagtail workflow, whose checklist task decides."""
    failures = checks.field_failures(page, site)
    if failures:
        return Outcome(False, _("Chưa gửi được: ") + " ".join(checks.messages(failures)), failures)
    state = latest_state(page)
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return Outcome(True, _("Đã lưu bản sửa; bài vẫn đang chờ Ban Biên tập."))
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)  # the checklist guard restarts it at the checklist
    else:
        workflow = page.get_workflow()
        if workflow is None:
            return Outcome(False, _("Chưa gửi được: chi hội chưa có quy trình duyệt; hãy báo quản trị trang."))
        workflow.start(page, user)
    return outcome(page, site)


def outcome(page, site) -> Outcome:
    """Read back where the workflow left the page."""
    state = latest_state(page)
    if state is None or state.status == WorkflowState.STATUS_CANCELLED:
        return Outcome(False, _("Chưa gửi được."))
    if state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        remark = latest_remark(state)
        lines = remark.lines if remark else []
        return Outcome(False, _("Chưa gửi được: ") + " ".join(lines), checks.field_failures(page, site))
    if state.status == WorkflowState.STATUS_APPROVED:
        return Outcome(True, _("Đã gửi và đã được duyệt."))
    if state.current_task_state is not None and not waits_for_board(state.current_task_state.task):
        return Outcome(
            True, _("Đã gửi; bước tiếp theo: %(step)s.") % {"step": waiting_for(state.current_task_state.task)}
        )
    return Outcome(True, _("Đã gửi, đang chờ Ban Biên tập."))
