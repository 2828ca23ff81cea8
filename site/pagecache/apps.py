from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class PagecacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Bộ đệm trang"

    def ready(self):
        """Each app's ``purge.py`` says what else shows its pages (``pagecache.registry``); then the
        signals are followed. Listed after the content apps in INSTALLED_APPS, so that what they
        invalidate on a change is invalidated before nginx is told to fetch the page again."""
        from . import purging  # cycle: waits for the app registry (purging imports the models)

        autodiscover_modules("purge")
        purging.connect()
