import django_filters
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BooleanColumn
from wagtail.admin.widgets.button import HeaderButton
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSetGroup

from core.roles import board_sites
from core.site_scope import SiteOwnedPermissionPolicy
from core.site_scope_views import SiteScopedSnippetViewSet

from . import views
from .models import Disbursement, Donation, campaigns_in_sites, records_in_sites

# before the viewsets: a board reaches only the ledger of its Sites' campaigns
for ledger_model in (Donation, Disbursement):
    register_permission_policy(ledger_model, SiteOwnedPermissionPolicy(ledger_model, records_in_sites))


def _own_campaigns(request):
    return campaigns_in_sites(board_sites(request.user)).order_by("title")


class DonationFilterSet(WagtailFilterSet):
    campaign = django_filters.ModelChoiceFilter(label=_("Chiến dịch"), queryset=_own_campaigns)

    class Meta:
        model = Donation
        fields = ["campaign", "status", "method", "is_anonymous"]


class DisbursementFilterSet(WagtailFilterSet):
    campaign = django_filters.ModelChoiceFilter(label=_("Chiến dịch"), queryset=_own_campaigns)

    class Meta:
        model = Disbursement
        fields = ["campaign", "status", "method", "beneficiary_kind"]


class DonationIndexView(IndexView):
    """The donations' listing leads to the statement import."""

    @cached_property
    def header_buttons(self):
        buttons = super().header_buttons
        if views.can_import(self.request.user):
            buttons.append(
                HeaderButton(_("Nhập sao kê ngân hàng"), url=reverse("campaigns_statement_import"), icon_name="upload")
            )
        return buttons


class DonationViewSet(SiteScopedSnippetViewSet):
    model = Donation
    icon = "plus"
    menu_label = _("Khoản ủng hộ")
    index_view_class = DonationIndexView
    list_display = [
        "day",
        "campaign",
        "donor",
        BooleanColumn("is_anonymous", label=_("Ẩn danh")),
        "amount_in_dong",
        "status",
        "reference",
    ]
    filterset_class = DonationFilterSet
    search_fields = ["donor", "reference", "note", "statement_memo"]


class DisbursementViewSet(SiteScopedSnippetViewSet):
    model = Disbursement
    icon = "minus"
    menu_label = _("Khoản chi")
    list_display = ["day", "campaign", "beneficiary", "beneficiary_kind", "amount_in_dong", "status", "reference"]
    filterset_class = DisbursementFilterSet
    search_fields = ["beneficiary", "reference", "note", "statement_memo"]


class LedgerViewSetGroup(SnippetViewSetGroup):
    items = (DonationViewSet, DisbursementViewSet)
    menu_icon = "table"
    menu_label = _("Sổ quỹ")
    menu_name = "so-quy"


register_snippet(LedgerViewSetGroup)


@hooks.register("register_admin_urls")
def register_statement_import_url():
    return [path("so-quy/nhap-sao-ke/", views.statement_import, name="campaigns_statement_import")]
