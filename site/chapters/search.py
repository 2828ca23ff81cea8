"""Chapters in search: their own kind, and the chapter facet every page below one carries."""

from django.utils.translation import gettext_lazy as _

from core.models import BasePage
from sitesearch.registry import registry

from .models import ChapterPage

CHAPTER = "chi-hoi"


def nearest_chapter(page) -> int | None:
    """The id of the chapter a page sits under (a chapter is its own), if any."""
    chapter = page.get_chapter() if isinstance(page, BasePage) else None
    return chapter.pk if chapter else None


def _site_chapters(site):
    return ChapterPage.objects.live().public().descendant_of(site.root_page).order_by("title")


registry.register_kind(CHAPTER, _("Chi hội"), order=90)
registry.register_facet(
    "chapter",
    title=_("Chi hội"),
    model=ChapterPage,
    choices=_site_chapters,
    label=lambda chapter: chapter.title,
    page_value=nearest_chapter,
    order=10,
)
registry.register_page(ChapterPage, kind=CHAPTER)
