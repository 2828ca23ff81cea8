"""Pages that carry roles: a new chapter (or its translation) gets its group and workflow at once,
a new home page (or its translation) is given to the editors."""
from django.db.models.signals import post_save
from django.dispatch import receiver

from chapters.models import ChapterPage
from home.models import HomePage


@receiver(post_save, sender=ChapterPage, dispatch_uid="chapter_roles_on_create")
def set_up_new_chapter(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .setup import setup_chapter

        setup_chapter(instance)


@receiver(post_save, sender=HomePage, dispatch_uid="editors_on_new_site_root")
def give_editors_new_home(sender, instance, created, raw=False, **kwargs):
    """A home page in a new locale (a translation) is the editors' too."""
    if created and not raw:
        from wagtail.models import Locale, Site

        from core.roles import ensure_editors_group

        source = instance.get_translation_or_none(Locale.get_default()) or instance
        site = Site.objects.filter(root_page=source).first()
        if site is not None:
            ensure_editors_group(site)
