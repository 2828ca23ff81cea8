"""A chapter gets its president group and media collection when it is *published*, by someone
allowed to publish it: a president's draft sub-chapter never creates or claims a right."""
from wagtail.signals import page_published

from core.roles import ensure_chapter_roles


def _chapter_published(sender, instance, **kwargs):
    ensure_chapter_roles(instance)


def connect() -> None:
    from .models import ChapterPage

    page_published.connect(_chapter_published, sender=ChapterPage, dispatch_uid="chapter_roles_on_publish")
