"""The news index lists every news item of its Site, a chapter's too (``pagecache.registry``)."""

from wagtail.models import Page

from pagecache import registry

from .models import NewsIndexPage, NewsPage


@registry.pages_showing
def news_indexes(page: Page) -> list:
    if page.specific_class is None or not issubclass(page.specific_class, NewsPage):
        return []
    site = page.get_site()
    return list(NewsIndexPage.objects.descendant_of(site.root_page)) if site else []
