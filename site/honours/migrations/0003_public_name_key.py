import re

from django.db import migrations, models

from core.names import reduced_name
from core.text import fold_words

# the minor rule of HonourRecord.is_minor as it stood when the key was added (a migration keeps its own copy)
SCHOOL_GRADE = re.compile(r"\blớp\s*(\d{1,2})(?!\d)", re.IGNORECASE)


def is_minor(record) -> bool:
    if record.recipient_kind != "ca-nhan":
        return False
    if record.birth_year:
        return record.year - record.birth_year < 18
    grade = SCHOOL_GRADE.search(record.school_class)
    return bool(grade and 1 <= int(grade.group(1)) <= 12) or not record.is_adult


def fill_keys(apps, schema_editor):
    """The folded public name of every record, as HonourRecord.save() keeps it from now on."""
    Record = apps.get_model("honours", "HonourRecord")
    changed = []
    for record in Record.objects.iterator(chunk_size=2000):
        name = reduced_name(record.recipient_name) if is_minor(record) else record.recipient_name
        record.public_name_key = fold_words(name)
        changed.append(record)
    Record.objects.bulk_update(changed, ["public_name_key"], batch_size=2000)


class Migration(migrations.Migration):
    dependencies = [
        ("honours", "0002_adult_unless_shown"),
    ]

    operations = [
        migrations.AddField(
            model_name="honourrecord",
            name="public_name_key",
            field=models.CharField(default="", editable=False, max_length=255),
        ),
        migrations.RunPython(fill_keys, migrations.RunPython.noop),
    ]
