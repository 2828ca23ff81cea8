"""The chapter a spreadsheet names, among the chapters of the roll's Site.

A cell may give the page's title ("Hội Khuyến học huyện Thuận Châu"), its short name
("Thuận Châu") or the title without the usual prefix ("huyện Thuận Châu"), with or without
diacritics. Two chapters answering to the same words ("Phường 1" in two districts) make the
cell ambiguous: the row is refused rather than given to either.
"""

import re

from django.utils.translation import gettext as _

from chapters.models import ChapterPage
from core.trees import under_sites

from .headers import normalise

PREFIXES = re.compile(
    r"^(?:(?:chi hoi|hoi|ban) khuyen hoc|chi hoi|hoi co so)\s+"
    r"|^(?:huyen|xa|phuong|thi tran|thi xa|thanh pho|tp|quan|tinh)\s+"
)


def _stripped(text: str) -> str:
    """Prefixes off, one after the other: "hoi khuyen hoc huyen thuan chau" → "thuan chau"."""
    while (shorter := PREFIXES.sub("", text, count=1)) != text:
        text = shorter
    return text


class ChapterLookup:
    def __init__(self, roll):
        self._exact: dict[str, set[int]] = {}
        self._loose: dict[str, set[int]] = {}
        self.names: dict[int, str] = {}
        self._found: dict[str, int | None | ValueError] = {}  # a file names the same chapters again and again
        site = roll.get_site()
        chapters = ChapterPage.objects.filter(under_sites([site] if site else [])).values_list(
            "pk", "title", "short_name", "translation_key", "locale_id"
        )
        chosen = {}
        for pk, title, short_name, key, locale_id in chapters.order_by("path"):
            # one page per chapter: the translation in the roll's language if there is one
            if key not in chosen or locale_id == roll.locale_id:
                chosen[key] = (pk, title, short_name)
        for pk, title, short_name in chosen.values():
            self.names[pk] = title
            for name in (title, short_name):
                if normalise(name):
                    self._exact.setdefault(normalise(name), set()).add(pk)
                    self._loose.setdefault(_stripped(normalise(name)), set()).add(pk)

    def find(self, text: str) -> int | None:
        """The chapter's id, None for an empty cell; ValueError (in Vietnamese) otherwise."""
        if text not in self._found:
            try:
                self._found[text] = self._look_up(text)
            except ValueError as error:
                self._found[text] = error
        found = self._found[text]
        if isinstance(found, ValueError):
            raise found
        return found

    def _look_up(self, text: str) -> int | None:
        key = normalise(text)
        if not key:
            return None
        for index, wanted in ((self._exact, key), (self._loose, _stripped(key))):
            found = index.get(wanted, set())
            if len(found) == 1:
                return next(iter(found))
            if len(found) > 1:
                raise ValueError(
                    _("Chi hội “%(value)s” trùng tên với nhiều chi hội: hãy ghi tên đầy đủ.") % {"value": text}
                )
        raise ValueError(_("Không có chi hội “%(value)s” trong trang của hội này.") % {"value": text})
