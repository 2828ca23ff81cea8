"""What else shows a page, declared by the app that shows it.

The purge (``pagecache.targets``) knows the tree: a changed page, its translations, its
ancestors (section listings, the home page) and Wagtail's sub-paths. What it cannot see, the apps
register from their own ``purge.py`` (imported at start-up by ``PagecacheConfig.ready``):

- ``pages_showing``: a function(page) giving other pages that list or quote it (the news index
  listing a chapter's news); each is purged in every language, like the page itself;
- ``paths_showing``: a function(page, site) giving paths that are not pages (feeds), called once
  per language of the Site with that language active, so ``reverse()`` gives its prefix;
- ``site_paths``: a function(site) giving every such path of a Site, for a Site-wide purge
  (a setting changed), called the same way;
- ``watch``: a model that is not a page (an honour record, a view restriction) and a
  function(instance) giving the pages that show it, purged when one is saved or deleted.

Every function must be cheap and must not fail on a page or instance of a type it does not know.
"""

from collections.abc import Callable, Iterable

_pages_showing: list[Callable] = []
_paths_showing: list[Callable] = []
_site_paths: list[Callable] = []
_watched: list[tuple[type, Callable]] = []


def pages_showing(function: Callable[..., Iterable]) -> Callable:
    _pages_showing.append(function)
    return function


def paths_showing(function: Callable[..., Iterable[str]]) -> Callable:
    _paths_showing.append(function)
    return function


def site_paths(function: Callable[..., Iterable[str]]) -> Callable:
    _site_paths.append(function)
    return function


def watch(model: type, pages: Callable[..., Iterable]) -> None:
    _watched.append((model, pages))


def pages_for(page) -> list:
    return [shown for function in _pages_showing for shown in function(page)]


def paths_for(page, site) -> list[str]:
    return [path for function in _paths_showing for path in function(page, site)]


def paths_of_site(site) -> list[str]:
    return [path for function in _site_paths for path in function(site)]


def watched() -> list[tuple[type, Callable]]:
    return list(_watched)
