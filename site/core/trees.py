"""Where a Site's pages are: each locale has its own tree, rooted at a translation of the
Site's home page. One place for that, used by the sitemap, the API, the admin's scoping and
the page forms."""

from django.db.models import Q
from wagtail.models import Page


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
