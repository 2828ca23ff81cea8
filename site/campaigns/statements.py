"""Reading a bank statement into the ledger.

A statement (``.xlsx``/``.xls`` read by python-calamine, or ``.csv``) is matched to a bank's
layout: its header row is found among the first rows by the column names below (compared
without case, diacritics or an English part after "/", so "Ngày GD / TNX Date" is "ngay gd").
Money in is a donation, money out a disbursement. The campaign's reference code in the
transfer memo ("UNG HO TOHIEU") puts a row in that campaign. The bank's transaction reference
is the key: a row whose reference is already in the Site's ledger is skipped, so importing an
overlapping statement again adds nothing.

Headers recognised (any one of each list; * required, and money in or out or a signed amount):

- Vietcombank: *Ngày giao dịch | Ngày GD | Ngày hiệu lực; *Số tham chiếu | Số CT | Số chứng từ
  (or a second line in the date cell, as VCB prints "31/10/2023⏎5243.65937"); Số tiền ghi có |
  Ghi có; Số tiền ghi nợ | Ghi nợ; *Mô tả | Nội dung chi tiết | Nội dung.
- BIDV: *Ngày giao dịch | Ngày hiệu lực; *Số tham chiếu | Số giao dịch | Mã giao dịch; Ghi có |
  Số tiền ghi có; Ghi nợ | Số tiền ghi nợ; *Mô tả giao dịch | Mô tả | Nội dung giao dịch;
  Tên tài khoản đối ứng | Tên đối ứng.
- Agribank: *Ngày giao dịch | Ngày GD; *Số bút toán | Số tham chiếu | Mã giao dịch; Phát sinh có |
  Ghi có; Phát sinh nợ | Ghi nợ; *Diễn giải | Nội dung.
- Mẫu chung (any bank, or a table the office keeps): *Ngày; *Mã giao dịch | Số tham chiếu;
  Tiền vào | Ghi có; Tiền ra | Ghi nợ; or Số tiền (negative: money out); *Nội dung | Diễn giải;
  Người chuyển | Người nhận | Họ và tên.

Amounts are read however they are written: 1234567, "1.234.567", "1,234,567", "1.234.567 đ",
"1.234.567,00", "(500.000)"; dates as dd/mm/yyyy (with or without a time), yyyy-mm-dd or cells.
"""

import csv
import io
import re
from dataclasses import asdict, dataclass, field
from datetime import date, datetime, timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from python_calamine import CalamineError, CalamineWorkbook

from core.text import decode_text, fold

from . import codes
from .models import BeneficiaryKind, Disbursement, Donation, Method, Status, campaigns_in_sites

DATE, REFERENCE, CREDIT, DEBIT, AMOUNT, MEMO, NAME = "date", "reference", "credit", "debit", "amount", "memo", "name"
HEADER_SEARCH_ROWS = 40
MAX_ROWS = 20_000
DONATION, DISBURSEMENT = "donation", "disbursement"


class StatementError(Exception):
    """The file cannot be read as a statement at all (a Vietnamese message for the board)."""


@dataclass(frozen=True)
class Profile:
    label: str
    columns: dict[str, tuple[str, ...]]

    def folded(self) -> dict[str, set[str]]:
        return {name: {header_key(header) for header in headers} for name, headers in self.columns.items()}


PROFILES = {
    "vietcombank": Profile(
        gettext_lazy("Vietcombank"),
        {
            DATE: ("Ngày giao dịch", "Ngày GD", "Ngày hiệu lực"),
            REFERENCE: ("Số tham chiếu", "Số CT", "Số chứng từ"),
            CREDIT: ("Số tiền ghi có", "Ghi có"),
            DEBIT: ("Số tiền ghi nợ", "Ghi nợ"),
            MEMO: ("Mô tả", "Nội dung chi tiết", "Nội dung"),
        },
    ),
    "bidv": Profile(
        gettext_lazy("BIDV"),
        {
            DATE: ("Ngày giao dịch", "Ngày hiệu lực"),
            REFERENCE: ("Số tham chiếu", "Số giao dịch", "Mã giao dịch"),
            CREDIT: ("Ghi có", "Số tiền ghi có"),
            DEBIT: ("Ghi nợ", "Số tiền ghi nợ"),
            MEMO: ("Mô tả giao dịch", "Mô tả", "Nội dung giao dịch"),
            NAME: ("Tên tài khoản đối ứng", "Tên đối ứng"),
        },
    ),
    "agribank": Profile(
        gettext_lazy("Agribank"),
        {
            DATE: ("Ngày giao dịch", "Ngày GD"),
            REFERENCE: ("Số bút toán", "Số tham chiếu", "Mã giao dịch"),
            CREDIT: ("Phát sinh có", "Ghi có"),
            DEBIT: ("Phát sinh nợ", "Ghi nợ"),
            MEMO: ("Diễn giải", "Nội dung"),
        },
    ),
    "chung": Profile(
        gettext_lazy("Mẫu chung (ngân hàng khác, bảng của văn phòng)"),
        {
            DATE: ("Ngày", "Ngày giao dịch"),
            REFERENCE: ("Mã giao dịch", "Số tham chiếu"),
            CREDIT: ("Tiền vào", "Ghi có"),
            DEBIT: ("Tiền ra", "Ghi nợ"),
            AMOUNT: ("Số tiền",),
            MEMO: ("Nội dung", "Diễn giải"),
            NAME: ("Người chuyển", "Người nhận", "Họ và tên"),
        },
    ),
}
REQUIRED = (DATE, REFERENCE, MEMO)
FIELD_LABELS = {
    DATE: gettext_lazy("Ngày"),
    REFERENCE: gettext_lazy("Mã giao dịch"),
    CREDIT: gettext_lazy("Tiền vào"),
    DEBIT: gettext_lazy("Tiền ra"),
    AMOUNT: gettext_lazy("Số tiền (âm là tiền ra)"),
    MEMO: gettext_lazy("Nội dung"),
    NAME: gettext_lazy("Người chuyển / nhận"),
}


def header_key(text) -> str:
    """ "Ngày GD / TNX Date" → "ngay gd": folded, its English or bracketed part dropped."""
    folded = " ".join(fold(str(text)).split())
    return re.split(r"[/(\n]", folded)[0].strip() if folded else ""


# -- reading the file ---------------------------------------------------------


def read_table(upload) -> list[list]:
    """The first sheet (or the CSV) as rows of cells."""
    data = upload.read()
    if upload.name.lower().endswith(".csv"):
        return _read_csv(data)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        return workbook.get_sheet_by_index(0).to_python(skip_empty_area=False)
    except (CalamineError, ValueError, IndexError) as error:
        raise StatementError(_("Không đọc được tệp bảng tính: tệp hỏng hoặc không phải .xlsx/.xls.")) from error


def _read_csv(data: bytes) -> list[list]:
    text = decode_text(data)
    if text is None:
        raise StatementError(_("Không đọc được bảng mã của tệp CSV: hãy lưu lại theo UTF-8."))
    if "\x00" in text:
        raise StatementError(_("Tệp CSV có ký tự không hợp lệ."))
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return list(csv.reader(io.StringIO(text), dialect))


def find_header(rows, profile: Profile) -> tuple[int, dict[str, int]]:
    """The header row's index and each field's column."""
    wanted = profile.folded()
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        keys = [header_key(cell) for cell in row]
        columns = {}
        for name, headers in wanted.items():
            for position, key in enumerate(keys):
                if key in headers and position not in columns.values():
                    columns[name] = position
                    break
        has_money = CREDIT in columns or DEBIT in columns or AMOUNT in columns
        if DATE in columns and MEMO in columns and has_money:
            return index, columns
    expected = "; ".join(f"{FIELD_LABELS[name]}: {' / '.join(headers)}" for name, headers in profile.columns.items())
    raise StatementError(
        _("Không thấy dòng tiêu đề của sao kê %(bank)s. Các cột cần có: %(columns)s.")
        % {"bank": profile.label, "columns": expected}
    )


# -- reading cells ------------------------------------------------------------

CURRENCY = re.compile(r"(vnđ|vnd|đồng|dong|đ|₫)\.?$", re.IGNORECASE)


def parse_amount(value) -> int | None:
    """Whole đồng from a cell; None when it is empty; ValueError when it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value != int(value):
            raise ValueError(value)
        return int(value)
    text = str(value).strip().replace("\u00a0", "").replace(" ", "")
    text = CURRENCY.sub("", text)
    if not text:
        return None
    sign = 1
    if text.startswith("(") and text.endswith(")"):
        sign, text = -1, text[1:-1]
    if text[:1] in "+-":
        sign, text = (-1 if text[0] == "-" else 1) * sign, text[1:]
    return sign * _whole_number(text)


def _whole_number(text: str) -> int:
    if re.fullmatch(r"\d+", text):
        return int(text)
    for thousands, decimal in ((".", ","), (",", ".")):
        grouped = rf"\d{{1,3}}(?:\{thousands}\d{{3}})+"
        match = re.fullmatch(rf"({grouped}|\d+)(?:\{decimal}(\d{{1,2}}))?", text)
        if match and (match.group(2) is not None or thousands in text):
            if match.group(2) and int(match.group(2)):
                raise ValueError(text)  # a fraction of a đồng
            return int(match.group(1).replace(thousands, ""))
    raise ValueError(text)


DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d/%m/%y")


def parse_date(value) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip().split("\n")[0].strip()
    text = re.split(r"[ T]\d{1,2}:\d{2}", text)[0].strip()  # a time after the date
    for pattern in DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value == int(value):
        value = int(value)
    return " ".join(str(value).split())


# -- the plan: what an import would do ----------------------------------------


@dataclass
class Row:
    line: int
    date: str
    amount: int
    kind: str
    reference: str
    memo: str
    name: str
    campaign_id: int


@dataclass
class Rejection:
    line: int
    reason: str
    excerpt: str


@dataclass
class Plan:
    rows: list[Row] = field(default_factory=list)
    known: list[int] = field(default_factory=list)  # lines already in the ledger
    rejected: list[Rejection] = field(default_factory=list)
    ignored: int = 0  # lines that are no transaction: titles, balances, totals

    def total(self, kind: str) -> tuple[int, int]:
        rows = [row for row in self.rows if row.kind == kind]
        return len(rows), sum(row.amount for row in rows)

    def to_session(self) -> list[dict]:
        return [asdict(row) for row in self.rows]


def plan_import(rows, profile: Profile, campaigns, known_references, fallback=None) -> Plan:
    """What importing ``rows`` would add, skip and refuse. ``campaigns``: the Site's campaigns
    (those with a reference code can be named in a memo); ``known_references``: the Site's ledger's."""
    if len(rows) > MAX_ROWS:
        raise StatementError(_("Tệp có hơn %(count)s dòng: hãy tải sao kê theo từng tháng.") % {"count": MAX_ROWS})
    header, columns = find_header(rows, profile)
    by_code = {campaign.reference_code: campaign for campaign in campaigns if campaign.reference_code}
    plan, seen = Plan(), {}
    for line, cells in enumerate(rows[header + 1 :], start=header + 2):
        values = {name: cells[position] if position < len(cells) else "" for name, position in columns.items()}
        reference = _text(values.get(REFERENCE))
        date_lines = str(values[DATE]).strip().split("\n")
        if not reference and len(date_lines) > 1:  # Vietcombank: the reference under the date
            reference = _text(date_lines[1])
        if not reference and not re.search(r"\d", _text(values[DATE])):
            plan.ignored += 1  # a title, the opening balance, a total: no date, no reference
            continue
        try:
            row = _row(line, values, reference, by_code, fallback)
        except Refused as refusal:
            excerpt = " · ".join(text for text in (_text(date_lines[0]), reference, _text(values[MEMO])[:80]) if text)
            plan.rejected.append(Rejection(line, str(refusal), excerpt))
            continue
        key = reference_key(reference)
        if key in known_references:
            plan.known.append(line)
        elif key in seen:
            message = _("Mã giao dịch lặp lại dòng %(line)s trong cùng tệp.") % {"line": seen[key]}
            plan.rejected.append(Rejection(line, message, reference))
        else:
            seen[key] = line
            plan.rows.append(row)
    return plan


class Refused(Exception):
    """A row that cannot be imported; the message says why, in Vietnamese."""


def _row(line: int, values: dict, reference: str, by_code: dict, fallback) -> Row:
    try:
        day = parse_date(values[DATE])
    except ValueError:
        raise Refused(_("Ngày giao dịch không đọc được.")) from None
    if day > timezone.localdate() + timedelta(days=1) or day.year < 2000:
        raise Refused(_("Ngày giao dịch không thể có: %(day)s.") % {"day": day.strftime("%d/%m/%Y")})
    if not reference:
        raise Refused(_("Thiếu mã giao dịch (số tham chiếu) của ngân hàng."))
    try:
        amount, kind = _money(values)
    except ValueError:
        raise Refused(_("Số tiền không đọc được.")) from None
    if amount is None:
        raise Refused(_("Không có số tiền vào hoặc ra."))
    if kind is None:
        raise Refused(_("Dòng có cả tiền vào và tiền ra."))
    memo = _text(values[MEMO])
    named = codes.mentioned(memo, by_code)
    if len(named) > 1:
        raise Refused(_("Nội dung nhắc tới nhiều chiến dịch: %(codes)s.") % {"codes": ", ".join(sorted(named))})
    campaign = by_code[named.pop()] if named else fallback
    if campaign is None:
        raise Refused(_("Nội dung chuyển khoản không có mã chiến dịch nào của trang này."))
    name = _text(values.get(NAME))[:255]
    return Row(line, day.isoformat(), amount, kind, reference[:64], memo[:500], name, campaign.pk)


def _money(values: dict) -> tuple[int | None, str | None]:
    """(amount, kind) of a row: kind None when money goes both in and out."""
    if AMOUNT in values and CREDIT not in values and DEBIT not in values:
        amount = parse_amount(values[AMOUNT])
        if not amount:
            return None, DONATION
        return abs(amount), DONATION if amount > 0 else DISBURSEMENT
    credit, debit = parse_amount(values.get(CREDIT)), parse_amount(values.get(DEBIT))
    credit, debit = abs(credit or 0), abs(debit or 0)
    if credit and debit:
        return credit, None
    if not credit and not debit:
        return None, DONATION
    return (credit, DONATION) if credit else (debit, DISBURSEMENT)


def reference_key(reference: str) -> str:
    return " ".join(reference.split()).upper()


# -- applying it --------------------------------------------------------------


def known_references(sites) -> set[str]:
    """Every transaction reference already in the ledger of the Sites' campaigns."""
    campaigns = campaigns_in_sites(sites).values("pk")
    references = set()
    for model in (Donation, Disbursement):
        records = model.objects.filter(campaign__in=campaigns).exclude(reference="")
        references.update(reference_key(reference) for reference in records.values_list("reference", flat=True))
    return references


@transaction.atomic
def apply_rows(rows: list[dict], site, show_names: bool) -> tuple[int, int]:
    """Add the planned rows to the Site's ledger, skipping any whose reference arrived meanwhile.
    Returns (donations added, disbursements added)."""
    campaigns = set(campaigns_in_sites([site]).values_list("pk", flat=True))
    known = known_references([site])
    donations, disbursements = [], []
    for row in rows:
        key = reference_key(row["reference"])
        if key in known or row["campaign_id"] not in campaigns:
            continue
        known.add(key)
        shared = {
            "campaign_id": row["campaign_id"],
            "date": date.fromisoformat(row["date"]),
            "amount": row["amount"],
            "method": Method.TRANSFER,
            "status": Status.RECEIVED,
            "reference": row["reference"],
            "statement_memo": row["memo"],
        }
        if row["kind"] == DONATION:
            donations.append(Donation(donor=row["name"], is_anonymous=not show_names, **shared))
        elif row["name"]:
            disbursements.append(Disbursement(beneficiary=row["name"], **shared))
        else:
            disbursements.append(
                Disbursement(beneficiary=_("Chưa ghi người nhận"), beneficiary_kind=BeneficiaryKind.GROUP, **shared)
            )
    Donation.objects.bulk_create(donations, ignore_conflicts=True)  # a concurrent import's row stays single
    Disbursement.objects.bulk_create(disbursements, ignore_conflicts=True)
    return len(donations), len(disbursements)
