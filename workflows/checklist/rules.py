"""Pre-review rules: pluggable functions that each return a Vietnamese failure message or None.

Another app adds a rule with ``@register_rule("code", "Label")``, optionally only for some
page types (``applies_to=("news.newspage",)``); each Site can switch rules off in its
ChecklistSettings.
"""

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

from django.db import models
from django.utils.html import strip_tags
from wagtail.fields import StreamField

from blocks.text import stream_text

# 10-digit mobiles (03x, 05x, 07x, 08x, 09x) and 11-digit landlines (02xx), with
# optional +84 and the spaces, dots, dashes or underscores people type between groups
# ("0912 - 345 - 678"); the text is normalised first (see ``normalised``).
PHONE_NUMBER = re.compile(r"(?<!\d)(?:\+84|0)(?:\s?[.\-_]?\s?\d){9,10}(?!\d)")
# zero-width characters typed (or pasted) inside a number, and brackets as in "(+84)", "(024)"
HIDING = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff()"), None)
HREF = re.compile(r"""href=["']([^"']*)["']""")
# fields that hold no prose: tree paths and slugs are full of digits
NOT_PROSE = {"path", "url_path", "slug", "translation_key"}
CITIZEN_ID = re.compile(r"(?<!\d)\d{12}(?!\d)")  # căn cước công dân: 12 digits


NEWS = "news.newspage"
EVENT = "events.eventpage"


@dataclass(frozen=True)
class Rule:
    code: str
    label: str
    check: Callable
    applies_to: tuple[str, ...] | None = None  # model labels; None: every page type

    def applies(self, page) -> bool:
        return self.applies_to is None or page._meta.label_lower in self.applies_to


RULES: dict[str, Rule] = {}


def register_rule(code: str, label: str, applies_to: tuple[str, ...] | None = None):
    def decorator(check):
        RULES[code] = Rule(code, label, check, applies_to)
        return check

    return decorator


def has_field(page, name: str) -> bool:
    return any(field.name == name for field in page._meta.get_fields())


def rule_choices() -> list[tuple[str, str]]:
    return [(rule.code, rule.label) for rule in RULES.values()]


def normalised(text: str) -> str:
    """Full-width digits as ASCII (NFKC), without invisible characters or brackets."""
    return unicodedata.normalize("NFKC", text).translate(HIDING)


def page_text(page) -> str:
    """Everything a reader can see or follow, for the personal-data rules: every text field
    (title, summary, author, source, search description…), every StreamField as plain text,
    and the links' targets ("tel:…", "zalo.me/…"), which plain text would drop."""
    parts = []
    for field in page._meta.concrete_fields:
        value = getattr(page, field.attname, None)
        if isinstance(field, StreamField):
            parts.append(stream_text(value))
            parts += HREF.findall(str(getattr(value, "raw_data", "")))
        elif (
            isinstance(field, (models.CharField, models.TextField))
            and not field.choices
            and field.name not in NOT_PROSE
            and isinstance(value, str)
        ):
            parts += [strip_tags(value), *HREF.findall(value)]
    return normalised("\n".join(parts))


@register_rule("kind", "Đã chọn loại tin hoặc bài", applies_to=(NEWS,))
def kind_chosen(page, settings):
    if not getattr(page, "kind", None):
        return "Chưa chọn loại: tin hay bài."


@register_rule("summary", "Có tóm tắt, không quá dài")
def summary_present(page, settings):
    summary = (getattr(page, "summary", "") or "").strip()
    if not summary:
        return "Chưa có tóm tắt."
    if len(summary) > settings.summary_max_length:
        return f"Tóm tắt dài {len(summary)} ký tự, quá {settings.summary_max_length} ký tự cho phép."


@register_rule(
    "lead_image", "Có ảnh đại diện với mô tả ảnh (tin, bài; ảnh của sự kiện không bắt buộc)", applies_to=(NEWS, EVENT)
)
def lead_image_with_alt(page, settings):
    image = getattr(page, "lead_image", None)
    if image is None:
        # an event is often announced before anyone has a picture of it
        return None if page._meta.label_lower == EVENT else "Chưa có ảnh đại diện."
    if not (image.description or "").strip():
        return "Ảnh đại diện chưa có mô tả (alt) cho người không xem được ảnh."


@register_rule("chapter_category", "Đã có chi hội và chuyên mục", applies_to=(NEWS, EVENT))
def chapter_and_category(page, settings):
    missing = []
    if getattr(page, "chapter_id", None) is None and page.get_chapter() is None:
        missing.append("chi hội")
    if has_field(page, "category") and page.category_id is None:
        missing.append("chuyên mục")
    if missing:
        return "Chưa chọn " + " và ".join(missing) + "."


@register_rule("body", "Nội dung không để trống")
def body_not_empty(page, settings):
    if not stream_text(getattr(page, "body", None)).strip():
        return "Nội dung bài đang trống."


@register_rule("personal_data", "Không có số điện thoại, số căn cước")
def no_personal_numbers(page, settings):
    return personal_numbers_message(page_text(page))


def personal_numbers_message(text: str) -> str | None:
    """The personal-data failure for a normalised text, or None: the desk checks each field with it."""
    found = []
    if PHONE_NUMBER.search(text):
        found.append("số điện thoại")
    if CITIZEN_ID.search(text):
        found.append("số căn cước công dân (12 chữ số)")
    if found:
        return "Bài có " + " và ".join(found) + "; hãy bỏ đi để bảo vệ dữ liệu cá nhân."


def failures_by_rule(page, settings) -> list[tuple[str, str]]:
    """(rule code, failure message) of every enabled rule that fails, in registration order."""
    disabled = set(settings.disabled_rules or [])
    checked = (
        (code, rule.check(page, settings))
        for code, rule in RULES.items()
        if code not in disabled and rule.applies(page)
    )
    return [(code, message) for code, message in checked if message]


def failures(page, settings) -> list[str]:
    """The failure messages of every enabled rule, in registration order."""
    return [message for _code, message in failures_by_rule(page, settings)]
