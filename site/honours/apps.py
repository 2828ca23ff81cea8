from django.apps import AppConfig


class HonoursConfig(AppConfig):
    name = "honours"
    verbose_name = "Vinh danh"

    def ready(self):
        from core.fragments import invalidate_on  # cycle: it imports Wagtail's models, loaded after the apps

        from .models import HonourRecord, site_of_record  # cycle: models load after the app registry

        # a roll's listing (counts beside the filters, totals, records) is cached with its Site's fragments
        invalidate_on(HonourRecord, site_of=site_of_record)
