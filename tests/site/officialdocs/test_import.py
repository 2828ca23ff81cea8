"""Word, PDF and text files become draft plans and reports. The files are made here from the seeds' text the
way an office makes them (a Word file with its header in a table, bold Normal paragraphs for headings and
loose symbols; a text PDF; the OCR'd report), and the drafts are compared with the source."""

import datetime
import io
import re
from pathlib import Path

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template import engines
from django.utils.html import escape
from docx.shared import Pt
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration

from core.printing import FONTS, AllowedFilesFetcher
from officialdocs.importing import UnreadableDocument, import_document
from officialdocs.models import LegalDocument, PlanPage, ReportPage
from tests.factories import BoardMemberFactory, DocumentIndexPageFactory, SiteFactory, UserFactory

SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
PLAN_137, REPORT_01, PLAN_35 = "000_2b10d51f4ee02f35.txt", "001_10666d4b7772a9dd.txt", "002_df47212d068c4f00.txt"
HEADING = re.compile(r"^(?:[IVX]+\.|\d+\.)\s")

pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="the seeds are not on this machine")


def seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


def body_lines(text: str) -> list[str]:
    """The seed's paragraphs from the kind line to the end, as an office types them (one per paragraph)."""
    lines, current = [], []
    typed = text.replace("**", "").splitlines()
    start = next(position for position, line in enumerate(typed) if line.startswith("KẾ HOẠCH"))
    for line in typed[start:]:
        if line.startswith(("-", "Nơi nhận")) and current:  # each recipient is its own line
            lines.append(" ".join(current))
            current = []
        if not line.strip():
            if current:
                lines.append(" ".join(current))
                current = []
        else:
            current.append(line.strip())
    return lines + ([" ".join(current)] if current else [])


def word_file_of_plan_35() -> bytes:
    """Seed 002 as Word: the header in a borderless two-column table, headings as bold Normal paragraphs,
    the signer and "Nơi nhận" in a two-column table at the end."""
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(14)
    header = document.add_table(rows=2, cols=2)
    header.cell(0, 0).text = "UBND TỈNH SÓC TRĂNG\nHỘI KHUYẾN HỌC TỈNH"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    header.cell(1, 0).text = "Số: 35./KH-HKH"
    header.cell(1, 1).text = "Sóc Trăng, ngày 12 tháng 02 năm 2025"
    lines = body_lines(seed(PLAN_35))
    end = next(i for i, line in enumerate(lines) if line.startswith("Nơi nhận"))
    for line in lines[:end]:
        paragraph = document.add_paragraph()
        paragraph.add_run(line).bold = bool(HEADING.match(line) and len(line) < 90) or line.isupper()
    table = document.add_table(rows=1, cols=2)
    recipients = [line for line in lines[end:] if line.startswith(("Nơi nhận", "-"))]
    table.cell(0, 0).text = "\n".join(recipients)
    table.cell(0, 1).text = "TM. BAN CHẤP HÀNH\nPHÓ CHỦ TỊCH\n\nLâm Sao"
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def pdf_of_plan_137() -> bytes:
    """Seed 000 as a text PDF: its header in two columns, then its lines."""
    lines = seed(PLAN_137).splitlines()
    start = lines.index("KẾ HOẠCH")
    paragraphs = "".join(
        f"<p>{'<b>' if HEADING.match(line) else ''}{escape(line)}</p>" for line in lines[start:] if line.strip()
    )
    html = (
        '<html><head><meta charset="utf-8"><style>{% include "core/print/fonts.html" %}'
        'body{font:13pt "Print Serif"} td{vertical-align:top;text-align:center;width:50%}</style>'
        "</head><body><table style='width:100%'><tr><td>UBND TỈNH SƠN LA<br><b>HỘI KHUYẾN HỌC</b></td>"
        "<td><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br><b>Độc lập - Tự do - Hạnh phúc</b></td></tr>"
        "<tr><td>Số: 137 /KH-HKH</td><td><i>Sơn La, ngày 21 tháng 8 năm 2023</i></td></tr></table>"
        f"{paragraphs}</body></html>"
    )
    rendered = engines["django"].from_string(html).render({"fonts": FONTS.as_uri()})
    return HTML(string=rendered, url_fetcher=AllowedFilesFetcher([FONTS])).write_pdf(font_config=FontConfiguration())


@pytest.fixture
def site(db):
    site = SiteFactory()
    DocumentIndexPageFactory(parent=site.root_page, publish=True)
    return site


@pytest.fixture
def board(site):
    return BoardMemberFactory(site=site)


def test_a_word_plan_becomes_a_draft_with_its_header_bases_sections_tasks_and_signer(site, board):
    page, imported = import_document(site=site, user=board, file_name="kh35.docx", data=word_file_of_plan_35())
    page = PlanPage.objects.get(pk=page.pk)
    assert not page.live and page.latest_revision is not None
    assert (page.parent_body, page.issuing_body) == ("UBND TỈNH SÓC TRĂNG", "HỘI KHUYẾN HỌC TỈNH")
    assert (page.number, page.symbol, page.place) == ("35", "35/KH-HKH", "Sóc Trăng")
    assert page.document_date == datetime.date(2025, 2, 12)
    assert page.title == "Kế hoạch công tác khuyến học năm 2025"
    bases = [basis.document for basis in page.legal_bases.all()]
    assert [document.symbol for document in bases] == ["126/2024/NĐ-CP", "275/QĐ-BNV", "14/NQ-HKH"]
    assert bases[0].doc_type == "nd" and bases[0].issued_date == datetime.date(2024, 10, 8)
    assert bases[0].issuer == "Chính phủ" and bases[1].issuer == "Bộ Nội vụ"
    assert all(document.site_id == site.pk for document in bases)
    headings = [block.value["text"] for block in page.body if block.block_type == "heading"]
    assert headings[:3] == ["I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "2. Yêu cầu"]
    assert any(text.startswith("II.") for text in headings) and any(text.startswith("III.") for text in headings)
    assert len(page.tasks) >= 5
    assert (page.signer_capacity, page.signer_title, page.signer_name) == (
        "TM. BAN CHẤP HÀNH",
        "PHÓ CHỦ TỊCH",
        "Lâm Sao",
    )
    assert page.recipient_lines[-1] == "Lưu: VT" and len(page.recipient_lines) == 4
    assert page.source_file is not None and page.source_file.file.read()[:2] == b"PK"
    assert not page.needs_review


def test_a_text_pdf_plan_keeps_its_two_column_header_and_loose_symbols(site, board):
    page, imported = import_document(site=site, user=board, file_name="kh137.pdf", data=pdf_of_plan_137())
    page = PlanPage.objects.get(pk=page.pk)
    assert (page.parent_body, page.issuing_body, page.symbol) == ("UBND TỈNH SƠN LA", "HỘI KHUYẾN HỌC", "137/KH-HKH")
    assert (page.place, page.document_date) == ("Sơn La", datetime.date(2023, 8, 21))
    assert page.heading == "Triển khai thực hiện nhiệm vụ năm 2024"
    symbols = [basis.document.symbol for basis in page.legal_bases.all()]
    assert {"1373/QĐ-TTg", "387/QĐ-TTg", "677/QĐ-TTg", "2547/QĐ-UBND", "206/KH-UBND", "04/TB-BCĐ"} <= set(symbols)
    assert len(page.tasks) == 10 and page.tasks[0]["timeframe"] == "Quý I/2024"
    assert page.signer_capacity == "TM. HỘI KHUYẾN HỌC TỈNH"
    assert page.recipient_lines == ["Thường trực UBND tỉnh", "Các vị UV BCH Hội", "VP Hội Khuyến học tỉnh", "Lưu: VT"]


def test_a_header_typed_without_a_table_is_read_too(site, board):
    """Some offices type the header as two lines with tabs between the columns, and headings in Word's
    heading styles rather than bold."""
    document = docx.Document()
    document.add_paragraph("UBND TỈNH SÓC TRĂNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    document.add_paragraph("HỘI KHUYẾN HỌC TỈNH\t\tĐộc lập - Tự do - Hạnh phúc")
    document.add_paragraph("Số: 35 /KH-HKH\t\tSóc Trăng, ngày 12 tháng 02 năm 2025")
    document.add_paragraph().add_run("KẾ HOẠCH").bold = True
    document.add_paragraph().add_run("Công tác khuyến học năm 2025").bold = True
    document.add_paragraph(
        "Căn cứ Quyết định số 275/QĐ-BNV ngày 05/4/2022 của Bộ Nội vụ về việc phê duyệt Điều lệ Hội;"
    )
    document.add_heading("I. MỤC ĐÍCH, YÊU CẦU", level=1)
    document.add_paragraph("Nâng cao vai trò của các cấp ủy, chính quyền trong công tác khuyến học, khuyến tài.")
    output = io.BytesIO()
    document.save(output)
    page, _ = import_document(site=site, user=board, file_name="kh.docx", data=output.getvalue())
    page = PlanPage.objects.get(pk=page.pk)
    assert (page.parent_body, page.issuing_body, page.symbol) == (
        "UBND TỈNH SÓC TRĂNG",
        "HỘI KHUYẾN HỌC TỈNH",
        "35/KH-HKH",
    )
    assert (page.place, page.document_date) == ("Sóc Trăng", datetime.date(2025, 2, 12))
    assert page.title == "Kế hoạch công tác khuyến học năm 2025"
    [basis] = page.legal_bases.all()
    assert (basis.document.symbol, basis.document.issuer) == ("275/QĐ-BNV", "Bộ Nội vụ")
    assert [block.value["text"] for block in page.body if block.block_type == "heading"] == ["I. MỤC ĐÍCH, YÊU CẦU"]


def test_an_ocred_report_is_flagged_and_its_structure_kept(site, board):
    data = seed(REPORT_01).encode()
    page, imported = import_document(site=site, user=board, file_name="bc01.txt", data=data)
    page = ReportPage.objects.get(pk=page.pk)
    assert page.needs_review and page.symbol == "01/BC-HKH" and page.document_date == datetime.date(2024, 1, 1)
    assert sum(block.block_type == "heading" for block in page.body) >= 3
    assert len(page.recipient_lines) >= 5


def test_importing_again_reuses_the_register_and_never_publishes(site, board):
    data = word_file_of_plan_35()
    import_document(site=site, user=board, file_name="kh35.docx", data=data)
    entries = LegalDocument.objects.filter(site=site).count()
    second, _ = import_document(site=site, user=board, file_name="kh35.docx", data=data)
    assert LegalDocument.objects.filter(site=site).count() == entries
    drafts = PlanPage.objects.descendant_of(site.root_page)
    assert drafts.filter(symbol="35/KH-HKH").count() == 2 and not drafts.filter(live=True).exists()


def test_a_broken_or_empty_file_is_refused_in_vietnamese(site, board):
    for name, data in (("a.docx", b"not a zip"), ("a.pdf", b"%PDF-1.4 broken"), ("a.txt", b"  "), ("a.xls", b"x")):
        with pytest.raises(UnreadableDocument) as refused:
            import_document(site=site, user=board, file_name=name, data=data)
        assert re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", str(refused.value))
    assert not PlanPage.objects.descendant_of(site.root_page).exists()
    assert not ReportPage.objects.descendant_of(site.root_page).exists()


def test_the_admin_view_makes_a_draft_for_a_board_of_that_site_only(site, board, client):
    client.force_login(board)
    url = "/quan-tri/van-ban/nhap/"
    assert client.get(url).status_code == 200
    upload = io.BytesIO(word_file_of_plan_35())
    upload.name = "kh35.docx"
    response = client.post(url, {"file": upload, "site": site.pk, "kind": ""})
    page = PlanPage.objects.descendant_of(site.root_page).get(symbol="35/KH-HKH")
    assert response.status_code == 302 and response["Location"].endswith(f"/pages/{page.pk}/edit/")
    other = SiteFactory()
    upload = io.BytesIO(b"Xin chao")
    upload.name = "x.txt"
    assert client.post(url, {"file": upload, "site": other.pk}).status_code == 400
    broken = io.BytesIO(b"not a zip")
    broken.name = "hong.docx"
    response = client.post(url, {"file": broken, "site": site.pk})
    assert response.status_code == 400 and "Không đọc được tệp Word" in response.content.decode()
    assert PlanPage.objects.descendant_of(site.root_page).count() == 1
    client.force_login(UserFactory(is_staff=True))
    assert client.get(url).status_code in (302, 403)


def test_the_command_prints_its_report(site, tmp_path, capsys):
    path = tmp_path / "kh35.txt"
    path.write_text(seed(PLAN_35), encoding="utf-8")
    call_command("import_document", str(path), "--site", site.hostname)
    output = capsys.readouterr().out
    assert "Bản nháp: Kế hoạch công tác khuyến học năm 2025" in output and "Căn cứ: 3" in output
    with pytest.raises(CommandError):
        call_command("import_document", str(path), "--site", "khong-co.test")
