"""An office's file read into what the parser needs: its paragraphs in order (with a bold hint, since real
documents mark headings with bold Normal paragraphs), its tables, and its header as two columns.

Word files go through mammoth (the body as plain HTML), text PDFs through pdfplumber (words with their
positions and fonts), text files as they are; `.doc` through LibreOffice when it is installed.
"""

import io
import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import mammoth
import pdfplumber
from pdfminer.pdfparser import PDFSyntaxError
from pdfplumber.utils.exceptions import PdfminerException

from core.text import decode_text, fold

MAX_BYTES = 20 * 1024 * 1024
COLUMN_GAP = 18  # points: wider than any space between words of one line
MARKER = re.compile(
    r"^(?:[IVX]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-–+*•]|Phần thứ|PHẦN THỨ|Căn cứ|Can cu|Nơi nhận|Noi nhan|TM\.|KT\.|TL\.)"
)
SENTENCE_END = re.compile(r"[.:;!?”\"]\s*$")


class UnreadableDocument(Exception):
    """The file cannot be read; the message is for the editor, in Vietnamese."""


@dataclass
class Paragraph:
    text: str
    bold: bool = False


@dataclass
class Table:
    rows: list[list[str]]


@dataclass
class Source:
    items: list  # Paragraph and Table, in the document's order
    header: list[tuple[str, str]] = field(default_factory=list)  # (left cell, right cell) lines
    kind: str = ""  # "docx", "pdf", "txt"


def read(name: str, data: bytes) -> Source:
    if not data.strip():
        raise UnreadableDocument("Tệp trống.")
    if len(data) > MAX_BYTES:
        raise UnreadableDocument("Tệp lớn quá 20 MB.")
    suffix = Path(name).suffix.lower()
    readers = {".docx": read_docx, ".pdf": read_pdf, ".txt": read_txt, ".doc": read_doc}
    if suffix not in readers:
        raise UnreadableDocument("Chỉ nhận tệp .docx, .doc, .pdf hoặc .txt.")
    return readers[suffix](data)


def read_docx(data: bytes) -> Source:
    try:
        html = mammoth.convert_to_html(io.BytesIO(data)).value
    except Exception as error:  # mammoth raises zipfile, KeyError or XML errors for a broken file
        raise UnreadableDocument("Không đọc được tệp Word: tệp hỏng hoặc không phải .docx.") from error
    parser = _BodyHTML()
    parser.feed(html)
    parser.close()
    source = Source(parser.items, kind="docx")
    _take_header_table(source)
    return source


def read_doc(data: bytes) -> Source:
    """An old Word file, converted to .docx by LibreOffice (``soffice``) when the machine has it."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise UnreadableDocument("Máy chủ chưa cài LibreOffice để đọc tệp .doc; hãy lưu lại thành .docx.")
    with tempfile.TemporaryDirectory() as folder:
        original = Path(folder) / "van-ban.doc"
        original.write_bytes(data)
        subprocess.run(
            [soffice, "--headless", "--convert-to", "docx", "--outdir", folder, str(original)],
            capture_output=True,
            timeout=120,
            check=False,
        )
        converted = Path(folder) / "van-ban.docx"
        if not converted.exists():
            raise UnreadableDocument("LibreOffice không chuyển được tệp .doc này.")
        return read_docx(converted.read_bytes())


def read_pdf(data: bytes) -> Source:
    """Words grouped into lines by position; above the document's kind, the lines split into the header's
    two columns at the page's middle (plain text extraction would interleave them)."""
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            lines = [line for page in pdf.pages for line in _pdf_lines(page)]
    except (PdfminerException, PDFSyntaxError, ValueError, KeyError, TypeError) as error:
        raise UnreadableDocument("Không đọc được tệp PDF: tệp hỏng hoặc không phải PDF.") from error
    if not any(text.strip() for text, *_ in lines):
        raise UnreadableDocument("Tệp PDF không có chữ (bản quét): cần nhận dạng chữ (OCR) trước khi nhập.")
    header, body, in_header = [], [], True
    for text, bold, left, right in lines:
        if in_header and is_kind_line(text):
            in_header = False
        if in_header:
            header.append((left, right))
        else:
            body.append(Paragraph(text, bold))
    if not body:  # no kind line found: nothing was a header
        body, header = [Paragraph(text, bold) for text, bold, *_ in lines], []
    return Source(join_wrapped(body), header=header, kind="pdf")


def read_txt(data: bytes) -> Source:
    text = decode_text(data)
    if text is None:
        raise UnreadableDocument("Tệp văn bản không ở bảng mã Unicode (UTF-8).")
    lines = [unicodedata.normalize("NFC", line.strip()) for line in text.splitlines()]
    kind_at = next((position for position, line in enumerate(lines) if is_kind_line(line)), 0)
    header = [(line, "") for line in lines[:kind_at] if line]
    body = [Paragraph(line.replace("**", ""), bold=line.startswith("**")) for line in lines[kind_at:]]
    return Source(join_wrapped(body), header=header, kind="txt")


def is_kind_line(text: str) -> bool:
    folded = fold(text).strip(" ,.")
    return folded.startswith(("ke hoach", "bao cao")) and text.strip(" ,.")[:7].isupper()


def join_wrapped(lines: list[Paragraph]) -> list[Paragraph]:
    """Lines of a PDF or a text file back into paragraphs: a line starts a paragraph when it opens with a
    marker (I., 1., a), -, Căn cứ…) or follows a finished sentence with a capital; a blank line between
    a cut sentence's halves ("chủ" / "" / "trương") is not a break."""
    paragraphs: list[Paragraph] = []
    blank = True
    for line in lines:
        text = unicodedata.normalize("NFC", " ".join(line.text.split()))
        if not text:
            blank = True
            continue
        previous = paragraphs[-1] if paragraphs else None
        starts = (
            previous is None
            or MARKER.match(text)
            or (SENTENCE_END.search(previous.text) and (text[:1].isupper() or blank))
            or (line.bold != previous.bold)
            or (text.isupper() and not previous.text.isupper())
        )
        if starts:
            paragraphs.append(Paragraph(text, line.bold))
        else:
            previous.text = f"{previous.text} {text}"
        blank = False
    return paragraphs


def _pdf_lines(page) -> list[tuple[str, bool, str, str]]:
    words = page.extract_words(extra_attrs=["fontname"], keep_blank_chars=False, use_text_flow=False)
    rows: dict[int, list[dict]] = {}
    for word in words:
        rows.setdefault(round(word["top"] / 3), []).append(word)
    lines = []
    for key in sorted(rows):
        row = sorted(rows[key], key=lambda word: word["x0"])
        text = " ".join(word["text"] for word in row)
        bold = sum("Bold" in word["fontname"] for word in row) > len(row) / 2
        left, right = _columns(row, page.width / 2)
        lines.append((text, bold, " ".join(word["text"] for word in left), " ".join(word["text"] for word in right)))
    return lines


def _columns(row: list[dict], middle: float) -> tuple[list[dict], list[dict]]:
    """A header line's words split into the two columns at its widest gap, when that gap is a column's
    (wider than a few spaces); a line with no such gap belongs to the side its centre is on."""
    gaps = [(row[i + 1]["x0"] - row[i]["x1"], i + 1) for i in range(len(row) - 1)]
    widest, at = max(gaps, default=(0, 0))
    if widest > COLUMN_GAP:
        return row[:at], row[at:]
    centre = (row[0]["x0"] + row[-1]["x1"]) / 2
    return (row, []) if centre < middle else ([], row)


def _take_header_table(source: Source) -> None:
    """A Word document's header is a borderless table before the document's kind: its cells' lines."""
    for position, item in enumerate(source.items[:4]):
        if isinstance(item, Table) and "cong hoa" in fold(" ".join(" ".join(row) for row in item.rows)):
            for row in item.rows:
                cells = [cell.split("\n") for cell in (row + ["", ""])[:2]]
                height = max(len(cell) for cell in cells)
                for index in range(height):
                    left = cells[0][index] if index < len(cells[0]) else ""
                    right = cells[1][index] if index < len(cells[1]) else ""
                    source.header.append((left.strip(), right.strip()))
            del source.items[position]
            return


class _BodyHTML(HTMLParser):
    """mammoth's HTML: paragraphs and headings (bold when all their text is), and tables of cells."""

    BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.items: list = []
        self.text: list[tuple[str, bool]] = []
        self.bold = 0
        self.table: list[list[str]] | None = None
        self.cell: list[str] | None = None
        self.depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in {"strong", "b"} or tag.startswith("h") and tag[1:].isdigit():
            self.bold += 1
        if tag == "table":
            self.depth += 1
            if self.depth == 1:
                self.table = []
        elif tag == "tr" and self.depth == 1:
            self.table.append([])
        elif tag in {"td", "th"} and self.depth == 1:
            self.cell = []
        elif tag == "br":
            self.text.append(("\n", False))

    def handle_endtag(self, tag):
        if tag in self.BLOCKS:
            self._close_paragraph()
        if tag in {"strong", "b"} or tag.startswith("h") and tag[1:].isdigit():
            self.bold = max(0, self.bold - 1)
        if tag in {"td", "th"} and self.depth == 1 and self.cell is not None:
            self._close_paragraph()
            self.table[-1].append("\n".join(self.cell))
            self.cell = None
        elif tag == "table":
            self.depth -= 1
            if self.depth == 0 and self.table is not None:
                self.items.append(Table([row for row in self.table if any(cell.strip() for cell in row)]))
                self.table = None

    def handle_data(self, data):
        self.text.append((data, self.bold > 0))

    def _close_paragraph(self):
        raw = "".join(part for part, _ in self.text)
        bold = all(is_bold for part, is_bold in self.text if part.strip())
        self.text = []
        if self.cell is not None:  # a cell keeps its lines: the header's bodies are one per line
            self.cell += [" ".join(line.split()) for line in raw.split("\n") if line.strip()]
        elif text := " ".join(raw.split()):
            self.items.append(Paragraph(text, bold))
