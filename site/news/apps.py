from django.apps import AppConfig


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = "Tin bài"

    def ready(self):
        from core.fragments import invalidate_on  # cycle: app loading, it needs the models

        from .models import LearningModel, NewsCategory  # cycle: app loading

        # shared by every Site, shown in articles and in the index's filter
        invalidate_on(NewsCategory)
        invalidate_on(LearningModel)
