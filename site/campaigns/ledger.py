"""A campaign's figures, summed from its ledger, and the public ledger as CSV.

Anonymous donations are counted like any other; a promised donation or disbursement is shown
apart and never counted as received or paid.
"""

import csv
from dataclasses import dataclass

from django.apps import apps
from django.db.models import Count, Sum
from django.http import HttpResponse
from django.utils.translation import gettext as _

RECEIVED, PROMISED = "received", "promised"
# a cell starting with one of these is a formula to a spreadsheet: the public ledger quotes it
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class Totals:
    raised: int = 0
    promised: int = 0
    disbursed: int = 0
    promised_out: int = 0
    goal: int | None = None
    donations: int = 0  # how many records, promised ones included
    disbursements: int = 0

    @property
    def balance(self) -> int:
        return self.raised - self.disbursed

    @property
    def has_ledger(self) -> bool:
        return any([self.raised, self.promised, self.disbursed, self.promised_out])

    @property
    def progress_percent(self) -> int | None:
        """Share of the goal received, capped at 100 for the progress bar."""
        if not self.goal:
            return None
        return min(100, self.raised * 100 // self.goal)

    @property
    def spent_percent(self) -> int | None:
        """Share of what was received that has been paid out (capped at 100)."""
        if not self.raised:
            return None
        return min(100, self.disbursed * 100 // self.raised)


def _sums(model, keys) -> dict[tuple, tuple[int, int]]:
    """(translation_key, status) → (sum of the amounts, number of records)."""
    rows = (
        model.objects.filter(campaign__translation_key__in=keys)
        .values("campaign__translation_key", "status")
        .annotate(total=Sum("amount"), records=Count("pk"))
    )
    return {(row["campaign__translation_key"], row["status"]): (row["total"], row["records"]) for row in rows}


def totals_of(campaigns) -> dict:
    """translation_key → Totals, in two queries whatever the number of campaigns."""
    keys = [campaign.translation_key for campaign in campaigns]
    donations = _sums(apps.get_model("campaigns", "Donation"), keys)
    disbursements = _sums(apps.get_model("campaigns", "Disbursement"), keys)
    totals = {}
    for campaign in campaigns:
        key = campaign.translation_key
        raised, received_in = donations.get((key, RECEIVED), (0, 0))
        promised, promised_in = donations.get((key, PROMISED), (0, 0))
        disbursed, paid_out = disbursements.get((key, RECEIVED), (0, 0))
        promised_out, promised_paid = disbursements.get((key, PROMISED), (0, 0))
        totals[key] = Totals(
            raised=raised,
            promised=promised,
            disbursed=disbursed,
            promised_out=promised_out,
            goal=campaign.goal_amount,
            donations=received_in + promised_in,
            disbursements=paid_out + promised_paid,
        )
    return totals


def with_totals(campaigns) -> list:
    """The campaigns, each with its ``totals`` already summed (a listing asks for every one)."""
    campaigns = list(campaigns)
    totals = totals_of(campaigns)
    for campaign in campaigns:
        campaign.__dict__["totals"] = totals[campaign.translation_key]
    return campaigns


# -- the public CSV -----------------------------------------------------------


def _cell(value):
    """A number as it is; a text that a spreadsheet would run as a formula, quoted."""
    if isinstance(value, int):
        return value
    text = "" if value is None else str(value)
    return f"'{text}" if text.startswith(FORMULA_START) else text


def public_rows(campaign):
    """Every record, oldest first, as the public may read it."""
    records = [
        (record.date, record.pk, _("Ủng hộ"), record.public_donor, record)
        for record in campaign.donations().select_related("chapter")
    ] + [
        (record.date, record.pk, _("Chi"), record.public_beneficiary, record)
        for record in campaign.disbursements().select_related("chapter")
    ]
    for date, _pk, kind, name, record in sorted(records, key=lambda row: (row[0], row[2], row[1])):
        yield [
            date.isoformat(),
            kind,
            record.get_status_display(),
            name,
            record.get_method_display(),
            record.chapter.title if record.chapter else "",
            record.amount,
            record.reference,
            record.note,
        ]


def csv_response(campaign) -> HttpResponse:
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{campaign.slug}-so-quy.csv"'
    response.write("\ufeff")  # a byte-order mark, so that Excel reads the Vietnamese letters
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Ngày"),
            _("Loại"),
            _("Tình trạng"),
            _("Người ủng hộ / thụ hưởng"),
            _("Hình thức"),
            _("Chi hội"),
            _("Số tiền (đồng)"),
            _("Mã giao dịch"),
            _("Ghi chú"),
        ]
    )
    for row in public_rows(campaign):
        writer.writerow([_cell(value) for value in row])
    totals = campaign.totals
    writer.writerow([])
    writer.writerow(["", _("Tổng đã nhận"), "", "", "", "", totals.raised, "", ""])
    writer.writerow(["", _("Tổng đã chi"), "", "", "", "", totals.disbursed, "", ""])
    writer.writerow(["", _("Còn lại"), "", "", "", "", totals.balance, "", ""])
    return response
