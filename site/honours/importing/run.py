"""One import into one roll: the table read from the file, the columns the board matched to
fields, a dry run that reports, and the import that writes everything or nothing.

Both go through the same rows with django-import-export (``resource``), a few thousand at a
time so that progress can be told between them. The import then writes the prepared records
with ``bulk_create`` in batches, inside one transaction: a failure leaves the roll as it was.
Per-row search indexing is skipped (``bulk_create`` sends no signals); the roll is indexed
once afterwards, in the background (``tasks.index_roll``).
"""

from collections.abc import Callable
from dataclasses import asdict, dataclass, field

import tablib
from django.db import transaction
from django.utils.translation import gettext as _

from ..models import HonourRecord
from .headers import FIELDS
from .readers import Table
from .resource import COLUMNS, ROW_COLUMN, HonourRecordResource
from .text import as_text, folded

CHUNK_ROWS = 2000
BATCH_SIZE = 1000
DEFAULTS = ("year", "award", "programme")  # what the board may give once for the whole file

Progress = Callable[[int, int], None]


@dataclass
class Report:
    total: int = 0
    valid: int = 0  # rows that are, or would be, saved
    rejected: list = field(default_factory=list)  # [row number, reasons]
    duplicates: list = field(default_factory=list)  # [row number, earlier row of the file or None]
    preview: list = field(default_factory=list)
    skip_duplicates: bool = True
    saved: int = 0

    def as_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "Report":
        return cls(**data) if data else cls()

    def duplicate_reasons(self) -> list[tuple[int, str]]:
        return [(row, duplicate_reason(other)) for row, other in self.duplicates]


def duplicate_reason(other_row: int | None) -> str:
    if other_row is None:
        return _("Trùng với một bản ghi đã có trong bảng vinh danh (cùng tên, năm, hình thức, lớp/trường).")
    return _("Trùng với dòng %(row)s của tệp (cùng tên, năm, hình thức, lớp/trường).") % {"row": other_row}


def mapping_problems(mapping: dict, defaults: dict) -> list[str]:
    """What keeps a mapping from being checked: the name, the year and the award must come from
    somewhere; no field from two columns."""
    problems = []
    columns = list(mapping.values())
    if len(columns) != len(set(columns)):
        problems.append(_("Mỗi cột chỉ ghép với một trường."))
    if "recipient_name" not in mapping and "given_name" not in mapping:
        problems.append(_("Hãy chọn cột chứa họ và tên."))
    for name in ("year", "award"):
        if name not in mapping and not defaults.get(name):
            problems.append(_("Hãy chọn cột “%(field)s” hoặc ghi giá trị chung cho cả tệp.") % {"field": FIELDS[name]})
    return problems


class RollImport:
    def __init__(self, roll, table: Table, mapping: dict, defaults: dict | None = None, *, skip_duplicates=True):
        self.roll, self.table = roll, table
        self.mapping = {name: int(index) for name, index in mapping.items() if name in FIELDS}
        self.defaults = {name: value for name, value in (defaults or {}).items() if name in DEFAULTS and value}
        self.skip_duplicates = skip_duplicates

    def check(self, progress: Progress | None = None) -> Report:
        """The dry run: what would be saved, what is refused and why, what repeats."""
        return self._go_through(HonourRecordResource(self.roll, skip_duplicates=self.skip_duplicates), progress)

    def run(self, progress: Progress | None = None, on_saved: Callable[[Report], None] | None = None) -> Report:
        """The import. ``on_saved`` runs inside the transaction, after the last batch: what it
        records (the job's outcome) is committed with the records, or not at all."""
        resource = HonourRecordResource(self.roll, keep=True, skip_duplicates=self.skip_duplicates)
        report = self._go_through(resource, progress)
        with transaction.atomic():
            HonourRecord.objects.bulk_create(resource.ready, batch_size=BATCH_SIZE)
            report.saved = len(resource.ready)
            if on_saved is not None:
                on_saved(report)
        return report

    def _go_through(self, resource: HonourRecordResource, progress: Progress | None) -> Report:
        rows = self.dataset_rows()
        headers = [ROW_COLUMN, *COLUMNS]
        for start in range(0, len(rows), CHUNK_ROWS):
            chunk = tablib.Dataset(*rows[start : start + CHUNK_ROWS], headers=headers)
            resource.import_data(chunk, dry_run=True, raise_errors=False)
            if progress is not None:
                progress(min(start + CHUNK_ROWS, len(rows)), len(rows))
        return Report(
            total=len(rows),
            valid=resource.valid,
            rejected=[list(item) for item in resource.rejected],
            duplicates=[list(item) for item in resource.duplicates],
            preview=resource.preview,
            skip_duplicates=self.skip_duplicates,
        )

    def dataset_rows(self) -> list[list]:
        """The file's rows as the resource's columns, with the defaults and joined columns filled in."""
        return [[number, *self._values(cells)] for number, cells in self.table.rows]

    def _cell(self, cells: list, name: str):
        index = self.mapping.get(name)
        value = cells[index] if index is not None and index < len(cells) else ""
        if _empty(value) and name in self.defaults:
            return self.defaults[name]
        return value

    def _values(self, cells: list) -> list:
        values = {name: self._cell(cells, name) for name in COLUMNS}
        if _empty(values["recipient_name"]):
            halves = [as_text(self._cell(cells, half)) for half in ("family_name", "given_name")]
            values["recipient_name"] = " ".join(half for half in halves if half)
        values["school_class"] = joined_school_class(
            *(self._cell(cells, name) for name in ("school_class", "class", "school"))
        )
        return [values[name] for name in COLUMNS]


def _empty(value) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def joined_school_class(whole, school_class, school) -> str:
    """ "9A" and "THCS Chiềng Sinh" → "Lớp 9A, THCS Chiềng Sinh": the word "Lớp" tells a pupil (a minor)."""
    school_class = as_text(school_class)
    if school_class and not folded(school_class).startswith("lop"):
        school_class = f"Lớp {school_class}"  # the record's words, whatever the admin's language
    return ", ".join(part for part in (as_text(whole), school_class, as_text(school)) if part)
