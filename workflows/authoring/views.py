from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component

from .queries import WRITE_LINKS, chapters_of, my_pages, new_page_url


def _write_buttons(user):
    return [
        {
            "chapter": chapter,
            "links": [(label, new_page_url(chapter, model, kind)) for model, kind, label in WRITE_LINKS],
        }
        for chapter in chapters_of(user)
    ]


def my_pages_view(request):
    return TemplateResponse(request, "authoring/my_pages.html", {
        "page_title": _("Bài của tôi"), "header_title": _("Bài của tôi"),
        "rows": my_pages(request.user), "write": _write_buttons(request.user),
    })


class MyPagesPanel(Component):
    """The admin home of a chapter president: their latest pages and the write buttons."""

    name = "my_pages"
    template_name = "authoring/panel.html"
    order = 50

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {"rows": my_pages(user, limit=5), "write": _write_buttons(user)}
