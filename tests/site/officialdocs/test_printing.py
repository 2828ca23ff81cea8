"""Plans and reports download as the office's document: PDF and DOCX in the layout of Nghị định 30/2020/NĐ-CP,
read back for page size, margins, fonts, the header's texts and places, page numbers and the signature block."""

import datetime
import io
from urllib.parse import urlsplit

import docx
import pdfplumber
import pytest
from django.test import override_settings
from wagtail.models import PageViewRestriction

from core.printing import printed_storage as storage
from officialdocs.models import PlanLegalBasis
from officialdocs.printing.files import folder_of, version_of
from officialdocs.printing.pdf import render_pdf
from officialdocs.printing.word import render_docx
from tests.factories import LegalDocumentFactory, PlanPageFactory, ReportPageFactory, SiteFactory, http_host

MM = 72 / 25.4  # PDF points per millimetre
# every letter Vietnamese writes, upper and lower case: none may come from a fallback font
VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ"


def spaced(letters: str) -> str:
    return " ".join(letters[i : i + 8] for i in range(0, len(letters), 8))


LONG_BODY = [
    {"type": "heading", "value": {"text": "I. MỤC ĐÍCH, YÊU CẦU", "level": "h2"}},
    *(
        {
            "type": "paragraph",
            "value": f"<p>Đoạn {n}: {spaced(VIETNAMESE)} {spaced(VIETNAMESE.upper())} {'chữ ' * 80}</p>",
        }
        for n in range(12)
    ),
    {
        "type": "task",
        "value": {"content": "1. Tổ chức hội nghị.", "lead_unit": "Thường trực Hội", "timeframe": "Quý I/2024"},
    },
]


@pytest.fixture
def plan(db):
    site = SiteFactory()
    page = PlanPageFactory(
        site=site,
        title="Kế hoạch triển khai nhiệm vụ năm 2024",
        parent_body="UBND TỈNH SƠN LA",
        issuing_body="HỘI KHUYẾN HỌC TỈNH SƠN LA",
        symbol="137/KH-HKH",
        place="Sơn La",
        document_date=datetime.date(2023, 8, 21),
        body=LONG_BODY,
        signer_capacity="TM. BAN THƯỜNG VỤ",
        signer_title="Chủ tịch",
        signer_name="Nguyễn Văn Thử",
        recipients="Thường trực UBND tỉnh;\nCác huyện hội;\nLưu: VT",
        publish=True,
    )
    basis = LegalDocumentFactory(site=site, symbol="1373/QĐ-TTg", title="Phê duyệt Đề án Xây dựng xã hội học tập")
    PlanLegalBasis.objects.create(page=page, document=basis)
    page.refresh_from_db()
    return page


def file_name(page, kind: str) -> str:
    return f"{folder_of(page)}/{version_of(page)}.{kind}"


def words_of(page) -> list[dict]:
    return page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=True)


def find(page, text: str) -> dict:
    [word] = [word for word in words_of(page) if text in word["text"]]
    return word


def test_pdf_is_a4_with_the_decree_margins_and_one_font(plan):
    with pdfplumber.open(io.BytesIO(render_pdf(plan))) as pdf:
        assert len(pdf.pages) >= 2
        for page in pdf.pages:
            assert (round(page.width / MM), round(page.height / MM)) == (210, 297)
            body = [char for char in page.chars if char["top"] > 20 * MM]
            assert min(char["x0"] for char in body) >= 30 * MM - 0.5 * MM  # left margin 30 mm (glyphs may overhang)
            assert max(char["x1"] for char in body) <= (210 - 15 + 0.5) * MM  # right margin 15 mm
            assert max(char["bottom"] for char in page.chars) <= (297 - 20) * MM + 0.5
        fonts = {char["fontname"].split("+")[-1] for page in pdf.pages for char in page.chars}
        # Liberation Serif in its faces, and nothing filled in from another font
        assert {"Print-Serif", "Print-Serif-Bold", "Print-Serif-Italic"} <= fonts
        assert fonts <= {"Print-Serif", "Print-Serif-Bold", "Print-Serif-Italic", "Print-Serif-Bold-Italic"}
        text = "".join(char["text"] for page in pdf.pages for char in page.chars)
        assert all(letter in text for letter in VIETNAMESE + VIETNAMESE.upper())


def test_pdf_header_and_page_numbers_where_the_decree_puts_them(plan):
    with pdfplumber.open(io.BytesIO(render_pdf(plan))) as pdf:
        first, second = pdf.pages[0], pdf.pages[1]
        middle = (30 + (210 - 15)) / 2 * MM
        nation = find(first, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        motto = find(first, "Độc lập - Tự do - Hạnh phúc")
        parent, issuer = find(first, "UBND TỈNH SƠN LA"), find(first, "HỘI KHUYẾN HỌC TỈNH SƠN LA")
        number, date = find(first, "Số: 137/KH-HKH"), find(first, "Sơn La, ngày 21 tháng 8 năm 2023")
        assert nation["x0"] > middle - 10 * MM and "Bold" in nation["fontname"]
        assert "Bold" in motto["fontname"] and motto["top"] > nation["top"]
        assert issuer["x1"] < middle and "Bold" in issuer["fontname"] and "Bold" not in parent["fontname"]
        assert abs(number["top"] - date["top"]) < 2 and "Italic" in date["fontname"]
        assert number["top"] > issuer["top"]
        kind = find(first, "KẾ HOẠCH")
        assert abs((kind["x0"] + kind["x1"]) / 2 - middle) < 3 * MM and "Bold" in kind["fontname"]
        assert find(first, "về phê duyệt Đề án Xây dựng xã hội học tập")  # the subject in the sentence's case
        assert not [char for char in first.chars if char["top"] < 20 * MM]  # no number on page 1
        [page_number] = [word for word in words_of(second) if word["top"] < 20 * MM]
        assert page_number["text"] == "2" and abs((page_number["x0"] + page_number["x1"]) / 2 - middle) < 2 * MM
        last = pdf.pages[-1]
        name, label = find(last, "Nguyễn Văn Thử"), find(last, "Nơi nhận:")
        assert name["x0"] > middle - 10 * MM and "Bold" in name["fontname"]
        assert label["x1"] < middle and "Italic" in label["fontname"]
        assert find(last, "- Lưu: VT.") and find(last, "- Các huyện hội;")


def test_docx_names_times_new_roman_and_keeps_the_layout(plan):
    document = docx.Document(io.BytesIO(render_docx(plan)))
    section = document.sections[0]
    assert [round(length.mm) for length in (section.page_width, section.page_height)] == [210, 297]
    margins = (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)
    assert [round(length.mm) for length in margins] == [20, 20, 30, 15]
    assert section.different_first_page_header_footer
    assert 'w:instr="PAGE"' in section.header._element.xml
    assert not section.first_page_header.paragraphs[0].text
    assert document.styles["Normal"].font.name == "Times New Roman"
    header = document.tables[0]
    assert header.cell(0, 0).text.split("\n") == ["UBND TỈNH SƠN LA", "HỘI KHUYẾN HỌC TỈNH SƠN LA"]
    assert header.cell(0, 1).text.split("\n") == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert header.cell(1, 0).text == "Số: 137/KH-HKH"
    assert header.cell(1, 1).text == "Sơn La, ngày 21 tháng 8 năm 2023"
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert "KẾ HOẠCH" in texts and "Triển khai nhiệm vụ năm 2024" in texts
    assert any(text.startswith("Căn cứ Quyết định số 1373/QĐ-TTg") for text in texts)
    assert "1. Tổ chức hội nghị. (Thường trực Hội; Quý I/2024)" in texts
    signature = document.tables[-1]
    assert signature.cell(0, 0).text.split("\n")[-1] == "- Lưu: VT."
    assert signature.cell(0, 1).text.split("\n")[0] == "TM. BAN THƯỜNG VỤ"
    assert "Nguyễn Văn Thử" in signature.cell(0, 1).text


def test_downloads_are_cached_per_revision(plan, client):
    host = http_host(plan.get_site())
    response = client.get(plan.url + "pdf/", HTTP_HOST=host)
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="137-kh-hkh.pdf"'
    first = file_name(plan, "pdf")
    assert storage().exists(first)
    response = client.get(plan.url + "docx/", HTTP_HOST=host)
    assert response.status_code == 200 and response.content[:2] == b"PK"
    plan.signer_name = "Lò Văn Mới"
    plan.save_revision().publish()
    plan.refresh_from_db()
    assert file_name(plan, "pdf") != first
    assert b"%PDF" in client.get(plan.url + "pdf/", HTTP_HOST=host).content[:8]
    assert storage().exists(file_name(plan, "pdf")) and not storage().exists(first)
    page_html = client.get(plan.url, HTTP_HOST=host).content.decode()
    path = urlsplit(plan.url).path
    assert f'href="{path}pdf/"' in page_html and f'href="{path}docx/"' in page_html


def test_a_private_document_is_not_handed_out(plan, client):
    PageViewRestriction.objects.create(page=plan, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(plan.url + "pdf/", HTTP_HOST=http_host(plan.get_site()))
    assert response.status_code == 302 and "application/pdf" not in response.get("Content-Type", "")


def test_publishing_prints_in_the_background(db, django_capture_on_commit_callbacks):
    with override_settings(KHUYENHOC_PRINT_ON_PUBLISH=True), django_capture_on_commit_callbacks(execute=True):
        report = ReportPageFactory(publish=True)
    report.refresh_from_db()
    assert storage().exists(file_name(report, "pdf")) and storage().exists(file_name(report, "docx"))
