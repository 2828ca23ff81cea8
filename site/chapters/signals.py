"""A chapter gets its president group, media collection and workflow when it is *published*, by
someone allowed to publish it: a president's draft sub-chapter never creates or claims a right."""

from wagtail.signals import page_published

from core.setup import setup_chapter

from .models import ChapterPage


def _chapter_published(sender, instance, **kwargs):
    setup_chapter(instance)


def connect() -> None:
    page_published.connect(_chapter_published, sender=ChapterPage, dispatch_uid="chapter_roles_on_publish")
