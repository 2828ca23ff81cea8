"""Kinds and facets come from the content's registrations (sitesearch.registry): the kind loses
its fixed choices, and the facet columns hold their value's id instead of a foreign key to a
content model (their values are kept: the column is renamed, chapter_id to chapter)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("sitesearch", "0002_alter_searchentry_kind"),
    ]

    operations = [
        migrations.AlterField(
            model_name="searchentry",
            name="kind",
            field=models.CharField(help_text="A kind registered by the content (sitesearch.registry)", max_length=12),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="chapter",
            field=models.PositiveBigIntegerField(blank=True, db_index=True, null=True),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="category",
            field=models.PositiveBigIntegerField(blank=True, db_index=True, null=True),
        ),
        migrations.AlterField(
            model_name="searchentry",
            name="issue",
            field=models.PositiveBigIntegerField(blank=True, db_index=True, null=True),
        ),
    ]
