"""A chapter created in the admin (or translated) gets its group and workflow at once."""
from django.db.models.signals import post_save
from django.dispatch import receiver

from chapters.models import ChapterPage


@receiver(post_save, sender=ChapterPage, dispatch_uid="chapter_roles_on_create")
def set_up_new_chapter(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        from .setup import setup_chapter

        setup_chapter(instance)
