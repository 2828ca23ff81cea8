"""Languages of the demo Sites and the English pages, made the way an editor
would: through wagtail-localize's translation records, not by copying pages."""

from collections import defaultdict

from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.models import SiteIdentity

from .content.english import SONLA_PAGES

SITE_LANGUAGES = {"sonla": ["en", "blt", "hmn"], "soctrang": ["en"]}


def ensure_locales(codes) -> dict[str, Locale]:
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in codes}


def set_site_languages(site, codes) -> None:
    identity = SiteIdentity.for_site(site)
    identity.languages.set(ensure_locales(codes).values())


def translate_page(page: Page, locale: Locale, texts: dict[str, list[str]]) -> Page:
    """Enter ``texts`` as the translations of ``page``'s segments and publish the
    translation; a page already translated is left as the editors have it."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    segments = defaultdict(list)
    for segment in StringSegment.objects.filter(source=source).select_related("string", "context").order_by("order"):
        segments[segment.context.path.split(".")[0]].append(segment)
    for field, strings in texts.items():
        if len(segments[field]) != len(strings):
            raise ImproperlyConfigured(
                f"English demo text for {page.slug}.{field}: {len(strings)} strings for {len(segments[field])} segments"
            )
        for segment, text in zip(segments[field], strings, strict=True):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=locale,
                context=segment.context,
                defaults={"data": text, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
    # A draft, then an immediate publish: wagtail-localize would publish when the
    # transaction commits, from a copy of the page that predates its children.
    translation.save_target(publish=False)
    target = page.get_translation(locale)
    target.get_latest_revision().publish()
    return target


def build_english_pages(home: Page) -> list[Page]:
    """The Sơn La home, about, news index and two articles, in English (parents first)."""
    english = ensure_locales(["en"])["en"]
    translated = []
    for slug, texts in SONLA_PAGES.items():
        page = home if slug == home.slug else Page.objects.descendant_of(home).get(slug=slug)
        translated.append(translate_page(page.specific, english, texts))
    return translated
