"""A roll's records as a spreadsheet, for its board: full records, under the headers the import
reads, so an exported file can be corrected and imported again.

Only boards get this file (it holds minors' full names). A file for the public would have to
go through ``record.public_name``.
"""

import io

import tablib
from import_export import fields, resources
from openpyxl import Workbook

from ..models import HonourRecord
from .headers import FIELDS

EXPORTED = [
    "recipient_name",
    "recipient_kind",
    "birth_year",
    "school_class",
    "award",
    "programme",
    "year",
    "amount",
    "quantity",
    "chapter",
    "is_adult",
    "note",
]
CONTENT_TYPES = {
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


class HonourRecordExportResource(resources.ModelResource):
    recipient_kind = fields.Field(attribute="get_recipient_kind_display")
    chapter = fields.Field(attribute="chapter__title")
    is_adult = fields.Field()

    class Meta:
        model = HonourRecord
        fields = EXPORTED
        export_order = EXPORTED

    def __init__(self):
        super().__init__()
        for name in EXPORTED:
            self.fields[name].column_name = str(FIELDS[name])

    def dehydrate_is_adult(self, record):
        return "x" if record.is_adult else ""


def roll_dataset(roll, *, native: bool = False) -> tablib.Dataset:
    """The roll's records; ``native`` keeps numbers as numbers (for a workbook's cells)."""
    records = roll.records.select_related("chapter").order_by("-year", "programme", "recipient_name", "pk")
    return HonourRecordExportResource().export(records, force_native_type=native)


def as_csv(dataset: tablib.Dataset) -> bytes:
    """UTF-8 with a byte-order mark: Excel then shows the Vietnamese letters."""
    return ("\ufeff" + dataset.export("csv")).encode("utf-8")


def as_xlsx(dataset: tablib.Dataset, title: str) -> bytes:
    """openpyxl's write-only workbook: tens of thousands of rows in seconds, in little memory."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=_sheet_title(title))
    sheet.append(dataset.headers)
    for row in dataset:
        sheet.append(["" if value is None else value for value in row])
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def _sheet_title(title: str) -> str:
    """Excel refuses []:*?/\\ in a sheet's name, and more than 31 characters."""
    cleaned = "".join(" " if char in "[]:*?/\\" else char for char in title).strip()
    return cleaned[:31] or "Vinh danh"
