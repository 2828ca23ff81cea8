"""sitemap.xml listing every language of a Site, with hreflang alternates."""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .trees import under_sites


class AllLocalesSitemap(Sitemap):
    """Wagtail's sitemap covers one language tree; this one covers them all.

    Aliases (the copies wagtail-localize makes of untranslated parents) are left
    out: they repeat the Vietnamese content.
    """

    def items(self):
        site = self.get_wagtail_site()
        return (
            Page.objects.filter(under_sites([site]))
            .live()
            .public()
            .filter(alias_of__isnull=True)
            .order_by("path")
            .select_related("locale")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        for item in pages:
            translations[item.translation_key].append(item)
        urls = []
        for item in pages:
            info = {
                "item": item,
                "location": item.get_full_url(self.request),
                "lastmod": item.last_published_at or item.latest_revision_created_at,
            }
            versions = translations[item.translation_key]
            if len(versions) > 1:
                info["alternates"] = [
                    {"lang_code": version.locale.language_code, "location": version.get_full_url(self.request)}
                    for version in versions
                ]
            urls.append(info)
        last_mods = [url["lastmod"] for url in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls
