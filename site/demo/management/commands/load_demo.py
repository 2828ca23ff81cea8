from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.test import override_settings

from demo.load.files import DataError
from demo.loader import DEMO_PASSWORD, DemoLoader, president_username


class Command(BaseCommand):
    help = "Tạo hai trang trình diễn (Sơn La, Sóc Trăng) với nội dung và tài khoản mẫu. Chạy lại không tạo trùng."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000, help="Cổng mà máy chủ trình diễn lắng nghe.")

    def handle(self, *args, port, **options):
        if not settings.DEBUG:
            raise CommandError(
                "load_demo chỉ chạy khi DEBUG bật (máy phát triển, trình diễn): dữ liệu mẫu có tài khoản "
                "với mật khẩu công khai. Để bắt đầu một hội tỉnh thật, dùng manage.py setup_site."
            )
        loader = DemoLoader(port=port)
        # Wagtail's index updates run at once, not as thousands of queued tasks: the demo is
        # searchable in the admin when this ends, whether a worker runs or not.
        with override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}):
            try:
                loader.run()
            except DataError as error:  # raised while reading, before anything is written
                raise CommandError(f"Dữ liệu trình diễn không hợp lệ: {error}") from None
        self.stdout.write(self.style.SUCCESS("Đã nạp dữ liệu trình diễn."))
        self.stdout.write(f"  Sơn La:    http://127.0.0.1:{port}/")
        self.stdout.write(f"  Sóc Trăng: http://soctrang.localhost:{port}/")
        self.stdout.write(f"  Quản trị:  http://127.0.0.1:{port}/quan-tri/")
        presidents = ", ".join(president_username(k) for k in loader.chapters)
        self.stdout.write(
            f"Tài khoản (mật khẩu chung: {DEMO_PASSWORD}): admin, bientap, bientap-soctrang, {presidents}"
        )
