from django.apps import AppConfig


class ChapterReviewConfig(AppConfig):
    name = "workflows.chapter_review"
    label = "chapter_review"
    verbose_name = "Hội cấp trên duyệt"
