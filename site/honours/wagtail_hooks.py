import django_filters
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from core.roles import board_sites, is_editor
from core.site_scope import SiteOwnedPermissionPolicy
from core.site_scope_views import SiteScopedSnippetViewSet
from core.trees import under_sites

from . import urls_import
from .models import HonourRecord, HonourRollPage, records_in_sites

# before the viewset: a board reaches only the records of its Sites' rolls
register_permission_policy(HonourRecord, SiteOwnedPermissionPolicy(HonourRecord, records_in_sites))


def _own_rolls(request):
    return HonourRollPage.objects.filter(under_sites(board_sites(request.user))).order_by("title")


class HonourRecordFilterSet(WagtailFilterSet):
    """The listing's roll filter names only the user's own rolls."""

    roll = django_filters.ModelChoiceFilter(label=_("Bảng vinh danh"), queryset=_own_rolls)

    class Meta:
        model = HonourRecord
        fields = ["year", "recipient_kind", "roll"]


class HonourRecordViewSet(SiteScopedSnippetViewSet):
    model = HonourRecord
    icon = "trophy"
    menu_label = _("Vinh danh")
    add_to_admin_menu = True
    list_display = ["recipient_name", "recipient_kind", "award", "programme", "year", "quantity", "chapter"]
    filterset_class = HonourRecordFilterSet
    search_fields = ["recipient_name", "programme", "award"]


register_snippet(HonourRecordViewSet)


# -- importing and exporting spreadsheets (views_import) ---------------------


class BoardMenuItem(MenuItem):
    def is_shown(self, request):
        return is_editor(request.user)


@hooks.register("register_admin_urls")
def register_import_urls():
    return [path("", include(urls_import))]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return BoardMenuItem(
        _("Nhập vinh danh"), reverse("honours_import_index"), name="honours_import", icon_name="upload", order=260
    )
