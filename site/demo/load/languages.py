"""Translations: a page's file `x.md` may have `x.en.md` (any of the Site's languages) beside it, with
the translated front matter keys and the body's paragraphs. They are entered the way an editor would,
through wagtail-localize's translation records, not by copying pages; Sites get their languages."""

from collections import defaultdict
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from core.models import SiteIdentity

from .files import Document, read_markdown, translations_of
from .schema import Table, Text, validate

COMMON = {"title": Text(default=None), "slug": Text(default=None), "summary": Text(default=None)}
# the picture a page's body shows (news): its alt text, caption and credit, in the body's place
IMAGE = {"image": Table({"alt": Text(), "caption": Text(default=""), "credit": Text(default="")}, default=None)}


@dataclass
class PageTranslation:
    language: str
    document: Document


def read(document: Document, site_languages: list[str], extra: dict | None = None) -> list[PageTranslation]:
    """The translations next to ``document``, checked: a language of the Site, known keys, and as
    many paragraphs as the Vietnamese text (each paragraph is the translation of the same one)."""
    found = []
    for code, path in translations_of(document.path).items():
        translation = read_markdown(path)
        if code not in site_languages:
            raise translation.error_at(1, f"“{code}” không phải một ngôn ngữ của trang (site.toml: languages)")
        translation.data = validate(translation.source, translation.data, {**COMMON, **(extra or {})})
        paragraphs = translation.paragraphs_only()
        if len(paragraphs) != len(document.paragraphs):
            raise translation.error_at(
                translation.body_line,
                f"bản dịch có {len(paragraphs)} đoạn, bản tiếng Việt ({document.path.name}) có "
                f"{len(document.paragraphs)}: mỗi đoạn dịch một đoạn",
            )
        found.append(PageTranslation(code, translation))
    return found


def texts_of(page: Page, translation: PageTranslation, body_field: str) -> dict[str, list[str]]:
    """What `translate_page` enters: each field's strings in the order of the page's segments."""
    data = translation.document.data
    texts = {name: [value] if isinstance(value, str) else value for name, value in data.items() if name != "image"}
    texts = {name: value for name, value in texts.items() if value is not None}
    paragraphs = translation.document.paragraphs
    if not paragraphs:
        return texts
    value = getattr(page, body_field)
    if isinstance(value, str):
        texts[body_field] = ["\n\n".join(paragraphs)]
        return texts
    remaining, strings = iter(paragraphs), []
    for block in value.raw_data:
        if block["type"] == "paragraph":
            strings.append(next(remaining))
        elif block["type"] == "image":
            image = data["image"] or {}
            strings += [text for text in (image.get("alt"), image.get("caption"), image.get("credit")) if text]
    texts[body_field] = strings
    return texts


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
    for field in [*segments, *(name for name in texts if name not in segments)]:
        strings = texts.get(field, [])
        if strings and len(segments[field]) != len(strings):
            raise ImproperlyConfigured(
                f"Demo translation of {page.slug}.{field}: {len(strings)} strings for {len(segments[field])} segments"
            )
        for segment, text in zip(segments[field], strings, strict=False):
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


def build(demo, sites) -> None:
    """Each Site's languages, then the translated pages, parents first (the order they were built)."""
    for data in sites:
        set_site_languages(demo.site(data.key), data.site["languages"])
    for page, translation, body_field in demo.translations:
        page = Page.objects.get(pk=page.pk).specific
        locale = ensure_locales([translation.language])[translation.language]
        translate_page(page, locale, texts_of(page, translation, body_field))
