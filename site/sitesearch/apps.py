from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules

from .registry import registry


class SitesearchConfig(AppConfig):
    name = "sitesearch"
    verbose_name = "Tìm kiếm"

    def ready(self):
        """Each app's ``search.py`` registers its content (``sitesearch.registry``), then the
        search page's filter gets its facets and the signals follow what was registered."""
        from . import signals  # cycle: waits for the app registry (signals import the models)
        from .filters import SearchEntryFilter  # cycle: waits for the app registry (filters import the models)

        autodiscover_modules("search")
        SearchEntryFilter.declare_facets(registry.facets())
        signals.connect()
