from django.core.management.base import BaseCommand, CommandError

from provinces.structure import SetupError, setup_site


class Command(BaseCommand):
    help = "Tạo trang của một hội tỉnh (trống, không có dữ liệu mẫu): trang chủ, các mục, Ban Biên tập, thư mục ảnh."

    def add_arguments(self, parser):
        parser.add_argument("--name", required=True, help="Ví dụ: Hội Khuyến học tỉnh Sơn La")
        parser.add_argument("--hostname", required=True, help="Tên miền, ví dụ khuyenhocsonla.vn")
        parser.add_argument("--port", type=int, default=80)
        parser.add_argument("--parent-body", default="", help="Cơ quan chủ quản, ví dụ UBND TỈNH SƠN LA")
        parser.add_argument("--default", action="store_true", help="Trang mặc định của bản cài đặt")

    def handle(self, *args, name, hostname, port, parent_body, default, **options):
        try:
            site = setup_site(name, hostname, port=port, parent_body=parent_body, default=default)
        except SetupError as error:
            raise CommandError(str(error)) from error
        board = site.roles.board
        self.stdout.write(self.style.SUCCESS(f"Đã tạo trang “{site.site_name}” tại {site.hostname}:{site.port}."))
        self.stdout.write(
            f"  Ban Biên tập: nhóm “{board.name}”. Thêm người: manage.py add_board_member --site {site.hostname} …"
        )
        self.stdout.write(f"  Thêm chi hội: manage.py add_chapter --site {site.hostname} --title …")
