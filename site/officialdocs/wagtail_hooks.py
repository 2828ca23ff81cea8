from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import LegalDocument


class LegalDocumentViewSet(SnippetViewSet):
    model = LegalDocument
    icon = "doc-full-inverse"
    menu_label = _("Sổ văn bản")
    add_to_admin_menu = True
    list_display = ["symbol", "doc_type", "issuer", "issued_date", "title"]
    list_filter = ["doc_type"]
    search_fields = ["symbol", "title", "issuer"]


register_snippet(LegalDocumentViewSet)
