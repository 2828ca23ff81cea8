"""Past bulletins from PDFs: text page by page, legacy encodings converted, found with page numbers."""

import os
import re
from io import BytesIO, StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bulletins.models import BulletinIndexPage, BulletinIssuePage, BulletinPdfPage
from tests import factories

SEED_NAME = "001_10666d4b7772a9dd.txt"  # the OCR'd 2023 report of the Sơn La association
SEED_DIRS = [
    Path(os.environ.get("KHUYENHOC_SEEDS", "/nonexistent")),
    Path(__file__).resolve().parents[4] / "shared" / "seeds",
    Path("/work/shared/seeds"),
]
SEED = next((d / SEED_NAME for d in SEED_DIRS if (d / SEED_NAME).exists()), None)


@pytest.fixture
def site(db):
    """A Site with its bulletins section, where import_bulletin puts the issues (``--site``)."""
    site = factories.SiteFactory()
    factories.section(site, BulletinIndexPage)
    return site


def import_bulletin(site, pdf, *args, stdout=None):
    call_command("import_bulletin", str(pdf), *args, "--site", site.hostname, stdout=stdout or StringIO())


def make_pdf(path: Path, pages: list[list[str]]) -> Path:
    """A text PDF (Helvetica, WinAnsi) of the given lines, one list per page; [] makes a blank page."""
    buffer = BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in pages:
        y = 800
        for line in lines:
            pdf.drawString(40, y, line.encode("cp1252", "replace").decode("cp1252"))
            y -= 14
        pdf.showPage()
    pdf.save()
    path.write_bytes(buffer.getvalue())
    return path


@pytest.fixture
def ocr_report_pdf(tmp_path):
    """The OCR'd seed report (broken diacritics and all) as a 4-page PDF plus a blank scanned page."""
    if SEED is None:
        pytest.skip("the seed documents (../shared/seeds/) are not next to this clone")
    lines = [line for line in SEED.read_text(encoding="utf-8").splitlines() if line.strip()][:200]
    return make_pdf(tmp_path / "ban-tin-so-20.pdf", [lines[i : i + 50] for i in range(0, 200, 50)] + [[]])


def titles_and_links(html):
    listing = html.split('class="results"', 1)[-1].split("</ol>", 1)[0]
    return re.findall(r'<li>\s*<a href="([^"]*)">([^<]*)</a>', listing)


def test_import_bulletin_indexes_each_page(site, client, ocr_report_pdf):
    out = StringIO()
    import_bulletin(site, ocr_report_pdf, "--number", "20", "--year", "2019", "--quarter", "1", stdout=out)
    issue = BulletinIssuePage.objects.descendant_of(site.root_page).get(number=20)
    assert issue.live and issue.is_scanned and issue.pdf is not None
    assert BulletinPdfPage.objects.filter(issue=issue).count() == 5
    assert "1 trang không có chữ" in out.getvalue() and "5" in out.getvalue()

    # typed with and without diacritics, the scanned text is found, with its page number and a link into the PDF
    for query, extra in (
        ("tổng kết công tác khuyến học", {}),
        ("tong ket cong tac khuyen hoc", {}),
        ("Quỹ học bổng Tô Hiệu", {"issue": issue.pk}),
    ):  # OCR: "Quy hoc bong T6 Hiéu"
        html = client.get("/tim-kiem/", {"q": query, **extra}, HTTP_HOST=factories.http_host(site)).text
        hits = [(url, title) for url, title in titles_and_links(html) if "số 20" in title]
        assert hits, query
        url, title = hits[0]
        assert re.search(r"#page=\d$", url) and "trang" in title


def test_reimport_updates_instead_of_duplicating(site, ocr_report_pdf):
    for _ in range(2):
        import_bulletin(site, ocr_report_pdf, "--number", "21", "--year", "2019")
    assert BulletinIssuePage.objects.filter(number=21).count() == 1


def test_tcvn3_bulletin_is_converted_before_indexing(site, client, tmp_path):
    pdf = make_pdf(tmp_path / "tcvn3.pdf", [["Héi KhuyÕn häc tØnh S¬n La", "Quü häc bæng T« HiÖu"]])
    out = StringIO()
    import_bulletin(site, pdf, "--number", "7", "--year", "2005", stdout=out)
    page = BulletinPdfPage.objects.get(issue__number=7)
    assert page.encoding == "tcvn3"
    assert "Hội Khuyến học tỉnh Sơn La" in page.text
    assert "TCVN3" in out.getvalue()
    html = client.get(
        "/tim-kiem/",
        {"q": "khuyen hoc tinh son la", "kind": "ban-tin", "year": "2005"},
        HTTP_HOST=factories.http_host(site),
    ).text
    assert any("số 7" in title for _, title in titles_and_links(html))


def test_bad_files_are_refused_in_vietnamese(site, tmp_path):
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("không phải PDF")
    with pytest.raises(CommandError, match="Không đọc được tệp PDF"):
        import_bulletin(site, not_pdf, "--number", "1", "--year", "2010")
    with pytest.raises(CommandError, match="Không thấy tệp"):
        import_bulletin(site, tmp_path / "missing.pdf", "--number", "1", "--year", "2010")


def test_the_api_search_returns_the_issue_whose_pdf_page_matched(site, client, tmp_path):
    """Only the PDF's third page holds the words: the API's ?search= answers with the issue page."""
    pages = [["Hoi nghi tong ket nam hoc"], ["Trao thuong hoc sinh gioi"], ["Phiengluong Xuongcuuho vung cao"]]
    import_bulletin(site, make_pdf(tmp_path / "so-9.pdf", pages), "--number", "9", "--year", "2012")
    issue = BulletinIssuePage.objects.descendant_of(site.root_page).get(number=9)
    data = client.get("/api/v2/pages/", {"search": "phiêngluông"}, HTTP_HOST=factories.http_host(site)).json()
    assert [item["id"] for item in data["items"]] == [issue.pk]
