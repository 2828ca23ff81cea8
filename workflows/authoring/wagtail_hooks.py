from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .queries import chapters_of
from .views import MyPagesPanel, my_pages_view


@hooks.register("register_admin_urls")
def register_urls():
    return [path("bai-cua-toi/", my_pages_view, name="authoring_my_pages")]


class AuthorMenuItem(MenuItem):
    def is_shown(self, request):
        return bool(chapters_of(request.user))


@hooks.register("register_admin_menu_item")
def register_menu_item():
    return AuthorMenuItem(_("Bài của tôi"), reverse("authoring_my_pages"), icon_name="doc-full", order=50)


@hooks.register("construct_homepage_panels")
def add_my_pages_panel(request, panels):
    if chapters_of(request.user):
        panels.insert(0, MyPagesPanel())


@hooks.register("insert_editor_js")
def preset_news_kind():
    """"Viết tin mới" / "Viết bài mới" open the add form with ?kind=…; preselect it."""
    return mark_safe(  # a constant script: nothing from the request is interpolated
        "<script>document.addEventListener('DOMContentLoaded',function(){"
        "var k=new URLSearchParams(location.search).get('kind'),s=document.getElementById('id_kind');"
        "if(k&&s&&location.pathname.indexOf('/add/')>-1){s.value=k;}});</script>"
    )
