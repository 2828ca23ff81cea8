"""Admin widgets that keep Vietnamese letters readable in URLs."""

from collections import defaultdict

from wagtail.admin.widgets.slug import SlugInput

from .text import VIETNAMESE_LETTERS, fold


def _slug_formatters() -> list[tuple[str, str]]:
    """Regex replacements run by Wagtail's slug controller before it slugifies.

    Grouping the letters by their folded form gives one character class per
    base letter, in both cases, e.g. ``[àáảãạ…]`` → ``a``.
    """
    groups: dict[str, str] = defaultdict(str)
    for letter in VIETNAMESE_LETTERS:
        groups[fold(letter)] += letter
    formatters = []
    for base, letters in sorted(groups.items()):
        formatters.append((f"[{letters}]", base))
        formatters.append((f"[{letters.upper()}]", base.upper()))
    return formatters


SLUG_FORMATTERS = _slug_formatters()


class VietnameseSlugInput(SlugInput):
    def __init__(self, attrs=None, locale=None):
        super().__init__(attrs=attrs, formatters=SLUG_FORMATTERS, locale=locale)
