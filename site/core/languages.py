"""Which languages a Site offers, and where a reader lands when switching language.

Vietnamese is unprefixed; other languages live under /en/, /blt/, /hmn/. A page
without a translation is shown in Vietnamese under the reader's prefix (see
``HomePage.route``), so every switcher link leads somewhere.
"""

from django.conf import settings
from django.http import Http404
from django.urls import translate_url
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import get_language_info
from wagtail.models import Site

from .fragments import cached_value
from .models import SiteIdentity


def interface_language(code: str) -> str:
    """The language the interface is actually written in for readers of ``code``."""
    return settings.LANGUAGE_CODE if code in settings.KHUYENHOC_VIETNAMESE_INTERFACE else code


def site_language_codes(request) -> list[str]:
    """The language codes the request's Site offers, Vietnamese first."""
    all_codes = [code for code, _name in settings.LANGUAGES]
    site = Site.find_for_request(request)
    if site is None:
        return all_codes
    cached = getattr(request, "_site_language_codes", None)
    if cached is None:
        cached = cached_value(request, "site-languages", lambda: _offered(request, all_codes))
        request._site_language_codes = cached
    return cached


def _offered(request, all_codes: list[str]) -> list[str]:
    chosen = set(SiteIdentity.for_request(request).languages.values_list("language_code", flat=True))
    return [code for code in all_codes if code == settings.LANGUAGE_CODE or code in chosen]


class SiteLanguageMiddleware:
    """A language the Site does not offer is a 404 (Sóc Trăng has no Thái pages)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        prefix = translation.get_language_from_path(request.path_info)
        if prefix and prefix != settings.LANGUAGE_CODE and prefix not in site_language_codes(request):
            raise Http404
        return self.get_response(request)


def live_translations(page) -> dict:
    """{language code: live page} for ``page`` and its translations, read once per page object.

    Translations under a view restriction are left out: the switcher and hreflang must not
    advertise a private page."""
    cached = getattr(page, "_live_translations", None)
    if cached is None:
        versions = page.get_translations(inclusive=True).live().public().select_related("locale")
        cached = {version.locale.language_code: version for version in versions}
        page._live_translations = cached
    return cached


def translation_or_none(page, language_code: str):
    """The live translation of ``page`` in ``language_code``, or None."""
    return live_translations(page).get(language_code)


def language_links(request, page=None) -> list[dict]:
    """One entry per language of the Site: where the switcher sends the reader."""
    current = translation.get_language()
    # without a translation, the reader goes to the Vietnamese page's address under
    # the other language's prefix, which shows the Vietnamese page with a notice
    vietnamese = translation_or_none(page, settings.LANGUAGE_CODE) if page is not None else None
    if vietnamese is not None:
        fallback_path, fallback_language = vietnamese.get_url(request), settings.LANGUAGE_CODE
    else:
        fallback_path, fallback_language = request.get_full_path(), current
    links = []
    for code in site_language_codes(request):
        info = get_language_info(code)
        target = translation_or_none(page, code) if page is not None else None
        if target is not None:
            url = target.get_url(request)
        else:
            with translation.override(fallback_language):  # resolve the path in its own language
                url = translate_url(fallback_path, code)
        links.append(
            {
                "code": code,
                "name": capfirst(info["name_local"]),
                "url": url,
                "label_lang": interface_language(code),
                "current": code == current,
                "translated": page is None or target is not None,
            }
        )
    return links


def alternates(request, page) -> list[tuple[str, str]]:
    """(hreflang, absolute URL) for each live translation the Site offers."""
    result = []
    for code in site_language_codes(request):
        target = translation_or_none(page, code)
        if target is not None:
            result.append((code, target.get_full_url(request)))
    return result
