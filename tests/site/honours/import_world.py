"""What the import tests build: two Sites, each with a roll, chapters and a board member, and
spreadsheets made in memory."""

import csv
import io
import unicodedata
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from openpyxl import Workbook

from chapters.models import ChapterKind
from honours.importing.readers import Table
from tests import factories

HEADERS = ["STT", "Họ và tên", "Năm sinh", "Lớp", "Trường", "Hình thức", "Chương trình", "Năm", "Số tiền", "Chi hội"]


@dataclass
class Side:
    site: object
    roll: object
    board: object
    chapters: dict


def chapter(title: str, short_name: str, **fields):
    """A chapter page, not published through a revision: the import only reads its names."""
    return factories.ChapterPageFactory(title=title, short_name=short_name, publish=False, **fields)


def build_side(name: str) -> Side:
    site = factories.SiteFactory(site_name=f"Hội Khuyến học {name}")
    district = chapter("Hội Khuyến học huyện Thuận Châu", "Thuận Châu", site=site, kind=ChapterKind.DISTRICT)
    other_district = chapter("Hội Khuyến học huyện Sông Mã", "Sông Mã", site=site, kind=ChapterKind.DISTRICT)
    chapters = {
        "district": district,
        "commune": chapter("Hội Khuyến học xã Chiềng Pấc", "Chiềng Pấc", parent=district),
        "ward_a": chapter("Hội Khuyến học Phường 1", "Phường 1", parent=district),
        "ward_b": chapter("Hội Khuyến học Phường 1", "Phường 1", parent=other_district),
    }
    roll = factories.HonourRollPageFactory(site=site, title=f"Học bổng {name} 2024")
    return Side(site=site, roll=roll, board=factories.BoardMemberFactory(site=site), chapters=chapters)


def table(rows: list[list], headers: list[str] = HEADERS, first_row: int = 2) -> Table:
    """A table as the readers give it: rows numbered from the one after the header."""
    return Table(headers=headers, header_row=first_row - 1, rows=[(first_row + i, row) for i, row in enumerate(rows)])


def xlsx_bytes(rows: list[list], headers: list[str] = HEADERS, title_rows: list[list] = ()) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in [*title_rows, headers, *rows]:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def csv_bytes(rows: list[list], headers: list[str] = HEADERS, encoding="utf-8-sig", delimiter=",") -> bytes:
    output = io.StringIO()
    writer = csv.writer(output, delimiter=delimiter)
    for row in [headers, *rows]:
        writer.writerow(row)
    text = output.getvalue()
    return windows_1258(text) if encoding == "cp1258" else text.encode(encoding)


def windows_1258(text: str) -> bytes:
    """As Excel on a Vietnamese Windows saves: letters with their hat or horn whole, tones apart."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    encoded = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in tones))
        encoded.append((base + "".join(mark for mark in decomposed if mark in tones)).encode("cp1258"))
    return b"".join(encoded)


def pupil(name="Lò Văn An", year=2024, amount="1.000.000 đ", chapter="Thuận Châu", **changes) -> list:
    """A row of HEADERS for a pupil of lớp 9A."""
    values = {
        "STT": 1,
        "Họ và tên": name,
        "Năm sinh": 2010,
        "Lớp": "9A",
        "Trường": "THCS Chiềng Pấc",
        "Hình thức": "Học bổng",
        "Chương trình": "Học bổng Tô Hiệu",
        "Năm": year,
        "Số tiền": amount,
        "Chi hội": chapter,
        **changes,
    }
    return [values[header] for header in HEADERS]


def ods_bytes(rows: list[list], headers: list[str] = HEADERS) -> bytes:
    """An OpenDocument spreadsheet (LibreOffice's), written by hand: strings and numbers."""

    def cell(value) -> str:
        if isinstance(value, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'

    body = "".join(
        f"<table:table-row>{''.join(cell(value) for value in row)}</table:table-row>" for row in [headers, *rows]
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f'<office:body><office:spreadsheet><table:table table:name="Danh sách">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return output.getvalue()
