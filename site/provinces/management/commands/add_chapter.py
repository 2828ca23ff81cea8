from django.core.management.base import BaseCommand, CommandError

from chapters.models import ChapterKind
from provinces.structure import SetupError, add_chapter, find_site


class Command(BaseCommand):
    help = "Thêm (và đăng) một chi hội: nhóm chủ tịch, thư mục ảnh và quy trình duyệt được tạo kèm."

    def add_arguments(self, parser):
        parser.add_argument("--site", required=True, help="Tên miền của trang hội tỉnh")
        parser.add_argument("--title", required=True, help="Ví dụ: Hội Khuyến học xã Tân Lập")
        parser.add_argument("--kind", default=ChapterKind.COMMUNE, choices=ChapterKind.values)
        parser.add_argument("--short-name", default="", help="Ví dụ: Tân Lập")
        parser.add_argument("--parent", type=int, help="Số (id) của chi hội cấp trên, nếu có")

    def handle(self, *args, site, title, kind, short_name, parent, **options):
        try:
            chapter = add_chapter(find_site(site), title, kind=kind, parent_id=parent, short_name=short_name)
        except SetupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Đã thêm “{chapter.title}” (số {chapter.pk})."))
        self.stdout.write(f"  Thêm chủ tịch: manage.py add_president --chapter {chapter.pk} --username … --email …")
