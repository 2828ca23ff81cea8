"""The five learning models are a fixed national list (Quyết định 387 and 677/QĐ-TTg)."""

from django.db import migrations

LEARNING_MODELS = [
    ("cong-dan", "Công dân học tập"),
    ("gia-dinh", "Gia đình học tập"),
    ("dong-ho", "Dòng họ học tập"),
    ("cong-dong", "Cộng đồng học tập"),
    ("don-vi", "Đơn vị học tập"),
]


def create_learning_models(apps, schema_editor):
    LearningModel = apps.get_model("news", "LearningModel")
    for order, (code, name) in enumerate(LEARNING_MODELS):
        LearningModel.objects.update_or_create(code=code, defaults={"name": name, "sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial")]
    operations = [migrations.RunPython(create_learning_models, migrations.RunPython.noop)]
