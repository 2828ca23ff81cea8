from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import HonourRecord


class HonourRecordViewSet(SnippetViewSet):
    model = HonourRecord
    icon = "trophy"
    menu_label = _("Vinh danh")
    add_to_admin_menu = True
    list_display = ["recipient_name", "recipient_kind", "award", "programme", "year", "quantity", "chapter"]
    list_filter = ["year", "recipient_kind", "roll"]
    search_fields = ["recipient_name", "programme", "award"]


register_snippet(HonourRecordViewSet)
