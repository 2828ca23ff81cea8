"""The report's columns, shared by the admin report, its downloads and ``quota_report``.

"Chưa qua kiểm tra" counts the tin and bài the automatic checklist sent back and that never
passed it: they stand apart from "đã gửi" and do not count towards the quota."""

import csv
import unicodedata
from operator import attrgetter

from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _

COLUMNS = [
    ("name", _("Chi hội")),
    ("tin.submitted", _("Tin đã gửi")),
    ("tin.published", _("Tin đã đăng")),
    ("tin.sent_back", _("Tin bị trả lại")),
    ("tin.in_review", _("Tin đang duyệt")),
    ("tin.unchecked", _("Tin chưa qua kiểm tra")),
    ("bai.submitted", _("Bài đã gửi")),
    ("bai.published", _("Bài đã đăng")),
    ("bai.sent_back", _("Bài bị trả lại")),
    ("bai.in_review", _("Bài đang duyệt")),
    ("bai.unchecked", _("Bài chưa qua kiểm tra")),
    ("result_text", _("Chỉ tiêu")),
    ("missing_text", _("Còn thiếu")),
]
EXPORT_FIELDS = [accessor for accessor, _label in COLUMNS]
HEADINGS = dict(COLUMNS)
NUMERIC = {accessor for accessor in EXPORT_FIELDS if "." in accessor}


def headings() -> list[str]:
    return [force_str(label) for _accessor, label in COLUMNS]


def row_values(row) -> list:
    return [attrgetter(accessor)(row) for accessor in EXPORT_FIELDS]


def _nfc(value) -> str:
    # Composed form, so that one letter is one character and the columns line up.
    return unicodedata.normalize("NFC", force_str(value))


def text_table(rows) -> str:
    """An aligned plain-text table: a header row, a rule, one line per chapter."""
    lines = [[_nfc(cell) for cell in headings()]]
    for row in rows:
        cells = [_nfc(cell) for cell in row_values(row)]
        cells[0] = "  " * getattr(row, "level", 0) + cells[0]  # communes under their district
        lines.append(cells)
    widths = [max(len(line[i]) for line in lines) for i in range(len(COLUMNS))]
    numeric = [accessor in NUMERIC for accessor in EXPORT_FIELDS]

    def render(line):
        cells = [
            cell.rjust(width) if is_number else cell.ljust(width)
            for cell, width, is_number in zip(line, widths, numeric, strict=True)
        ]
        return "  ".join(cells).rstrip()

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([render(lines[0]), rule] + [render(line) for line in lines[1:]]) + "\n"


def write_csv(rows, stream) -> None:
    """CSV with the same header and columns (UTF-8; numbers as numbers)."""
    writer = csv.writer(stream)
    writer.writerow(headings())
    for row in rows:
        writer.writerow([_nfc(v) if isinstance(v, str) else v for v in row_values(row)])
