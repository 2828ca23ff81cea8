"""Where a Site's pages are: each locale has its own tree, rooted at a translation of the
Site's home page right under Wagtail's root, and the chapters nest below it. One place for
that, used by the sitemap, the API, the admin's scoping, the page forms and the content types.

The chapter page type is the chapters app's: it declares itself with ``@chapter_page`` and the
core asks ``chapter_model()``, never importing it.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import Q
from wagtail.models import Page

HOME_DEPTH = 2  # a Site's home page (one per language) sits right under Wagtail's root

_declared: dict[str, type] = {}


def chapter_page(model: type) -> type:
    """Class decorator: the page type of the chapters (one), which every other page may belong to."""
    _declared["chapter"] = model
    return model


def chapter_model() -> type | None:
    """The chapter page type, or None without the chapters app."""
    return _declared.get("chapter")


_chapters_by_path: ContextVar[dict | None] = ContextVar("chapters_by_path", default=None)


@contextmanager
def chapters_read_once():
    """Within it, ``chapter_of`` answers from one read of every chapter (for bulk work over many
    pages, such as rebuilding the search index), not a query per page."""
    model = chapter_model()
    token = _chapters_by_path.set({c.path: c for c in model.objects.all()} if model else {})
    try:
        yield
    finally:
        _chapters_by_path.reset(token)


def chapter_of(page):
    """The nearest chapter above ``page`` (itself included), or None."""
    known = _chapters_by_path.get()
    if known is not None:
        ancestors = (page.path[:end] for end in range(len(page.path), 0, -Page.steplen))
        return next((known[path] for path in ancestors if path in known), None)
    model = chapter_model()
    return model.objects.ancestor_of(page).order_by("-depth").first() if model else None


def home_of(page):
    """The home page (of the Site and language) ``page`` lives under, or None."""
    if page.depth == HOME_DEPTH:
        return page
    return page.get_ancestors().filter(depth=HOME_DEPTH).first()


def root_paths(sites) -> list[str]:
    """Tree paths of the Sites' home pages in every locale."""
    keys = Page.objects.filter(sites_rooted_here__in=sites).values("translation_key")
    return list(Page.objects.filter(translation_key__in=keys).values_list("path", flat=True))


def under_sites(sites) -> Q:
    """Pages inside the Sites' trees, in every locale."""
    condition = Q(pk__in=[])
    for path in root_paths(sites):
        condition |= Q(path__startswith=path)
    return condition
