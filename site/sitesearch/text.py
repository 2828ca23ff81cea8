"""Text for search: folding (one place for every backend), symbols, OCR noise, highlighting."""

import re
import unicodedata

from core.text import fold

# Characters OCR mistakes for letters inside Vietnamese words ("T6 Hiéu" for "Tô Hiệu").
OCR_DIGITS = str.maketrans({"0": "o", "1": "l", "5": "s", "6": "o", "8": "b"})
MIXED_TOKEN = re.compile(r"^(?=.*[a-z])(?=.*\d)[a-z\d]{2,}$")


def fold_char(char: str) -> str:
    """One character folded to one character, so folded text lines up with the original."""
    folded = fold(char)
    return folded if len(folded) == 1 else char.lower()


def fold_aligned(text: str) -> str:
    return "".join(fold_char(char) for char in text)


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
    "khuyến học" too.
    """
    text = " ".join(normalise(text).split())
    folded = fold_aligned(text)
    spans = []
    for term in sorted({fold_aligned(t) for t in terms if t.strip()}, key=len, reverse=True):
        for match in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", folded):
            if not any(start < match.end() and match.start() < end for start, end in spans):
                spans.append((match.start(), match.end()))
    spans.sort()
    first = spans[0][0] if spans else 0
    start = max(0, first - width // 3)
    if start:
        start = text.find(" ", start) + 1 or start
    end = min(len(text), start + width)
    window = [(s - start, e - start) for s, e in spans if s >= start and e <= end]
    prefix = "… " if start else ""
    suffix = " …" if end < len(text) else ""
    shift = len(prefix)
    return prefix + text[start:end] + suffix, [(s + shift, e + shift) for s, e in window]
