from django.contrib import messages
from django.urls import path, reverse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .queries import chapters_of, latest_remark, latest_state
from .views import MyPagesPanel, check_view, desk_view, edit_view, write_view


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("bai-cua-toi/", desk_view, name="authoring_my_pages"),
        path("bai-cua-toi/viet/", write_view, name="authoring_write"),
        path("bai-cua-toi/kiem-tra/", check_view, name="authoring_check"),
        path("bai-cua-toi/<int:page_id>/sua/", edit_view, name="authoring_edit"),
    ]


class AuthorMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(chapters_of(request.user))


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return AuthorMenuItem(gettext_lazy("Bài của tôi"), reverse("authoring_my_pages"), icon_name="doc-full", order=50)


@hooks.register("construct_homepage_panels")
def add_my_pages_panel(request, panels):
    if chapters_of(request.user):
        panels.insert(0, MyPagesPanel())


@hooks.register("insert_global_admin_css")
def no_minimap_on_phones():
    """The editor's minimap covers the fields on a phone-sized screen."""
    return mark_safe("<style>@media (max-width:50em){[data-minimap-container]{display:none}}</style>")


def tell_what_happened(request, page):
    """After "submit" in the full editor, say what really happened: Wagtail's green "submitted"
    banner shows even when the checklist sent the page straight back."""
    if "action-submit" not in request.POST:
        return None
    remark = latest_remark(latest_state(page))
    if remark is None:
        return None
    storage = messages.get_messages(request)
    storage._queued_messages = [m for m in storage._queued_messages if m.level != messages.SUCCESS]
    messages.error(request, _("Chưa gửi được: %(reasons)s") % {"reasons": " ".join(remark.lines)})
    return None


hooks.register("after_edit_page", tell_what_happened)
hooks.register("after_create_page", tell_what_happened)
