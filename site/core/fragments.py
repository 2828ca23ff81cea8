"""Fragments every page repeats (menu, footer, sidebars, related articles, a page's body), cached per Site,
language and theme, never stale.

Each Site has a generation in the cache, and so does the whole install; both are part of every fragment's
key. Publishing, unpublishing, moving or deleting a page of a Site, changing its privacy, its settings or a
snippet shown in fragments gives the Site a new generation (``bump_site``): its old fragments are never read
again and expire on their own. A generation is a fresh unique value, never a counter, so a generation the
cache has evicted cannot come back with an old value. It is bumped at once and again when the transaction
commits: a request that read the new generation before the commit cannot keep what it built from old rows.

Nothing is cached without a request, in previews (Wagtail's ``request.is_preview``: drafts, moderation) or
outside a Site. Put only what every reader of the Site sees inside a fragment.
"""

import hashlib
import secrets
import time
from functools import lru_cache
from pathlib import Path

import django
import wagtail
from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation
from django.utils.safestring import mark_safe
from taggit.models import Tag
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.contrib.settings.registry import registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .themes import current_theme
from .trees import HOME_DEPTH

EVERY_SITE = "*"
DRAFT_FIELDS = {  # a save touching only these changes no live page
    "draft_title",
    "has_unpublished_changes",
    "latest_revision",
    "latest_revision_created_at",
    "locked",
    "locked_at",
    "locked_by",
}


def _generation_key(site_id) -> str:
    return f"khfrag:gen:{site_id}"


def _new_generation() -> str:
    return f"{time.time_ns():x}{secrets.token_hex(3)}"


# -- reading ------------------------------------------------------------------


@lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of the project's templates and code, part of every key: a deploy that changes how a page is
    built never serves fragments built by the old code (Redis outlives the workers)."""
    digest = hashlib.md5(f"{django.__version__} {wagtail.__version__}".encode(), usedforsecurity=False)
    folders = [Path(settings.THEMES_DIR)] + [
        Path(app.path) for app in apps.get_app_configs() if "site-packages" not in app.path
    ]
    for folder in sorted(set(folders)):
        for path in sorted(folder.rglob("*")):
            if path.suffix in {".py", ".html"} and "migrations" not in path.parts:
                digest.update(str(path.relative_to(folder)).encode() + path.read_bytes())
    return digest.hexdigest()[:12]


def _site_of(request) -> Site | None:
    if request is None or getattr(request, "is_preview", False) or settings.KHUYENHOC_FRAGMENT_SECONDS <= 0:
        return None
    return Site.find_for_request(request)


def generations(request, *site_ids) -> list[str] | None:
    """The generations of ``site_ids`` (``EVERY_SITE`` for the install's), read once per request; None when
    the cache does not answer."""
    known = request.__dict__.setdefault("_fragment_generations", {})
    keys = {_generation_key(site_id): site_id for site_id in site_ids if site_id not in known}
    if keys:
        found = cache.get_many(list(keys))
        missing = [key for key in keys if key not in found]
        for key in missing:
            cache.add(key, _new_generation(), None)  # add: another worker's value, if it was first, stays
        if missing:
            found.update(cache.get_many(missing))
        known.update({site_id: found.get(key) for key, site_id in keys.items()})
    values = [known[site_id] for site_id in site_ids]
    return None if None in values else values


def caches(request) -> bool:
    """True when this request's fragments are kept: a Site, no preview, a cache that answers."""
    site = _site_of(request)
    return site is not None and generations(request, EVERY_SITE, site.pk) is not None


def vary_part(value) -> str:
    """How a vary value counts in a key: a page by its id and last publication, a model object by its id."""
    if isinstance(value, Page):
        return f"page:{value.pk}@{value.last_published_at.isoformat() if value.last_published_at else ''}"
    if isinstance(value, models.Model):
        return f"{value._meta.label_lower}:{value.pk}"
    return str(value)


def _key(site_id, generation: list[str], tail: str) -> str:
    return f"khfrag:{code_version()}:{site_id}:{'.'.join(generation)}:{tail}"


def _parts(request, name: str, vary) -> tuple | None:
    """(Site id, generations, the key's part after them) of fragment ``name``, or None: not cached."""
    site = _site_of(request)
    generation = generations(request, EVERY_SITE, site.pk) if site is not None else None
    if generation is None:
        return None
    varying = hashlib.md5("\x1f".join(vary_part(value) for value in vary).encode(), usedforsecurity=False)
    language = translation.get_language() or settings.LANGUAGE_CODE
    return site.pk, generation, f"{language}:{current_theme()}:{name}:{varying.hexdigest()}"


def fragment_key(request, name: str, *vary) -> str | None:
    """The cache key of fragment ``name`` for this request, or None when it must not be cached."""
    parts = _parts(request, name, vary)
    return None if parts is None else _key(*parts)


def cached_value(request, name: str, compute, *vary):
    """``compute()``, kept per Site, generation, language, theme and ``vary`` (any picklable value)."""
    parts = _parts(request, name, vary)
    if parts is None:
        return compute()
    key = _key(*parts)
    request.__dict__.setdefault("_fragments_used", []).append((parts[0], parts[2], bool(vary)))
    wanted, found = request.__dict__.get("_fragments_read", ((), {}))
    value = found.get(key) if key in wanted else cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, settings.KHUYENHOC_FRAGMENT_SECONDS)
        found[key] = value
    return value


# -- reading ahead: one round trip for what a page reads ----------------------------------------

RECENT_ADDRESSES = 1000  # per process
# (scheme, host, language, full path or None) -> (Site id, key tails): what the address read when this process
# last served it; None for the path: the fragments without vary values (footer, settings) of the Site's last page
_recent: dict[tuple, tuple] = {}


def _addresses(request) -> tuple[tuple, tuple]:
    site = (request.scheme, request._get_raw_host(), translation.get_language())
    return (*site, request.get_full_path()), (*site, None)


def recent_site(request):
    """The Site id this address had when this process last served it, or None."""
    return next((found[0] for found in map(_recent.get, _addresses(request)) if found), None)


def read_ahead(request, *keys) -> list:
    """The values of ``keys``, read in one round trip with the fragments this address read when this process
    last served it, rebuilt under the current generations (known already: read with the Site's, see
    ``core.site_cache``); ``cached_value`` takes those from the request. A key is exact (Site, generation,
    language, theme, vary values): a value read ahead is what ``cache.get`` would give a moment later."""
    addresses = request._fragment_addresses = _addresses(request)
    known = request.__dict__.get("_fragment_generations", {})
    wanted = list(keys)
    for site_id, tails in filter(None, map(_recent.get, addresses)):
        generation = [known.get(EVERY_SITE), known.get(site_id)]
        if None not in generation:
            wanted += [_key(site_id, generation, tail) for tail in tails]
    found = cache.get_many(wanted)
    request._fragments_read = (set(wanted), found)
    return [found.get(key) for key in keys]


def remember(request) -> None:
    """After the response: what this request read, for the next request of the same address."""
    used, addresses = request.__dict__.get("_fragments_used"), request.__dict__.get("_fragment_addresses")
    if not used or addresses is None or len({site_id for site_id, _tail, _varies in used}) != 1:
        return
    site_id = used[0][0]
    every = tuple(dict.fromkeys(tail for _site, tail, _varies in used))
    common = tuple(dict.fromkeys(tail for _site, tail, varies in used if not varies))
    for address, tails in zip(addresses, (every, common), strict=True):
        if _recent.get(address) != (site_id, tails):
            if len(_recent) >= RECENT_ADDRESSES:
                _recent.pop(next(iter(_recent)), None)
            _recent[address] = (site_id, tails)


def cached_fragment(request, name: str, render, *vary) -> str:
    """The HTML ``render()`` gives, kept like ``cached_value``."""
    return mark_safe(cached_value(request, name, lambda: str(render()), *vary))


# -- invalidating ---------------------------------------------------------------


def _bump(site_id) -> None:
    key = _generation_key(site_id)

    def bump():
        cache.set(key, _new_generation(), None)

    bump()
    transaction.on_commit(bump)


def bump_site(site) -> None:
    """Every fragment of ``site`` (a Site or its id) is built anew."""
    _bump(site.pk if isinstance(site, Site) else site)


def bump_all() -> None:
    _bump(EVERY_SITE)


def _bump_sites(site_ids) -> None:
    if not site_ids:
        bump_all()
    for site_id in site_ids:
        bump_site(site_id)


def bump_pages(pages) -> None:
    """The Sites holding ``pages`` are built anew, for writes that send no signals (bulk imports);
    every Site when there are none, or one of them lies outside every Site."""
    found = [site_ids_of(page) for page in pages]
    if not found or not all(found):
        bump_all()
    for site_id in set().union(*found):
        bump_site(site_id)


def site_ids_of(page) -> set:
    """The Sites whose tree (in any language) holds ``page``, found from its path: works for a page
    being deleted, and for one just moved out of a Site."""
    url_path = page.url_path or ""
    return {root.site_id for root in Site.get_site_root_paths() if url_path.startswith(root.root_path)}


def invalidate_on(model, site_of=None) -> None:
    """A saved, deleted or re-linked ``model`` (a snippet, a setting) bumps ``site_of(instance)``:
    a Site, a Site id, or None for every Site."""

    def changed(sender, instance, **kwargs):
        # m2m_changed from the other side of the relation sends that side's object
        site = site_of(instance) if site_of is not None and isinstance(instance, model) else None
        if site is None:
            bump_all()
        else:
            bump_site(site)

    uid = f"fragments:{model._meta.label_lower}"
    post_save.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}:save")
    post_delete.connect(changed, sender=model, weak=False, dispatch_uid=f"{uid}:delete")
    for field in model._meta.many_to_many:
        through = getattr(model, field.name).through
        m2m_changed.connect(changed, sender=through, weak=False, dispatch_uid=f"{uid}:{field.name}")


def _page_changed(sender, instance, **kwargs):
    if instance.depth <= HOME_DEPTH:  # a Site's home page: the Site's cached lookup holds it (core.site_cache)
        bump_all()
    _bump_sites(site_ids_of(instance))


def _page_saved(sender, instance, update_fields=None, **kwargs):
    if isinstance(instance, Page) and instance.live and not (update_fields and set(update_fields) <= DRAFT_FIELDS):
        _page_changed(sender, instance)


def _page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        _page_changed(sender, instance)


def _page_moved(sender, instance, parent_page_before=None, url_path_before=None, **kwargs):
    before = {root.site_id for root in Site.get_site_root_paths() if (url_path_before or "").startswith(root.root_path)}
    if instance.depth <= HOME_DEPTH or (parent_page_before is not None and parent_page_before.depth < HOME_DEPTH):
        bump_all()
    _bump_sites(site_ids_of(instance) | before)


def connect() -> None:
    """Wire the invalidations that concern every Site (``CoreConfig.ready``)."""
    page_published.connect(_page_changed, dispatch_uid="fragments:published")
    page_unpublished.connect(_page_changed, dispatch_uid="fragments:unpublished")
    post_page_move.connect(_page_moved, dispatch_uid="fragments:moved")
    post_save.connect(_page_saved, dispatch_uid="fragments:page_saved")
    post_delete.connect(_page_deleted, dispatch_uid="fragments:page_deleted")
    invalidate_on(PageViewRestriction, site_of=lambda restriction: _one_site(restriction.page))
    for model in registry:
        if issubclass(model, BaseSiteSetting):
            invalidate_on(model, site_of=lambda setting: setting.site_id)
        elif issubclass(model, BaseGenericSetting):
            invalidate_on(model)
    for model in (Site, Locale, Tag, CollectionViewRestriction, get_image_model(), get_document_model()):
        invalidate_on(model)


def _one_site(page):
    """The Site of ``page`` when there is exactly one, else None (every Site)."""
    ids = site_ids_of(page)
    return next(iter(ids)) if len(ids) == 1 else None
