from django.apps import AppConfig


class ChecklistConfig(AppConfig):
    name = "workflows.checklist"
    label = "checklist"
    verbose_name = "Kiểm tra trước khi duyệt"
