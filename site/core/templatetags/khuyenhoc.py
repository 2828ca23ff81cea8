"""Template helpers for Vietnamese readers: dates, numbers, money (``core.formatting``), breadcrumbs."""

from django import template
from django.utils import translation
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe
from wagtail.models import Site
from wagtail.templatetags.wagtailcore_tags import richtext

from core.formatting import dong, ngay, ngay_van_ban, so, ty_le
from core.fragments import cached_value
from core.languages import alternates
from core.languages import interface_language as language_of_interface
from core.languages import language_links as links
from core.mentions import link_mentions

register = template.Library()

for _filter in (so, dong, ty_le, ngay, ngay_van_ban):  # re-exported: the filters are core.formatting's
    register.filter(_filter)


@register.simple_tag
def breadcrumbs(page):
    """Ancestors of ``page`` below the tree root, from the Site's home page down."""
    return list(page.get_ancestors().filter(depth__gt=1).live())


@register.simple_tag(takes_context=True)
def site_home(context):
    """The Site's home page in the reader's language (Vietnamese when not translated), read only when a
    template uses it (the header is usually a cached fragment)."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return SimpleLazyObject(lambda: site.root_page.localized.specific) if site else None


@register.simple_tag(takes_context=True)
def menu_items(context):
    """(page, is_current_section) for the Site's menu, each page in the reader's language if translated."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    current = context.get("page")
    current_path = current.path if current is not None else ""

    def menu():  # read once per Site, language and generation: views without a page render the header
        return [(item.path, item.localized) for item in site.root_page.get_children().live().public().in_menu()]

    return [
        (localized, bool(current_path) and current_path.startswith((path, localized.path)))
        for path, localized in cached_value(request, "menu", menu)
    ]


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher's entries for the current page or view."""
    request = context.get("request")
    return links(request, context.get("page")) if request else []


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    request, page = context.get("request"), context.get("page")
    return alternates(request, page) if request and page is not None else []


@register.simple_tag
def interface_language():
    """For <html lang>: the language menus and buttons are written in (Vietnamese for Thái and Mông)."""
    return language_of_interface(translation.get_language())


@register.simple_tag(takes_context=True)
def shown_in_fallback(context) -> bool:
    """True when the page is shown in Vietnamese because it has no translation in the reader's language."""
    page = context.get("page")
    return page is not None and page.locale.language_code != translation.get_language()


@register.simple_tag(takes_context=True)
def query_with(context, name, value):
    """The current query string with one parameter set and the page reset (facet links)."""
    query = context["request"].GET.copy()
    query[name] = value
    query.pop("page", None)
    return "?" + query.urlencode()


OG_LOCALES = {"vi": "vi_VN", "en": "en_GB"}


@register.filter
def og_locale(language_code: str) -> str:
    """OpenGraph wants language_TERRITORY: "vi" → "vi_VN"; Thái and Mông are spoken in Vietnam too."""
    return OG_LOCALES.get(language_code, f"{language_code}_VN")


@register.simple_tag
def social_image(page):
    """The picture a shared link shows: the page's lead image or cover, if any."""
    specific = page.specific
    for attribute in ("lead_image", "cover_image"):
        picture = getattr(specific, attribute, None)
        if picture is not None:
            return picture
    return None


@register.simple_tag(takes_context=True)
def richtext_linked(context, value):
    """Rich text with the official documents it names linked to them on the reader's Site (``core.mentions``)."""
    request = context.get("request")
    if request is None:
        return richtext(value)
    known = request.__dict__.setdefault("_mentioned_documents", {})  # one look-up per symbol and request
    html = link_mentions(str(richtext(value)), Site.find_for_request(request), known)
    return mark_safe(html)  # only escaped links are added to Wagtail's HTML
