"""The president's desk: a list, a form, and a JSON check, each a light page of its own (no
Wagtail admin chrome: it weighs 2 MB on a 1 Mbit/s link)."""

import uuid

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.ui.components import Component
from wagtail.images import get_image_model
from wagtail.models import Page

from core import plugins
from events.models import EventPage
from news.models import NewsPage

from . import body, checks, desk
from .forms import EVENT, KINDS, DeskForm
from .models import DraftKey
from .queries import chapters_of, latest_remark, latest_state, month_progress, my_pages, status_label, write_links

HTTP_REFUSED = 422  # the form is shown again with what to fix


def _summary_max_length(site) -> int | None:
    checks = plugins.provided(plugins.PageChecks)
    return checks.summary_max_length(site) if checks else None


def desk_view(request):
    chapters = chapters_of(request.user)
    return TemplateResponse(
        request,
        "authoring/desk/desk.html",
        {
            "rows": my_pages(request.user),
            "progress": month_progress(chapters),
            "write": [(chapter, write_links(chapter)) for chapter in chapters],
        },
    )


def _own_chapter(request, chapter_id: str | None):
    chapters = chapters_of(request.user)
    if not chapters:
        raise Http404
    if chapter_id and chapter_id.isdigit():
        for chapter in chapters:
            if str(chapter.pk) == chapter_id:
                return chapter
    return chapters[0]


def _own_page(request, page_id: int):
    """One of the user's own tin, bài or events that they may still edit."""
    page = get_object_or_404(Page.objects.type(NewsPage, EventPage), pk=page_id, owner=request.user).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise Http404
    return page


def write_view(request):
    kind = request.GET.get("kind") if request.GET.get("kind") in dict(KINDS) else "tin"
    chapter = _own_chapter(request, request.GET.get("chapter") or request.POST.get("chapter"))
    if request.method == "POST":
        known = _draft_page(request)
        if known is not None:  # a retried post: edit what the first attempt created
            return _handle(request, known, known.get_parent().specific)
        posted_kind = request.POST.get("kind") if request.POST.get("kind") in dict(KINDS) else kind
        page = desk.new_page(posted_kind, request.user, chapter)
        return _handle(request, page, chapter)
    page = desk.new_page(kind, request.user, chapter)
    form = DeskForm(initial={"kind": kind, "draft_key": uuid.uuid4()}, **_form_options(page, chapter))
    return _render(request, form, page, chapter)


def edit_view(request, page_id: int):
    page = _own_page(request, page_id)
    chapter = page.get_parent().specific
    latest = page.get_latest_revision_as_object()
    if request.method == "POST":
        return _handle(request, latest, chapter)
    form = DeskForm(initial={**desk.initial(latest), "draft_key": uuid.uuid4()}, **_form_options(latest, chapter))
    state = latest_state(page)
    failures = checks.field_failures(latest, chapter.get_site()) if latest_remark(state) else {}
    return _render(request, form, latest, chapter, failures=failures, state=state)


def _draft_page(request):
    try:
        key = uuid.UUID(request.POST.get("draft_key", ""))
    except ValueError:
        return None
    draft = DraftKey.objects.filter(key=key, owner=request.user).select_related("page").first()
    return draft.page.specific.get_latest_revision_as_object() if draft else None


def _form_options(page, chapter) -> dict:
    kinds = [EVENT] if isinstance(page, EventPage) else (["tin", "bai"] if page.pk else None)
    return {"kinds": kinds, "summary_max_length": _summary_max_length(chapter.get_site())}


def _locked(page, user) -> bool:
    """Wagtail's lock (a page waiting for the board is locked for its author)."""
    lock = page.get_lock() if page.pk else None
    return bool(lock and lock.for_user(user))


def _handle(request, page, chapter):
    """Save (and on "Gửi", send) the posted form; a refused one comes back with what to fix."""
    if _locked(page, request.user):
        messages.error(request, _("Bài đang chờ duyệt nên chưa sửa được."))
        return redirect("authoring_my_pages")
    form = DeskForm(request.POST, request.FILES, **_form_options(page, chapter))
    if not form.is_valid():
        return _render(request, form, page, chapter, status=HTTP_REFUSED)
    data = form.cleaned_data
    photo = desk.chosen_photo(data, page, chapter, request.user)
    desk.fill(page, data, photo, plain_body=body.is_plain(page.body))
    desk.describe_photo(page, data.get("image_alt"), request.user)
    is_new = page.pk is None
    desk.save(page, chapter, request.user)
    if is_new and data.get("draft_key"):
        DraftKey.objects.get_or_create(key=data["draft_key"], defaults={"owner": request.user, "page": page})
    if request.POST.get("action") != "submit":
        messages.success(request, _("Đã lưu nháp «%(title)s».") % {"title": page.title})
        return redirect("authoring_edit", page.pk)
    result = desk.submit(page, request.user, chapter.get_site())
    if result.sent:
        messages.success(request, f"{result.message} «{page.title}»")
        return redirect("authoring_my_pages")
    form = DeskForm(initial={**desk.initial(page), "draft_key": data.get("draft_key")}, **_form_options(page, chapter))
    return _render(
        request, form, page, chapter, failures=result.failures, refusal=result.message, status=HTTP_REFUSED, saved=True
    )


def _render(request, form, page, chapter, *, failures=None, refusal="", state=None, status=200, saved=False):
    failures = failures or {}
    for name, found in failures.items():  # beside the field, in the checklist's words
        if name in form.fields:
            form.fields[name].checklist = found
    editable_body = body.is_plain(page.body)
    state = state if state is not None else (latest_state(page) if page.pk else None)
    return TemplateResponse(
        request,
        "authoring/desk/form.html",
        {
            "form": form,
            "page": page,
            "chapter": chapter,
            "is_event": isinstance(page, EventPage),
            "editable_body": editable_body,
            "elsewhere": failures.get(checks.ELSEWHERE, []),
            "refusal": refusal,
            "status": status_label(page, state) if page.pk else _("Chưa lưu"),
            "remark": latest_remark(state),
            "photo": page.lead_image,
            "action": reverse("authoring_edit", args=[page.pk])
            if page.pk
            else reverse("authoring_write") + f"?chapter={chapter.pk}",
            "saved": saved,
            "locked": _locked(page, request.user),
            "full_editor": reverse("wagtailadmin_pages:edit", args=[page.pk]) if page.pk else "",
        },
        status=status,
    )


@require_POST
def check_view(request):
    """The checklist's failures for the form as typed, by field, for the live checks."""
    chapter = _own_chapter(request, request.POST.get("chapter"))
    page_id = request.POST.get("page", "")
    page = (
        _own_page(request, int(page_id)).get_latest_revision_as_object()
        if page_id.isdigit() and len(page_id) < 12
        else desk.new_page(request.POST.get("kind", "tin"), request.user, chapter)
    )
    form = DeskForm(request.POST, **_form_options(page, chapter))
    form.is_valid()  # the check reads what is readable; the post itself reports the rest
    data = {"title": "", "kind": "tin", **form.cleaned_data}
    desk.fill(page, data, None, plain_body=body.is_plain(page.body))
    if request.POST.get("has_image") == "1" and page.lead_image is None:
        page.lead_image = get_image_model()(description=data.get("image_alt", ""))
    elif page.lead_image is not None and data.get("image_alt"):
        page.lead_image.description = data["image_alt"]
    return JsonResponse({"failures": checks.field_failures(page, chapter.get_site())})


class MyPagesPanel(Component):
    """The admin home of a chapter president: their latest pages and the way to the desk."""

    name = "my_pages"
    template_name = "authoring/panel.html"
    order = 50

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        chapters = chapters_of(user)
        return {
            "rows": my_pages(user, limit=5),
            "progress": month_progress(chapters),
            "write": [(chapter, write_links(chapter)) for chapter in chapters],
        }
