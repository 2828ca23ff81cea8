from django.core.management.base import BaseCommand

from core.setup import DEFAULT_WORKFLOW_NAME, setup_roles


class Command(BaseCommand):
    help = "Tạo nhóm Ban Biên tập, nhóm chủ tịch mỗi chi hội, quyền và quy trình duyệt mặc định. Chạy lại an toàn."

    def handle(self, *args, **options):
        setup_roles()
        self.stdout.write(self.style.SUCCESS(f"Đã thiết lập nhóm, quyền và quy trình «{DEFAULT_WORKFLOW_NAME}»."))
