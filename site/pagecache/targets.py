"""Every address that shows a page, on every host nginx may have cached it under: what a change purges.

nginx keys its cache on ``$host$request_uri`` (deploy/nginx/khuyenhoc-http.conf), so an address is a
host and a path; Wagtail's HTTP backend sends the path to nginx's purge listener with that Host.
"""

from functools import cache

from django.conf import settings
from django.urls import NoReverseMatch
from django.utils import translation
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.models import Locale, Page, Site

from core.models import SiteIdentity

from . import registry


def site_languages(site: Site) -> list[str]:
    """The Site's languages, Vietnamese (unprefixed) first."""
    chosen = set(SiteIdentity.for_site(site).languages.values_list("language_code", flat=True))
    return [code for code, _name in settings.LANGUAGES if code == settings.LANGUAGE_CODE or code in chosen]


def hosts(site: Site) -> list[str]:
    """The Site's hostname and, for the default Site, each fixed name of ALLOWED_HOSTS that is no
    other Site's (``localhost`` beside ``127.0.0.1``): every Host a reader can reach it by.
    A wildcard (``.localhost``) cannot be listed: a page read under such a name waits for its expiry."""
    names = [site.hostname]
    if site.is_default_site:
        others = set(Site.objects.exclude(pk=site.pk).values_list("hostname", flat=True))
        names += [
            name
            for name in settings.ALLOWED_HOSTS
            if name != "*" and not name.startswith(".") and name not in others and name not in names
        ]
    return names


@cache
def _routes(page_class) -> frozenset[str]:
    """A routable page's sub-paths that take no argument (``ical/``, ``so-quy/``, ``ban-in/``)."""
    resolver = page_class.get_resolver()
    found = set()
    for route in page_class.get_subpage_urls():
        try:
            found.add(resolver.reverse(route.name).lstrip("/"))
        except NoReverseMatch:
            continue
    return frozenset(found)


def _subpaths(page: Page) -> set[str]:
    found = {path.lstrip("/") for path in page.specific_deferred.get_cached_paths()}
    page_class = page.specific_class
    if page_class is not None and issubclass(page_class, RoutablePageMixin):
        found |= _routes(page_class)
    return found


def _with_prefixes(paths: set[str], vietnamese: bool, languages: list[str]) -> set[str]:
    """A Vietnamese page is also shown under every other language's prefix to readers of a
    language it has no translation in (``HomePage.route``)."""
    if not vietnamese:
        return paths
    return paths | {f"/{code}{path}" for path in paths for code in languages if code != settings.LANGUAGE_CODE}


def page_paths(page: Page, languages: list[str], default_locale: Locale) -> set[str]:
    """The page's own address, its sub-paths, and the same under the other prefixes."""
    parts = page.get_url_parts()
    if parts is None:
        return set()
    paths = {parts[2] + sub for sub in _subpaths(page)}
    return _with_prefixes(paths, page.locale_id == default_locale.pk, languages)


def _addresses(site: Site, paths: set[str]) -> set[str]:
    return {f"http://{host}{path}" for host in hosts(site) for path in paths}


def _per_language(site: Site, languages: list[str], function) -> set[str]:
    found = set()
    for code in languages:
        with translation.override(code):
            found.update(function())
    return found


def for_pages(pages) -> set[str]:
    """What a change to ``pages`` purges: each page with its ancestors up to its Site's home (the
    section listings), the pages registered as showing it, all of them in every language; the
    paths registered as showing it (feeds); and the Site's listings of everything (sitemap, API)."""
    found = set()
    by_site: dict[int, tuple[Site, list[Page]]] = {}
    for page in pages:
        site = page.get_site()
        if site is not None:
            by_site.setdefault(site.pk, (site, []))[1].append(page)
    for site, changed in by_site.values():
        languages = site_languages(site)
        shown = []
        for page in changed:
            shown += [page, *page.get_ancestors().filter(depth__gte=site.root_page.depth), *registry.pages_for(page)]
        keys = {page.translation_key for page in shown}
        paths = set(settings.KHUYENHOC_PURGE_ALWAYS)
        default_locale = Locale.get_default()
        for version in Page.objects.filter(translation_key__in=keys):
            paths |= page_paths(version, languages, default_locale)
        for page in changed:
            paths |= _per_language(site, languages, lambda page=page, site=site: registry.paths_for(page, site))
        found |= _addresses(site, paths)
    return found


def for_site(site: Site) -> set[str]:
    """Everything a Site shows (a setting changed: its name, logo, theme or languages are on every
    page). ngx_cache_purge 2.3, Debian's, purges no wildcard, so the addresses are listed."""
    languages = site_languages(site)
    paths = set(settings.KHUYENHOC_PURGE_ALWAYS)
    default_locale = Locale.get_default()
    for root in Page.objects.filter(translation_key=site.root_page.translation_key):
        for page in Page.objects.live().descendant_of(root, inclusive=True):
            paths |= page_paths(page, languages, default_locale)
    paths |= _per_language(site, languages, lambda: registry.paths_of_site(site))
    return _addresses(site, paths)


def moved(page: Page, url_path_before: str, url_path_after: str) -> set[str]:
    """The former addresses of a moved page and of everything under it."""
    site = page.get_site()
    if site is None or url_path_before == url_path_after:
        return set()
    root = page.get_ancestors(inclusive=True).filter(depth=site.root_page.depth).first()
    vietnamese = page.locale_id == Locale.get_default().pk
    prefix = "" if vietnamese else f"/{page.locale.language_code}"
    paths = set()
    for moved_page in page.get_descendants(inclusive=True).only("url_path"):
        before = url_path_before + moved_page.url_path[len(url_path_after) :]
        paths.add(prefix + before[len(root.url_path) - 1 :])
    return _addresses(site, _with_prefixes(paths, vietnamese, site_languages(site)))
