from django.core.management.base import BaseCommand, CommandError

from provinces.structure import SetupError, add_board_member, find_site


class Command(BaseCommand):
    help = "Thêm một thành viên Ban Biên tập của trang hội tỉnh (duyệt, đăng bài của trang đó)."

    def add_arguments(self, parser):
        parser.add_argument("--site", required=True, help="Tên miền của trang hội tỉnh")
        parser.add_argument("--username", required=True)
        parser.add_argument("--email", required=True)
        parser.add_argument("--full-name", default="")

    def handle(self, *args, site, username, email, full_name, **options):
        try:
            user = add_board_member(find_site(site), username, email, full_name)
        except SetupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Đã thêm “{user.username}” vào Ban Biên tập."))
        if not user.has_usable_password():
            self.stdout.write("  Đặt mật khẩu: manage.py changepassword " + user.username)
