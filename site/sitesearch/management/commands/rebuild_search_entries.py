from django.core.management.base import BaseCommand

from sitesearch import sync


class Command(BaseCommand):
    help = "Dựng lại toàn bộ chỉ mục tìm kiếm (sau khi nhập hàng loạt, khôi phục dữ liệu hoặc đổi máy chủ tìm kiếm)."

    def handle(self, *args, **options):
        self.stdout.write(f"Đã dựng lại {sync.rebuild()} mục tìm kiếm.")
