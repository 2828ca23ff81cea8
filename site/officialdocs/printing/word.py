"""The DOCX of a plan or report (python-docx): the PDF's layout, for the office to edit, sign and file.

The document names Times New Roman, the decree's font, which Word has on the office's machines; page numbers
are a PAGE field in the header, centred, on every page but the first.
"""

import io
from html.parser import HTMLParser

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from blocks.official import TASK_STATUSES
from core.formatting import ngay_van_ban, so

FONT = "Times New Roman"
BODY_SIZE = Pt(14)
HEADER_SIZE = Pt(13)
FIRST_LINE_INDENT = Cm(1.27)
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


def render_docx(page) -> bytes:
    document = Document()
    _set_up_page(document)
    _write_header(document, page)
    _write_title(document, page)
    for basis in page.legal_bases.all():
        _body_paragraph(document, [(_basis_text(basis), False)])
    for block in page.body:
        writer = BLOCK_WRITERS.get(block.block_type)
        if writer:
            writer(document, block.value)
    _write_signature(document, page)
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _set_up_page(document) -> None:
    """A4; margins top and bottom 20 mm, left 30 mm, right 15 mm; the page number from page 2."""
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance = Mm(10)
    section.different_first_page_header_footer = True
    number = section.header.paragraphs[0]
    number.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    number._p.append(field)
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = BODY_SIZE
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    normal.paragraph_format.space_after = Pt(0)


def _write_header(document, page) -> None:
    """Two borderless columns: the issuing body over its number, the nation and motto over place and date."""
    table = document.add_table(rows=2, cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths = (Mm(74), Mm(91))
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = width
    issuer, nation = table.cell(0, 0), table.cell(0, 1)
    if page.parent_body:
        _centred(issuer.paragraphs[0], page.parent_body.upper(), size=HEADER_SIZE)
        _centred(issuer.add_paragraph(), page.issuing_body.upper(), bold=True, size=HEADER_SIZE)
    else:
        _centred(issuer.paragraphs[0], page.issuing_body.upper(), bold=True, size=HEADER_SIZE)
    _rule_under(issuer.paragraphs[-1], indent=Mm(22))
    _centred(nation.paragraphs[0], NATION, bold=True, size=Pt(12))
    motto = nation.add_paragraph()
    _centred(motto, MOTTO, bold=True, size=HEADER_SIZE)
    _rule_under(motto, indent=Mm(19))
    if page.symbol:
        _centred(table.cell(1, 0).paragraphs[0], f"Số: {page.symbol}", size=HEADER_SIZE)
    _centred(table.cell(1, 1).paragraphs[0], _place_and_date(page), italic=True, size=HEADER_SIZE)


def _write_title(document, page) -> None:
    kind = document.add_paragraph()
    kind.paragraph_format.space_before = Pt(18)
    _centred(kind, str(page.kind_label).upper(), bold=True)
    subject = document.add_paragraph()
    subject.paragraph_format.space_after = Pt(12)
    _centred(subject, page.heading, bold=True)
    _rule_under(subject, indent=Mm(60))


def _write_signature(document, page) -> None:
    table = document.add_table(rows=1, cols=2)
    recipients, signer = table.cell(0, 0), table.cell(0, 1)
    recipients.width, signer.width = Mm(75), Mm(90)
    lines = page.recipient_lines
    if lines:
        label = recipients.paragraphs[0].add_run("Nơi nhận:")
        label.bold = label.italic = True
        label.font.size = Pt(12)
        for position, line in enumerate(lines, start=1):
            run = recipients.add_paragraph().add_run(f"- {line}{'.' if position == len(lines) else ';'}")
            run.font.size = Pt(11)
    first = signer.paragraphs[0]
    for text in (page.signer_capacity, page.signer_title):
        if text:
            _centred(first, text.upper(), bold=True)
            first = signer.add_paragraph()
    first.paragraph_format.space_after = Mm(22)  # the room for the signature and the seal
    if page.signer_name:
        _centred(signer.add_paragraph(), page.signer_name, bold=True)


def _write_heading(document, value) -> None:
    _body_paragraph(document, [(value["text"], True)])


def _write_paragraph(document, value) -> None:
    for runs in paragraphs_of(value.source):
        _body_paragraph(document, runs)


def _write_quote(document, value) -> None:
    attribution = f" ({value['attribution']})" if value["attribution"] else ""
    _body_paragraph(document, [(f"“{value['text']}”{attribution}", False)])


def _write_task(document, value) -> None:
    details = "; ".join(part for part in (value["lead_unit"], value["timeframe"]) if part)
    _body_paragraph(document, [(value["content"] + (f" ({details})" if details else ""), False)])


def _write_task_result(document, value) -> None:
    status = dict(TASK_STATUSES)[value["status"]]
    _body_paragraph(document, [(f"Nhiệm vụ số {value['task_number']}: {value['result'] or status}", False)])


def _write_statistics(document, value) -> None:
    _body_paragraph(document, [(value["title"], True)])
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Chỉ tiêu", "Đăng ký", "Đạt", "Tỷ lệ"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for row in value["rows"]:
        rate = f"{row.rate:.1f}%".replace(".", ",") if row.rate is not None else ""
        cells = table.add_row().cells
        for cell, text in zip(cells, (row["label"], so(row["registered"]), so(row["achieved"]), rate), strict=True):
            cell.paragraphs[0].add_run(str(text))
            if cell is not cells[0]:
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def _write_figures(document, value) -> None:
    if value["title"]:
        _body_paragraph(document, [(value["title"], True)])
    for item in value["items"]:
        unit = f" {item['unit']}" if item["unit"] else ""
        _body_paragraph(document, [(f"- {item['label']}: {so(item['value'])}{unit};", False)])


def _write_legal_reference(document, value) -> None:
    note = f" ({value['note']})" if value["note"] else ""
    _body_paragraph(document, [(f"{value['document'].citation}{note}.", False)])


BLOCK_WRITERS = {
    "heading": _write_heading,
    "paragraph": _write_paragraph,
    "quote": _write_quote,
    "task": _write_task,
    "task_result": _write_task_result,
    "statistics": _write_statistics,
    "figures": _write_figures,
    "legal_reference": _write_legal_reference,
}


class _Paragraphs(HTMLParser):
    """Rich text's paragraphs, list items and headings as runs of (text, bold)."""

    BLOCKS = {"p", "li", "h2", "h3", "h4", "h5", "h6"}
    BOLD = {"b", "strong", "h2", "h3", "h4", "h5", "h6"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraphs, self.runs, self.bold = [], [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self._close()
        if tag in self.BOLD:
            self.bold += 1
        if tag == "br":
            self.runs.append(("\n", False))

    def handle_endtag(self, tag):
        if tag in self.BOLD:
            self.bold = max(self.bold - 1, 0)
        if tag in self.BLOCKS:
            self._close()

    def handle_data(self, data):
        if data.strip() or self.runs:
            self.runs.append((data, self.bold > 0))

    def _close(self):
        if "".join(text for text, _ in self.runs).strip():
            self.paragraphs.append(self.runs)
        self.runs = []


def paragraphs_of(html: str) -> list[list[tuple[str, bool]]]:
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    parser._close()
    return parser.paragraphs


def _body_paragraph(document, runs) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    paragraph.paragraph_format.first_line_indent = FIRST_LINE_INDENT
    paragraph.paragraph_format.space_after = Pt(6)
    for text, bold in runs:
        paragraph.add_run(text).bold = bold


def _centred(paragraph, text, *, bold=False, italic=False, size=None) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    if size:
        run.font.size = size


def _rule_under(paragraph, *, indent) -> None:
    """A rule under a line, as long as the line less the indents on each side (the decree's short rules)."""
    paragraph.paragraph_format.left_indent = paragraph.paragraph_format.right_indent = indent
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for name, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(name), value)
    borders.append(bottom)
    paragraph._p.get_or_add_pPr().append(borders)


def _place_and_date(page) -> str:
    if page.document_date:
        return f"{page.place}, {ngay_van_ban(page.document_date)}"
    return f"{page.place}, {page.period.lower()}" if page.period else ""


def _basis_text(basis) -> str:
    document = basis.document
    about = f" về {document.title_in_sentence}" if document.title else ""
    note = f" ({basis.note})" if basis.note else ""
    return f"Căn cứ {document.citation}{about}{note};"
