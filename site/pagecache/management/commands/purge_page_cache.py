from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from pagecache import purging, targets


class Command(BaseCommand):
    help = (
        "Xoá khỏi bộ đệm của nginx mọi trang của các trang web (hoặc của --site), "
        "ví dụ sau khi nâng cấp mã hay đổi giao diện."
    )

    def add_arguments(self, parser):
        parser.add_argument("--site", help="Tên miền của một trang web (mặc định: tất cả)")

    def handle(self, *args, site=None, **options):
        if not purging.enabled():
            raise CommandError("Chưa cấu hình bộ đệm (FRONTEND_CACHE_PURGE_URL).")
        sites = Site.objects.filter(hostname=site) if site else Site.objects.all()
        if not sites:
            raise CommandError(f"Không có trang web nào có tên miền {site}.")
        urls = set().union(*(targets.for_site(each) for each in sites))
        purging.send(urls)
        self.stdout.write(self.style.SUCCESS(f"Đã gửi lệnh xoá {len(urls)} địa chỉ khỏi bộ đệm."))
