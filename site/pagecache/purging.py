"""nginx's cache purged when what a page shows changes: publish, unpublish, move, delete, a view
restriction, a Site or a Site setting; also what the apps watch (``registry.watch``).

The addresses are computed when the change happens (a page being deleted is still in the tree)
and sent once the transaction commits, at once, from the process that made the change, through
Wagtail's frontend cache (its task, called in place: a reader must not wait for the task worker).
Nothing here may undo or fail an editor's change: an error is logged, and nginx's expiry
(FRONTEND_CACHE_SECONDS) bounds what a lost purge leaves behind. Without WAGTAILFRONTENDCACHE
(FRONTEND_CACHE_PURGE_URL unset) nothing is done.
"""

import logging
from collections.abc import Callable

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from wagtail.contrib.frontend_cache.tasks import purge_urls_from_cache_task
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import registry, targets

logger = logging.getLogger(__name__)


def enabled() -> bool:
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def send(urls) -> None:
    try:
        purge_urls_from_cache_task.call(sorted(urls))
    except Exception:
        logger.exception("Purging %d addresses from the frontend cache failed", len(urls))


def schedule(addresses: Callable[[], set[str]]) -> None:
    """Compute the addresses now and purge them after the commit (at once outside a transaction)."""
    if not enabled():
        return
    try:
        urls = addresses()
    except Exception:
        logger.exception("Could not list the addresses to purge from the frontend cache")
        return
    if urls:
        transaction.on_commit(lambda: send(urls), robust=True)


def purge_pages(pages) -> None:
    """For writes that send no signals (bulk imports): purge what shows these pages, after the commit."""
    pages = list(pages)
    if pages:
        schedule(lambda: targets.for_pages(pages))


def _page_changed(sender, instance, **kwargs):
    schedule(lambda: targets.for_pages([instance]))


def _page_moved(sender, instance, parent_page_before, url_path_before, url_path_after, **kwargs):
    schedule(
        lambda: (
            targets.for_pages([instance, parent_page_before]) | targets.moved(instance, url_path_before, url_path_after)
        )
    )


def _page_deleted(sender, instance, **kwargs):
    # once per page: the collector sends the signal for each table of a page (Page, NewsPage…)
    if (
        enabled()
        and isinstance(instance, Page)
        and type(instance) is (instance.specific_class or Page)
        and instance.live
    ):
        schedule(lambda: targets.for_pages([instance]))


def _site_changed(sender, instance, **kwargs):
    site = instance.site if isinstance(instance, BaseSiteSetting) else instance
    if site is not None and site.pk is not None:
        schedule(lambda: targets.for_site(site))


def _restricted_pages(restriction) -> list:
    """A view restriction covers its page and everything under it."""
    return list(restriction.page.get_descendants(inclusive=True))


def _watcher(pages_of: Callable) -> Callable:
    def changed(sender, instance, **kwargs):
        schedule(lambda: targets.for_pages(pages_of(instance)))

    return changed


def connect() -> None:
    page_published.connect(_page_changed, dispatch_uid="pagecache_published")
    page_unpublished.connect(_page_changed, dispatch_uid="pagecache_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="pagecache_moved")
    pre_delete.connect(_page_deleted, dispatch_uid="pagecache_deleted")
    for model in [Site, *(model for model in apps.get_models() if issubclass(model, BaseSiteSetting))]:
        post_save.connect(_site_changed, sender=model, dispatch_uid=f"pagecache_site_{model._meta.label}")
    for model, pages_of in [(PageViewRestriction, _restricted_pages), *registry.watched()]:
        watcher = _watcher(pages_of)
        for name, signal in (("saved", post_save), ("deleted", post_delete)):
            signal.connect(watcher, sender=model, weak=False, dispatch_uid=f"pagecache_{name}_{model._meta.label}")
