import django.core.validators
import django.db.models.deletion
from django.db import migrations, models


CARRIED_OVER = "SO-LIEU-BAO-CAO"


def carry_reported_amounts(apps, schema_editor):
    """A figure typed as "Đã vận động" before the ledger becomes one donation, so that no campaign's
    total drops to nothing; the board replaces it with the real records when it has them."""
    CampaignPage = apps.get_model("campaigns", "CampaignPage")
    Donation = apps.get_model("campaigns", "Donation")
    for campaign in CampaignPage.objects.filter(raised_amount__gt=0):
        Donation.objects.create(
            campaign=campaign,
            date=campaign.start_date,
            amount=campaign.raised_amount,
            method="khac",
            status="received",
            reference=CARRIED_OVER,
            donor="Tổng hợp theo báo cáo",
            note="Số đã vận động theo báo cáo, ghi trước khi có sổ quỹ chi tiết.",
        )


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0001_initial"),
        ("chapters", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="campaignpage",
            name="account_name",
            field=models.CharField(
                blank=True,
                help_text="Đúng như ngân hàng ghi, ví dụ HOI KHUYEN HOC TINH SON LA",
                max_length=100,
                verbose_name="Tên tài khoản",
            ),
        ),
        migrations.AddField(
            model_name="campaignpage",
            name="account_number",
            field=models.CharField(blank=True, max_length=19, verbose_name="Số tài khoản"),
        ),
        migrations.AddField(
            model_name="campaignpage",
            name="bank_bin",
            field=models.CharField(
                blank=True,
                choices=[
                    ("970436", "Vietcombank – Ngân hàng TMCP Ngoại thương Việt Nam"),
                    ("970418", "BIDV – Ngân hàng TMCP Đầu tư và Phát triển Việt Nam"),
                    ("970405", "Agribank – Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam"),
                    ("970415", "VietinBank – Ngân hàng TMCP Công thương Việt Nam"),
                    ("970422", "MB – Ngân hàng TMCP Quân đội"),
                    ("970407", "Techcombank – Ngân hàng TMCP Kỹ thương Việt Nam"),
                    ("970416", "ACB – Ngân hàng TMCP Á Châu"),
                    ("970403", "Sacombank – Ngân hàng TMCP Sài Gòn Thương Tín"),
                    ("970432", "VPBank – Ngân hàng TMCP Việt Nam Thịnh Vượng"),
                    ("970423", "TPBank – Ngân hàng TMCP Tiên Phong"),
                    ("970443", "SHB – Ngân hàng TMCP Sài Gòn – Hà Nội"),
                    ("970437", "HDBank – Ngân hàng TMCP Phát triển TP. Hồ Chí Minh"),
                    ("970441", "VIB – Ngân hàng TMCP Quốc tế Việt Nam"),
                    ("970449", "LPBank – Ngân hàng TMCP Lộc Phát Việt Nam"),
                    ("970426", "MSB – Ngân hàng TMCP Hàng Hải Việt Nam"),
                    ("970440", "SeABank – Ngân hàng TMCP Đông Nam Á"),
                    ("970448", "OCB – Ngân hàng TMCP Phương Đông"),
                    ("970431", "Eximbank – Ngân hàng TMCP Xuất Nhập khẩu Việt Nam"),
                    ("970452", "KienlongBank – Ngân hàng TMCP Kiên Long"),
                    ("970409", "BAC A BANK – Ngân hàng TMCP Bắc Á"),
                ],
                max_length=6,
                verbose_name="Ngân hàng",
            ),
        ),
        migrations.AddField(
            model_name="campaignpage",
            name="reference_code",
            field=models.CharField(
                blank=True,
                help_text="Người ủng hộ ghi mã này trong nội dung chuyển khoản; khi nhập sao kê, khoản tiền có mã được ghi vào chiến dịch. 4–12 chữ cái không dấu hoặc chữ số, ví dụ TOHIEU. Để trống thì tự đặt.",
                max_length=12,
                verbose_name="Mã chiến dịch",
            ),
        ),
        migrations.CreateModel(
            name="Disbursement",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("date", models.DateField(verbose_name="Ngày")),
                (
                    "amount",
                    models.PositiveBigIntegerField(
                        validators=[django.core.validators.MinValueValidator(1)], verbose_name="Số tiền (đồng)"
                    ),
                ),
                (
                    "method",
                    models.CharField(
                        choices=[
                            ("chuyen-khoan", "Chuyển khoản"),
                            ("tien-mat", "Tiền mặt"),
                            ("hien-vat", "Hiện vật (quy ra tiền)"),
                            ("khac", "Khác"),
                        ],
                        default="chuyen-khoan",
                        max_length=20,
                        verbose_name="Hình thức",
                    ),
                ),
                (
                    "reference",
                    models.CharField(
                        blank=True,
                        help_text="Số tham chiếu của ngân hàng hoặc số chứng từ; không trùng trong một chiến dịch.",
                        max_length=64,
                        verbose_name="Mã giao dịch",
                    ),
                ),
                (
                    "note",
                    models.CharField(
                        blank=True, help_text="Hiện công khai trên trang.", max_length=255, verbose_name="Ghi chú"
                    ),
                ),
                (
                    "statement_memo",
                    models.CharField(
                        blank=True,
                        help_text="Như sao kê ghi; chỉ Ban Biên tập thấy.",
                        max_length=500,
                        verbose_name="Nội dung chuyển khoản",
                    ),
                ),
                (
                    "beneficiary",
                    models.CharField(
                        help_text="Ví dụ: 320 học sinh lớp 12, Trường THCS Mường Giôn",
                        max_length=255,
                        verbose_name="Người, đơn vị thụ hưởng",
                    ),
                ),
                (
                    "beneficiary_kind",
                    models.CharField(
                        choices=[("ca-nhan", "Cá nhân"), ("tap-the", "Tập thể, nhóm, đơn vị")],
                        default="ca-nhan",
                        max_length=10,
                        verbose_name="Loại thụ hưởng",
                    ),
                ),
                (
                    "is_adult",
                    models.BooleanField(
                        default=False,
                        help_text="Với một cá nhân: chỉ đánh dấu khi chắc chắn người này đã đủ 18 tuổi. Khi chưa đánh dấu, trang công khai chỉ hiện họ và chữ cái đầu của tên đệm, tên.",
                        verbose_name="Đã thành niên",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("received", "Đã chi"), ("promised", "Cam kết, chưa chi")],
                        default="received",
                        max_length=10,
                        verbose_name="Tình trạng",
                    ),
                ),
                (
                    "campaign",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        to="campaigns.campaignpage",
                        verbose_name="Chiến dịch",
                    ),
                ),
                (
                    "chapter",
                    models.ForeignKey(
                        blank=True,
                        help_text="Chi hội vận động hoặc trao (cùng trang với chiến dịch); để trống nếu là Hội tỉnh.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="chapters.chapterpage",
                        verbose_name="Chi hội",
                    ),
                ),
            ],
            options={
                "verbose_name": "Khoản chi",
                "verbose_name_plural": "Khoản chi",
                "ordering": ["-date", "-pk"],
                "abstract": False,
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("reference", ""), _negated=True),
                        fields=("campaign", "reference"),
                        name="campaigns_disbursement_unique_reference",
                        violation_error_message="Chiến dịch này đã có một khoản mang mã giao dịch này.",
                    )
                ],
            },
        ),
        migrations.CreateModel(
            name="Donation",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("date", models.DateField(verbose_name="Ngày")),
                (
                    "amount",
                    models.PositiveBigIntegerField(
                        validators=[django.core.validators.MinValueValidator(1)], verbose_name="Số tiền (đồng)"
                    ),
                ),
                (
                    "method",
                    models.CharField(
                        choices=[
                            ("chuyen-khoan", "Chuyển khoản"),
                            ("tien-mat", "Tiền mặt"),
                            ("hien-vat", "Hiện vật (quy ra tiền)"),
                            ("khac", "Khác"),
                        ],
                        default="chuyen-khoan",
                        max_length=20,
                        verbose_name="Hình thức",
                    ),
                ),
                (
                    "reference",
                    models.CharField(
                        blank=True,
                        help_text="Số tham chiếu của ngân hàng hoặc số chứng từ; không trùng trong một chiến dịch.",
                        max_length=64,
                        verbose_name="Mã giao dịch",
                    ),
                ),
                (
                    "note",
                    models.CharField(
                        blank=True, help_text="Hiện công khai trên trang.", max_length=255, verbose_name="Ghi chú"
                    ),
                ),
                (
                    "statement_memo",
                    models.CharField(
                        blank=True,
                        help_text="Như sao kê ghi; chỉ Ban Biên tập thấy.",
                        max_length=500,
                        verbose_name="Nội dung chuyển khoản",
                    ),
                ),
                (
                    "donor",
                    models.CharField(
                        blank=True,
                        help_text="Cá nhân, gia đình, cơ quan, doanh nghiệp…",
                        max_length=255,
                        verbose_name="Người ủng hộ",
                    ),
                ),
                (
                    "is_anonymous",
                    models.BooleanField(
                        default=False,
                        help_text="Trang công khai ghi “Nhà hảo tâm ẩn danh”; số tiền vẫn được cộng vào tổng.",
                        verbose_name="Ẩn danh",
                    ),
                ),
                (
                    "status",
                    models.CharField(
                        choices=[("received", "Đã nhận"), ("promised", "Cam kết, chưa nhận")],
                        default="received",
                        max_length=10,
                        verbose_name="Tình trạng",
                    ),
                ),
                (
                    "campaign",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        to="campaigns.campaignpage",
                        verbose_name="Chiến dịch",
                    ),
                ),
                (
                    "chapter",
                    models.ForeignKey(
                        blank=True,
                        help_text="Chi hội vận động hoặc trao (cùng trang với chiến dịch); để trống nếu là Hội tỉnh.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="chapters.chapterpage",
                        verbose_name="Chi hội",
                    ),
                ),
            ],
            options={
                "verbose_name": "Khoản ủng hộ",
                "verbose_name_plural": "Khoản ủng hộ",
                "ordering": ["-date", "-pk"],
                "abstract": False,
                "constraints": [
                    models.UniqueConstraint(
                        condition=models.Q(("reference", ""), _negated=True),
                        fields=("campaign", "reference"),
                        name="campaigns_donation_unique_reference",
                        violation_error_message="Chiến dịch này đã có một khoản mang mã giao dịch này.",
                    )
                ],
            },
        ),
        migrations.RunPython(carry_reported_amounts, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name="campaignpage",
            name="raised_amount",
        ),
    ]
