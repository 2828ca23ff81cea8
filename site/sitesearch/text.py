"""Text for search: folding (one place for every backend), symbols, OCR noise, highlighting."""

import re
import unicodedata

from core.text import fold

# Characters OCR mistakes for letters inside Vietnamese words ("T6 Hiéu" for "Tô Hiệu", "c4c" for
# "các", "1a" for "là", "thu6n" for "thuận"), the likeliest reading first, and the symbols it reads
# for marked letters ("x&" for "xã", "¢" for "ở").
OCR_DIGIT_READINGS = {"0": "o", "1": "li", "4": "a", "5": "s", "6": "oa", "8": "b"}
OCR_DIGITS = str.maketrans({digit: letters[0] for digit, letters in OCR_DIGIT_READINGS.items()})
MIXED_TOKEN = re.compile(r"^(?=.*[a-z])(?=.*\d)[a-z\d]{2,}$")
OCR_SYMBOLS = {"&": "a", "@": "e", "¢": "o", "¥": "y"}
_OCR_SYMBOL = re.compile(r"(?<=[^\W\d_])[&@¢¥]|[&@¢¥](?=[^\W\d_])")
WORD = re.compile(r"[^\W_]+")


def _fold_table() -> dict[int, str]:
    """Every Latin letter with marks (and every capital) to its folded letter, one for one."""
    table = {}
    for code in [*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        folded = fold(chr(code))
        if len(folded) == 1 and folded != chr(code):
            table[code] = folded
    return table


FOLD_TABLE = _fold_table()


def fold_aligned(text: str) -> str:
    """``text`` folded character for character (one C-speed pass), so positions line up with the original."""
    return text.translate(FOLD_TABLE)


def words(folded: str) -> list[str]:
    """The words of folded text as the database indexes see them: runs of letters and digits."""
    return WORD.findall(folded)


def unmask_ocr_symbols(text: str) -> str:
    """The letters OCR read as symbols, back where they touch a letter: "x&" → "xa"."""
    return _OCR_SYMBOL.sub(lambda m: OCR_SYMBOLS[m.group()], text)


def compact(text: str) -> str:
    """A document symbol as one token: "137/KH-HKH" → "137khhkh"."""
    return "".join(char for char in fold(text) if char.isalnum())


def looks_like_symbol(text: str) -> bool:
    return bool(re.search(r"\d", text)) and bool(re.search(r"[^\W\d_]", text)) and len(compact(text)) >= 4


def ocr_variants(folded: str) -> str:
    """Extra tokens for scanned text: digits inside letter tokens read as letters ("t6" → "to")."""
    variants = {token.translate(OCR_DIGITS) for token in folded.split() if MIXED_TOKEN.match(token)}
    return " ".join(sorted(variants))


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def snippet(text: str, terms: list[str], width: int = 220) -> tuple[str, list[tuple[int, int]]]:
    """The stretch of ``text`` around the first matched term, and the spans to highlight in it.

    Terms are folded and matched against the folded text, so "khuyen hoc" highlights
    "khuyến học" too. Linear in the text: one folding pass, one search for the first match,
    the spans looked for in the shown window only.
    """
    text = " ".join(normalise(text).split())
    folded = fold_aligned(text)
    wanted = sorted({fold_aligned(t.strip()) for t in terms if t.strip()}, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, wanted)) + r")(?!\w)") if wanted else None
    first = pattern.search(folded) if pattern else None
    start = max(0, first.start() - width // 3) if first else 0
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + width)
    spans = [m.span() for m in pattern.finditer(folded, start, end) if m.end() <= end] if pattern else []
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix) - start
    return prefix + text[start:end] + suffix, [(s + shift, e + shift) for s, e in spans]
