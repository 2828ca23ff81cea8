from django.utils.translation import gettext_lazy as _
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from core.site_scope import SiteOwnedPermissionPolicy
from core.site_scope_views import SiteScopedSnippetViewSet

from .models import LegalDocument, documents_in_sites

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
