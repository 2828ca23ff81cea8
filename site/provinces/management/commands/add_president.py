from django.core.management.base import BaseCommand, CommandError

from provinces.structure import SetupError, add_president


class Command(BaseCommand):
    help = "Tạo tài khoản chủ tịch của một chi hội (chỉ viết và gửi bài trong chi hội đó)."

    def add_arguments(self, parser):
        parser.add_argument("--chapter", type=int, required=True, help="Số (id) của chi hội")
        parser.add_argument("--username", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument("--full-name", default="")

    def handle(self, *args, chapter, username, email, full_name, **options):
        try:
            user = add_president(chapter, username, email, full_name)
        except SetupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Đã thêm “{user.username}”."))
        if not user.has_usable_password():
            self.stdout.write(
                "  Người dùng đặt mật khẩu qua “Quên mật khẩu” ở trang đăng nhập, "
                "hoặc quản trị viên chạy: manage.py changepassword " + user.username
            )
