"""An uploaded spreadsheet as a table: its header row and its data rows with their row numbers.

``.xlsx``, ``.xls`` and ``.ods`` are read by python-calamine (the first worksheet that holds
data); ``.csv`` in UTF-8 (with or without a BOM) or, as Excel on a Vietnamese Windows saves
it, Windows-1258, separated by commas, semicolons or tabs. The header row need not be the
first: boards often put a title above it ("DANH SÁCH HỌC SINH NHẬN HỌC BỔNG NĂM 2024").
"""

import csv
import io
import unicodedata
from dataclasses import dataclass
from pathlib import PurePath

from django.utils.translation import gettext as _
from python_calamine import CalamineError, CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum

from core.text import decode_text

from .headers import recognised
from .text import as_text

SPREADSHEET_TYPES = {".xlsx", ".xls", ".ods"}
ACCEPTED_TYPES = SPREADSHEET_TYPES | {".csv"}
MAX_BYTES = 25 * 1024 * 1024
MAX_ROWS = 200_000
HEADER_SEARCH_ROWS = 20


class UnreadableFile(ValueError):
    """The upload cannot be read as a table; the message says why, in Vietnamese."""


@dataclass
class Table:
    headers: list[str]
    header_row: int  # 1-based, as the spreadsheet numbers it
    rows: list[tuple[int, list]]  # (row number, cells), empty rows left out

    def column_samples(self, count: int = 3) -> list[list[str]]:
        """A few values of each column, for the mapping page."""
        samples = [[] for _ in self.headers]
        for _number, cells in self.rows:
            for index, value in enumerate(cells[: len(samples)]):
                if len(samples[index]) < count and _filled(value):
                    samples[index].append(as_text(value)[:60])
            if all(len(column) >= count for column in samples):
                break
        return samples


def check_name(file_name: str) -> str:
    suffix = PurePath(file_name or "").suffix.lower()
    if suffix not in ACCEPTED_TYPES:
        raise UnreadableFile(_("Tệp phải là bảng tính .xlsx, .xls, .ods hoặc tệp .csv."))
    return suffix


def read_table(file_name: str, data: bytes) -> Table:
    suffix = check_name(file_name)
    if not data:
        raise UnreadableFile(_("Tệp rỗng: không có dữ liệu nào."))
    if len(data) > MAX_BYTES:
        raise UnreadableFile(_("Tệp quá lớn (tối đa 25 MB). Hãy chia thành nhiều tệp."))
    grid = _spreadsheet_rows(data, suffix) if suffix in SPREADSHEET_TYPES else _csv_rows(data)
    return _table(grid)


def _spreadsheet_rows(data: bytes, suffix: str) -> list[list]:
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
        for metadata in workbook.sheets_metadata:
            if metadata.typ != SheetTypeEnum.WorkSheet or metadata.visible != SheetVisibleEnum.Visible:
                continue
            rows = workbook.get_sheet_by_name(metadata.name).to_python(skip_empty_area=False)
            if any(_filled(value) for row in rows for value in row):
                return rows
    except (CalamineError, ValueError, OSError):
        raise UnreadableFile(
            _("Không đọc được tệp: tệp hỏng hoặc không đúng định dạng %(type)s.") % {"type": suffix}
        ) from None
    raise UnreadableFile(_("Bảng tính không có dữ liệu nào."))


def _csv_rows(data: bytes) -> list[list]:
    text = _decode(data)
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        return list(csv.reader(io.StringIO(text, newline=""), dialect))
    except csv.Error:
        raise UnreadableFile(_("Không đọc được tệp .csv: dòng hoặc dấu ngoặc kép không hợp lệ.")) from None


def _decode(data: bytes) -> str:
    text = decode_text(data)
    if text is not None and "\x00" not in text:
        return unicodedata.normalize("NFC", text)
    raise UnreadableFile(_("Không đọc được tệp .csv: hãy lưu tệp với bảng mã UTF-8."))


def _filled(value) -> bool:
    return value is not None and (not isinstance(value, str) or bool(value.strip()))


def _table(grid: list[list]) -> Table:
    numbered = [(number, _trimmed(row)) for number, row in enumerate(grid, 1)]
    numbered = [(number, row) for number, row in numbered if row]
    if not numbered:
        raise UnreadableFile(_("Tệp không có dữ liệu nào."))
    candidates = numbered[:HEADER_SEARCH_ROWS]
    best = max(range(len(candidates)), key=lambda index: (recognised(candidates[index][1]), -index))
    header_row, headers = candidates[best]
    rows = numbered[best + 1 :]
    if not rows:
        raise UnreadableFile(_("Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào."))
    if len(rows) > MAX_ROWS:
        raise UnreadableFile(
            _("Tệp có %(count)s dòng, quá giới hạn %(limit)s dòng. Hãy chia thành nhiều tệp.")
            % {"count": len(rows), "limit": MAX_ROWS}
        )
    width = max(len(headers), *(len(row) for _number, row in rows))
    headers = [_header_text(value) for value in headers] + [""] * (width - len(headers))
    return Table(headers=headers, header_row=header_row, rows=rows)


def _trimmed(row: list) -> list:
    """Cells of a row without the empty ones at its end; text stripped and in NFC."""
    cells = [unicodedata.normalize("NFC", value).strip() if isinstance(value, str) else value for value in row]
    while cells and not _filled(cells[-1]):
        cells.pop()
    return cells


def _header_text(value) -> str:
    return "" if value is None else " ".join(str(value).split())
