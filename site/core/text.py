"""Vietnamese text folding: one function for slugs, and later for search.

Django's ``slugify`` and Wagtail's client-side slug maker drop Vietnamese
letters ("Đại hội" → "ai-hoi"), and ``unicodedata`` gives ``đ`` no
decomposition, so ``đ``/``Đ`` are mapped explicitly.
"""

import re
import unicodedata

from django.utils.text import slugify

# Every lowercase Vietnamese letter that carries a diacritic, for the admin's
# slug widget (see core.widgets) and for tests.
VIETNAMESE_LETTERS = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"


def fold(text: str) -> str:
    """Lowercase ``text`` and strip its diacritics: "Đồng Khởi" → "dong khoi"."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped).lower()


def fold_words(text: str) -> str:
    """The folded words of ``text``, one space apart, punctuation dropped: "Quàng V. B." → "quang v b".
    What an accent-insensitive filter compares, word by word."""
    return " ".join(re.findall(r"\w+", fold(text)))


def slugify_vi(text: str, max_length: int = 255) -> str:
    """An ASCII slug from a Vietnamese title: "Hội Khuyến học" → "hoi-khuyen-hoc"."""
    return slugify(fold(text))[:max_length].strip("-")


def decode_text(data: bytes) -> str | None:
    """An uploaded text file's bytes as text: UTF-8 (with or without its mark), else Windows-1258, the
    Vietnamese code page older office machines save in; None when it is neither."""
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None
