"""Finding the page an address names in two queries whatever its depth, instead of Wagtail's two per level
(the child by its slug, then its specific object): one query reads every page on the way by its slug and
URL path, one the page itself. Wagtail's walk still answers whenever a page on the way routes on its own
(``RoutablePageMixin``, ``HomePage``) or the tree's URL paths disagree with its slugs.

On a warm cache no query: the page found for an address is kept as a fragment value (``core.fragments``: per
Site, language and generation, so a publish, move or privacy change finds it anew). Its view restrictions are
not kept with it: Wagtail reads them on every request, so a privacy change whose renewal of the cache was lost
(Redis down a moment) still closes the page at once."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page

from .fragments import cached_value


def routes_like_a_page(page: Page) -> bool:
    """True when the page's type keeps Wagtail's own ``route`` (a child by its slug, else itself)."""
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()  # cached by Django
    return model is not None and model.route is Page.route


def route_down(start, request, path_components):
    """Wagtail's ``RouteResult`` for ``path_components`` below ``start``; Http404 when no page is there;
    None to let Wagtail walk the tree."""
    if not path_components:
        return None
    target = cached_value(request, "route", lambda: _find(start, path_components), start.pk, *path_components)
    return None if target is None else target.route(request, [])


def _find(start, path_components):
    """The specific page below ``start`` (its parent with it), or None."""
    prefixes = [start.url_path + "/".join(path_components[: n + 1]) + "/" for n in range(len(path_components))]
    chain = list(
        Page.objects.filter(slug__in=set(path_components), url_path__in=prefixes, path__startswith=start.path)
        .exclude(pk=start.pk)
        .order_by("depth")
    )
    if [page.url_path for page in chain] != prefixes[: len(chain)]:
        return None
    if not all(routes_like_a_page(page) for page in chain[: len(prefixes) - 1]):
        return None
    if len(chain) < len(prefixes):  # a plain page has no such child: Wagtail would answer 404 too
        raise Http404
    target = chain[-1].specific
    target._cached_parent_obj = chain[-2] if len(chain) > 1 else start
    return target
