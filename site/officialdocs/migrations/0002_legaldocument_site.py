"""Legal documents belong to a Site (step 1 of 3): the column, nullable while rows are assigned,
and the symbol no longer unique across Sites (the copies of step 2 repeat it)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("officialdocs", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="legaldocument",
            name="site",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="legal_documents",
                to="wagtailcore.site",
                verbose_name="Trang",
                help_text="Trang của hội có sổ đăng ký ghi văn bản này.",
            ),
        ),
        migrations.AlterField(
            model_name="legaldocument",
            name="symbol",
            field=models.CharField(
                help_text="Ví dụ: 1373/QĐ-TTg, 49-KL/TW",
                max_length=100,
                verbose_name="Số, ký hiệu",
            ),
        ),
    ]
