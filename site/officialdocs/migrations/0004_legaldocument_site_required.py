"""Legal documents belong to a Site (step 3 of 3): the Site is required and a symbol is
unique within one Site's register."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("officialdocs", "0003_assign_legal_documents_to_sites"),
    ]

    operations = [
        migrations.AlterField(
            model_name="legaldocument",
            name="site",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="legal_documents",
                to="wagtailcore.site",
                verbose_name="Trang",
                help_text="Trang của hội có sổ đăng ký ghi văn bản này.",
            ),
        ),
        migrations.AddConstraint(
            model_name="legaldocument",
            constraint=models.UniqueConstraint(
                fields=("site", "symbol"),
                name="legal_document_symbol_once_per_site",
                violation_error_message="Sổ đăng ký của trang này đã có văn bản mang số, ký hiệu này.",
            ),
        ),
    ]
