"""Template helpers for Vietnamese readers: dates, numbers, money, breadcrumbs."""

from datetime import date, datetime

from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def so(value) -> str:
    """1234567 → "1.234.567" (Vietnamese thousands separator)."""
    if value in (None, ""):
        return ""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return str(value)
    return f"{number:,}".replace(",", ".")


@register.filter
def dong(value) -> str:
    """1234567 → "1.234.567 đồng"."""
    return f"{so(value)} đồng" if value not in (None, "") else ""


@register.filter
def ty_le(value) -> str:
    """Decimal("73.3") → "73,3%"."""
    if value is None:
        return "–"
    return f"{value}".replace(".", ",") + "%"


@register.filter
def ngay(value) -> str:
    """A date as dd/mm/yyyy."""
    if not value:
        return ""
    if isinstance(value, datetime):
        value = timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    return f"{value.day:02d}/{value.month:02d}/{value.year}"


@register.filter
def ngay_van_ban(value: date | None) -> str:
    """The administrative form of Nghị định 30/2020: "ngày 05 tháng 02 năm 2025".

    Days below 10 and the months 1 and 2 take a leading zero; other months do not.
    """
    if not value:
        return ""
    month = f"{value.month:02d}" if value.month <= 2 else str(value.month)
    return f"ngày {value.day:02d} tháng {month} năm {value.year}"


@register.simple_tag
def breadcrumbs(page):
    """Ancestors of ``page`` below the tree root, from the Site's home page down."""
    return list(page.get_ancestors().filter(depth__gt=1).live())


@register.simple_tag(takes_context=True)
def site_home(context):
    """The Site's home page in the reader's language (Vietnamese when not translated)."""
    from wagtail.models import Site

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    return site.root_page.localized.specific if site else None


@register.simple_tag(takes_context=True)
def menu_items(context):
    """(page, is_current_section) for the Site's menu, each page in the reader's language if translated."""
    from wagtail.models import Site

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    current = context.get("page")
    current_path = current.path if current is not None else ""
    items = []
    for item in site.root_page.get_children().live().public().in_menu():
        localized = item.localized
        is_current = bool(current_path) and current_path.startswith((item.path, localized.path))
        items.append((localized, is_current))
    return items


@register.simple_tag(takes_context=True)
def language_links(context):
    """The language switcher's entries for the current page or view."""
    from core.languages import language_links as links

    request = context.get("request")
    return links(request, context.get("page")) if request else []


@register.simple_tag(takes_context=True)
def hreflang_alternates(context):
    from core.languages import alternates

    request, page = context.get("request"), context.get("page")
    return alternates(request, page) if request and page is not None else []


@register.simple_tag
def interface_language():
    """For <html lang>: the language menus and buttons are written in (Vietnamese for Thái and Mông)."""
    from django.utils import translation

    from core.languages import interface_language as language_of_interface

    return language_of_interface(translation.get_language())


@register.simple_tag(takes_context=True)
def shown_in_fallback(context) -> bool:
    """True when the page is shown in Vietnamese because it has no translation in the reader's language."""
    from django.utils import translation

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
