"""The workflow follows the roles: a published chapter (its roles come from the chapters app)
gets the default workflow, a new Site's board joins the editorial task, and a home page in a
new locale is given to its Site's board."""
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Locale, Site
from wagtail.signals import page_published

from chapters.models import ChapterPage
from core.models import SiteRoles
from core.roles import ensure_site_roles
from home.models import HomePage

from .setup import default_workflow, setup_chapter


@receiver(page_published, sender=ChapterPage, dispatch_uid="chapter_workflow_on_publish")
def set_up_published_chapter(sender, instance, **kwargs):
    setup_chapter(instance)


@receiver(post_save, sender=SiteRoles, dispatch_uid="new_board_in_editorial_task")
def add_new_board_to_the_task(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        default_workflow()


@receiver(post_save, sender=HomePage, dispatch_uid="editors_on_new_site_root")
def give_editors_new_home(sender, instance, created, raw=False, **kwargs):
    """A home page in a new locale (a translation) is the board's too."""
    if created and not raw:
        source = instance.get_translation_or_none(Locale.get_default()) or instance
        site = Site.objects.filter(root_page=source).first()
        if site is not None:
            ensure_site_roles(site)
