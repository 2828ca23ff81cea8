"""Publishing, unpublishing, moving or deleting content updates its search entries, and so does
restricting who may view a page (password, login, groups) or lifting the restriction. Snippets
and facet values are those of the registry, looked up when the signal comes: a type registered
at any time is followed."""

from django.db.models.signals import post_delete, post_save
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from . import choices, sync
from .models import SearchEntry
from .registry import registry


def _page_published(sender, instance, **kwargs):
    sync.index_page(instance)


def _page_unpublished(sender, instance, **kwargs):
    sync.unindex(instance)


def _page_moved(sender, instance, **kwargs):
    for page in instance.get_descendants(inclusive=True).live().specific():
        sync.index_page(page)


def _restriction_saved(sender, instance, **kwargs):
    """A private page and everything under it leaves the index at once."""
    sync.unindex_subtree(instance.page)


def _restriction_deleted(sender, instance, origin=None, **kwargs):
    """The subtree comes back, unless another restriction still covers it. When the page itself
    is being deleted (the restriction goes with it), there is nothing to bring back."""
    if not _deleted_on_its_own(origin):
        return
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        sync.reindex_subtree(page)


def _deleted_on_its_own(origin) -> bool:
    """Whether a delete() began on restrictions (an instance or a queryset), not on their page."""
    return isinstance(origin, PageViewRestriction) or getattr(origin, "model", None) is PageViewRestriction


def _saved(sender, instance, **kwargs):
    if registry.snippet_type(sender):
        sync.index_object(instance)
    if registry.facets_of(sender) or sender is SearchPromotion:  # a value renamed, a promotion added
        choices.bump()


def _deleted(sender, instance, **kwargs):
    """A page or a snippet leaves the index; entries whose facet value it was lose that value."""
    if isinstance(instance, Page) or registry.snippet_type(sender):
        sync.unindex(instance)
    for facet in registry.facets_of(sender):
        SearchEntry.objects.filter(**{facet.name: instance.pk}).update(**{facet.name: None})
    if registry.facets_of(sender) or sender is SearchPromotion:
        choices.bump()


def connect() -> None:
    page_published.connect(_page_published, dispatch_uid="sitesearch_published")
    page_unpublished.connect(_page_unpublished, dispatch_uid="sitesearch_unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="sitesearch_moved")
    page_slug_changed.connect(_page_moved, dispatch_uid="sitesearch_slug_changed")
    post_save.connect(_restriction_saved, sender=PageViewRestriction, dispatch_uid="sitesearch_restricted")
    post_delete.connect(_restriction_deleted, sender=PageViewRestriction, dispatch_uid="sitesearch_unrestricted")
    post_save.connect(_saved, dispatch_uid="sitesearch_saved")
    post_delete.connect(_deleted, dispatch_uid="sitesearch_deleted")
