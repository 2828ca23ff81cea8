"""The events index lists every event of its Site, a chapter's too (``pagecache.registry``)."""

from wagtail.models import Page

from pagecache import registry

from .models import EventIndexPage, EventPage


@registry.pages_showing
def event_indexes(page: Page) -> list:
    if page.specific_class is None or not issubclass(page.specific_class, EventPage):
        return []
    site = page.get_site()
    return list(EventIndexPage.objects.descendant_of(site.root_page)) if site else []
