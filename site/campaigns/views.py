"""The admin's "Nhập sao kê ngân hàng": upload, a dry run to read, then the import.

The dry run keeps its planned rows in the session (the file is not kept): confirming imports
exactly what the board read, minus any row whose reference arrived in the meantime.
"""

from datetime import date

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from wagtail.models import Locale

from core.roles import board_sites
from core.trees import under_sites

from . import statements
from .forms import StatementUploadForm
from .models import CampaignPage

SESSION_KEY = "campaigns_statement_import"
PREVIEW_ROWS = 20
NEEDED_PERMISSIONS = ("campaigns.add_donation", "campaigns.add_disbursement")


def can_import(user) -> bool:
    return user.has_perms(NEEDED_PERMISSIONS) and board_sites(user).exists()


def _page(request, form, plan=None, status=200):
    context = {
        "page_title": _("Nhập sao kê ngân hàng"),
        "header_title": _("Nhập sao kê ngân hàng"),
        "header_icon": "upload",
        "form": form,
        "profiles": [
            (profile.label, [(statements.FIELD_LABELS[name], headers) for name, headers in profile.columns.items()])
            for profile in statements.PROFILES.values()
        ],
    }
    if plan is not None:
        shown = plan.rows[:PREVIEW_ROWS]
        titles = dict(CampaignPage.objects.filter(pk__in={row.campaign_id for row in shown}).values_list("pk", "title"))
        context.update(
            plan=plan,
            preview_rows=[(row, date.fromisoformat(row.date), titles.get(row.campaign_id, "")) for row in shown],
            donations=plan.total(statements.DONATION),
            disbursements=plan.total(statements.DISBURSEMENT),
        )
    return TemplateResponse(request, "campaigns/admin/statement_import.html", context, status=status)


def _form(request, data=None, files=None):
    sites = board_sites(request.user)
    campaigns = CampaignPage.objects.filter(under_sites(sites), locale=Locale.get_default()).order_by("path")
    return StatementUploadForm(data, files, profiles=statements.PROFILES, sites=sites, campaigns=campaigns)


@never_cache
def statement_import(request):
    if not can_import(request.user):
        raise PermissionDenied
    if request.method != "POST":
        return _page(request, _form(request))
    if "confirm" in request.POST:
        return _confirm(request)
    form = _form(request, request.POST, request.FILES)
    if not form.is_valid():
        return _page(request, form, status=400)
    site = form.cleaned_data["site"]
    campaigns = CampaignPage.objects.filter(under_sites([site]), locale=Locale.get_default())
    try:
        table = statements.read_table(form.cleaned_data["statement"])
        plan = statements.plan_import(
            table,
            statements.PROFILES[form.cleaned_data["bank"]],
            campaigns,
            statements.known_references([site]),
            form.cleaned_data["fallback_campaign"],
        )
    except statements.StatementError as error:
        form.add_error("statement", str(error))
        return _page(request, form, status=400)
    request.session[SESSION_KEY] = {
        "site": site.pk,
        "show_names": form.cleaned_data["show_names"],
        "rows": plan.to_session(),
    }
    return _page(request, form, plan)


def _confirm(request):
    planned = request.session.pop(SESSION_KEY, None)
    site = board_sites(request.user).filter(pk=(planned or {}).get("site")).first()
    if planned is None or site is None:
        messages.error(request, _("Không còn bản xem trước để nhập: hãy tải tệp sao kê lên lại."))
        return redirect("campaigns_statement_import")
    added_in, added_out = statements.apply_rows(planned["rows"], site, planned["show_names"])
    messages.success(
        request,
        _("Đã nhập %(donations)s khoản ủng hộ và %(disbursements)s khoản chi vào sổ quỹ.")
        % {"donations": added_in, "disbursements": added_out},
    )
    return redirect("wagtailsnippets_campaigns_donation:list")
