"""manage.py import_document FILE --site HOST [--kind plan|report] [--user NAME]: a draft plan or report."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from officialdocs.importing import ImportRefused, UnreadableDocument, import_document


class Command(BaseCommand):
    help = "Nhập một tệp .docx, .doc, .pdf hoặc .txt thành bản nháp kế hoạch hoặc báo cáo của một trang."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--site", required=True, help="tên miền của trang (hostname)")
        parser.add_argument("--kind", choices=["plan", "report"], default="")
        parser.add_argument("--user", help="người nhập (mặc định: không ghi)")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(f"Không thấy tệp {path}.")
        site = Site.objects.filter(hostname=options["site"]).first()
        if site is None:
            raise CommandError(f"Không có trang nào mang tên miền {options['site']}.")
        user = None
        if options["user"]:
            user = get_user_model().objects.filter(username=options["user"]).first()
            if user is None:
                raise CommandError(f"Không có người dùng {options['user']}.")
        try:
            page, imported = import_document(
                site=site, user=user, file_name=path.name, data=path.read_bytes(), kind=options["kind"]
            )
        except (UnreadableDocument, ImportRefused) as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"Bản nháp: {page.title} (trang {page.pk}, {page.url_path})")
        self.stdout.write(f"  Số, ký hiệu: {imported.symbol or '–'}; ngày: {imported.document_date or '–'}")
        self.stdout.write(f"  Căn cứ: {len(imported.bases)}; khối nội dung: {len(imported.body)}")
        self.stdout.write(
            f"  Người ký: {imported.signer_capacity} {imported.signer_title} {imported.signer_name}".rstrip()
        )
        if imported.needs_review:
            self.stdout.write("  Cần soát lại: văn bản có vẻ là bản quét nhận dạng chữ (mất dấu).")
        for line in imported.unplaced:
            self.stdout.write(f"  Chưa đặt được: {line}")
