from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from core.roles import is_editor
from core.site_scope import SiteOwnedPermissionPolicy
from core.site_scope_views import SiteScopedSnippetViewSet

from .models import LegalDocument, documents_in_sites
from .views_import import import_view

# before the viewset: a board reaches only its own Sites' registers
register_permission_policy(LegalDocument, SiteOwnedPermissionPolicy(LegalDocument, documents_in_sites))


class LegalDocumentViewSet(SiteScopedSnippetViewSet):
    model = LegalDocument
    icon = "doc-full-inverse"
    menu_label = _("Sổ văn bản")
    add_to_admin_menu = True
    list_display = ["symbol", "doc_type", "issuer", "issued_date", "title", "site"]
    list_filter = ["doc_type"]
    search_fields = ["symbol", "title", "issuer"]


register_snippet(LegalDocumentViewSet)


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return is_editor(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("van-ban/nhap/", import_view, name="officialdocs_import")]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return BoardMenuItem(
        _("Nhập văn bản"), reverse("officialdocs_import"), name="officialdocs_import", icon_name="upload", order=270
    )
