"""The feeds that show a page, for the purge of nginx's cache (``pagecache.registry``).

Paths are reversed in the language the registry activates, so each Site language gets its own."""

from django.urls import reverse
from wagtail.models import Page

from chapters.models import ChapterPage
from news.models import NewsCategory
from pagecache import registry


def _both(name: str, *args) -> list[str]:
    return [reverse(f"{name}_rss", args=args), reverse(f"{name}_atom", args=args)]


def _site_feeds() -> list[str]:
    # every category: a news item moved out of one leaves it, and there are few
    categories = NewsCategory.objects.values_list("slug", flat=True)
    return [
        *_both("feed_news"),
        *_both("feed_bulletins"),
        *(path for slug in categories for path in _both("feed_category", slug)),
    ]


@registry.paths_showing
def feeds_showing(page: Page, site) -> list[str]:
    """The Site's feeds, and those of the chapters the page sits under (a chapter's feed holds its communes')."""
    keys = ChapterPage.objects.ancestor_of(page, inclusive=True).values_list("translation_key", flat=True)
    chapters = ChapterPage.objects.filter(translation_key__in=keys).values_list("pk", flat=True)  # feeds name any
    return [*_site_feeds(), *(path for pk in chapters for path in _both("feed_chapter", pk))]


@registry.site_paths
def feeds_of_site(site) -> list[str]:
    chapters = ChapterPage.objects.descendant_of(site.root_page).values_list("pk", flat=True)
    return [*_site_feeds(), *(path for pk in chapters for path in _both("feed_chapter", pk))]
