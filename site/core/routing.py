"""Finding the page an address names in two queries whatever its depth, instead of Wagtail's two per level
(the child by its slug, then its specific object): one query reads every page on the way by its slug and
URL path, one the page itself. Wagtail's walk still answers whenever a page on the way routes on its own
(``RoutablePageMixin``, ``HomePage``) or the tree's URL paths disagree with its slugs.

On a warm cache no query at all: the page found for an address is kept as a fragment value (``core.fragments``:
per Site, language and generation, so a publish, move or privacy change finds it anew), with the view
restrictions that apply to it."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page, PageViewRestriction

from .fragments import cached_value

KEPT_RESTRICTIONS = "_kept_view_restrictions"  # read by BasePage.get_view_restrictions


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
    """The specific page below ``start`` (its parent and view restrictions with it), or None."""
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
    return keep_view_restrictions(target)


def keep_view_restrictions(page):
    """``page`` with the view restrictions Wagtail would find for it, read now and kept with it. Not when an
    alias is on the way: its restrictions are its source page's, perhaps in another Site, whose changes
    renew only that Site's fragments."""
    ancestors = list(page.get_ancestors().only("alias_of"))
    if page.alias_of_id is None and all(ancestor.alias_of_id is None for ancestor in ancestors):
        restrictions = PageViewRestriction.objects.filter(page_id__in=[page.pk, *(a.pk for a in ancestors)])
        restrictions._fetch_all()  # an evaluated queryset: pickled with its rows, read without a query
        setattr(page, KEPT_RESTRICTIONS, restrictions)
    return page
