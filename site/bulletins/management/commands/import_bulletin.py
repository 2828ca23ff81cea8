"""Bulk loading of an archive: one past issue from its PDF, created or updated, text extracted."""

import datetime
from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand, CommandError
from wagtail.documents import get_document_model
from wagtail.models import Site

from bulletins.models import BulletinIndexPage, BulletinIssuePage
from bulletins.pdf import UnreadablePdf, extract_pages, refresh_pdf_pages

QUARTER_START_MONTH = {1: 1, 2: 4, 3: 7, 4: 10}


class Command(BaseCommand):
    help = "Nhập một số Bản tin cũ từ tệp PDF (tạo mới hoặc cập nhật), tách chữ từng trang để tìm kiếm."

    def add_arguments(self, parser):
        parser.add_argument("path", help="Đường dẫn tệp PDF")
        parser.add_argument("--number", type=int, required=True, help="Số bản tin")
        parser.add_argument("--year", type=int, required=True, help="Năm phát hành")
        parser.add_argument("--quarter", type=int, choices=[1, 2, 3, 4], help="Quý (1–4)")
        parser.add_argument("--site", help="Tên máy của Site (mặc định: Site mặc định)")

    def handle(self, *args, path, number, year, quarter, site, **options):
        pdf_path = Path(path)
        if not pdf_path.is_file():
            raise CommandError(f"Không thấy tệp: {pdf_path}")
        if not 1990 <= year <= 2100:
            raise CommandError("Năm phải trong khoảng 1990–2100.")
        try:
            with pdf_path.open("rb") as handle:
                pages = extract_pages(handle)
        except UnreadablePdf as error:
            raise CommandError(str(error)) from error
        index = self._bulletin_index(site)
        issue = BulletinIssuePage.objects.child_of(index).filter(number=number).first()
        document = self._store_document(pdf_path, number, year)
        published = datetime.date(year, QUARTER_START_MONTH.get(quarter, 1), 1)
        if issue is None:
            issue = BulletinIssuePage(
                title=f"Bản tin Khuyến học số {number}",
                number=number,
                year=year,
                quarter=quarter,
                publication_date=published,
                is_scanned=True,
                pdf=document,
            )
            index.add_child(instance=issue)
            action = "Đã tạo"
        else:
            issue.pdf, issue.year, issue.quarter, issue.is_scanned = document, year, quarter or issue.quarter, True
            action = "Đã cập nhật"
        issue.save_revision().publish()  # publishing indexes the PDF's pages for search
        empty = refresh_pdf_pages(issue)
        self.stdout.write(f"{action} số {number} ({year}): {len(pages)} trang, {issue.url}")
        encodings = sorted({p.encoding for p in pages if p.encoding != "unicode"})
        if encodings:
            self.stdout.write(f"Đã chuyển bảng mã cũ sang Unicode: {', '.join(encodings).upper()}")
        if empty:
            self.stdout.write(
                self.style.WARNING(
                    f"{len(empty)} trang không có chữ tách được (cần nhận dạng OCR): {', '.join(map(str, empty))}"
                )
            )

    def _bulletin_index(self, hostname):
        site = (
            Site.objects.filter(hostname=hostname).first()
            if hostname
            else Site.objects.filter(is_default_site=True).first()
        )
        if site is None:
            raise CommandError(f"Không có Site nào với tên máy «{hostname}».")
        index = BulletinIndexPage.objects.descendant_of(site.root_page).first()
        if index is None:
            raise CommandError(f"Site «{site.site_name}» chưa có trang Bản tin.")
        return index

    def _store_document(self, pdf_path: Path, number: int, year: int):
        Document = get_document_model()
        document = Document(title=f"Bản tin Khuyến học số {number} ({year})")
        with pdf_path.open("rb") as handle:
            document.file.save(f"ban-tin-so-{number}-{year}.pdf", File(handle), save=False)
        document.save()
        return document
