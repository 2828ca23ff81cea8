from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

# What the demo gives its accounts (site/demo/loader.py): known to everyone who read the README.
DEMO_EMAIL_DOMAIN = "@khuyenhoc.localhost"
DEMO_PASSWORD = "demo-khuyenhoc"


class Command(BaseCommand):
    help = (
        "Xóa các tài khoản của dữ liệu mẫu (địa chỉ …@khuyenhoc.localhost, hoặc mật khẩu công khai "
        "“demo-khuyenhoc”) khỏi một cơ sở dữ liệu sắp đưa vào dùng thật."
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Chỉ liệt kê, không xóa")

    def handle(self, *args, dry_run, **options):
        users = get_user_model().objects.all()
        demo = [u for u in users if u.email.endswith(DEMO_EMAIL_DOMAIN) or u.check_password(DEMO_PASSWORD)]
        for user in demo:
            self.stdout.write(f"  {user.username} <{user.email}>")
        if not dry_run:
            get_user_model().objects.filter(pk__in=[u.pk for u in demo]).delete()
        verb = "Sẽ xóa" if dry_run else "Đã xóa"
        self.stdout.write(self.style.SUCCESS(f"{verb} {len(demo)} tài khoản mẫu."))
