"""Finding the page an address names in two queries whatever its depth, instead of Wagtail's two per level
(the child by its slug, then its specific object): one query reads every page on the way by its slug and
URL path, one the page itself. Wagtail's walk still answers whenever a page on the way routes on its own
(``RoutablePageMixin``, ``HomePage``) or the tree's URL paths disagree with its slugs."""

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from wagtail.models import Page


def routes_like_a_page(page: Page) -> bool:
    """True when the page's type keeps Wagtail's own ``route`` (a child by its slug, else itself)."""
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()  # cached by Django
    return model is not None and model.route is Page.route


def route_down(start, request, path_components):
    """Wagtail's ``RouteResult`` for ``path_components`` below ``start``; Http404 when no page is there;
    None to let Wagtail walk the tree."""
    if not path_components:
        return None
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
    return target.route(request, [])
