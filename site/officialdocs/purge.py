"""A register entry shows on its Site's register and on the plans and reports that cite or mention it
(``pagecache.registry``)."""

from wagtail.models import Site

from pagecache import registry

from .models import LegalDocument, LegalRegisterPage, PlanPage, ReportPage


def _pages_showing(document) -> list:
    site = Site.objects.filter(pk=document.site_id).select_related("root_page").first()
    if site is None:
        return []
    return [
        page
        for model in (LegalRegisterPage, PlanPage, ReportPage)
        for page in model.objects.live().descendant_of(site.root_page)
    ]


registry.watch(LegalDocument, _pages_showing)
