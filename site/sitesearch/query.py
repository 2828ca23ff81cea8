"""Turning what a reader typed into a search: cleaned, folded, phrases kept, symbols compacted.

Whatever the input (10,000 characters, lone quotes, `* ( ) : ^ - + ~ \\ ' ;`), the result
is a valid query or nothing: backends never see raw syntax.
"""

import re
from dataclasses import dataclass, field

from wagtail.search.query import And, Or, Phrase, PlainText

from core.text import fold

from .text import compact, looks_like_symbol, normalise, unmask_ocr_symbols

MAX_LENGTH = 200
MAX_TERMS = 12
# keep letters, digits, quotes, and / - . inside tokens (document symbols); everything else separates
SEPARATORS = re.compile(r"[^\w\"“”/\-.]+", re.UNICODE)


@dataclass
class ParsedQuery:
    raw: str
    terms: list[str] = field(default_factory=list)  # folded words
    phrases: list[str] = field(default_factory=list)  # folded quoted phrases
    symbol: str = ""  # compacted document symbol, if it looks like one
    shown_terms: list[str] = field(default_factory=list)  # as typed, for highlighting

    @property
    def is_empty(self) -> bool:
        return not (self.terms or self.phrases)

    @property
    def typed_words(self) -> list[tuple[str, str]]:
        """Each word as typed (in quotes too), with its folded form."""
        pairs = []
        for typed, folded in zip(self.shown_terms, self.phrases + self.terms, strict=True):
            pairs += zip(typed.split(), folded.split(), strict=True)
        return pairs

    @property
    def folded(self) -> str:
        return " ".join(self.phrases + self.terms)


def _words(text: str) -> list[str]:
    cleaned = SEPARATORS.sub(" ", text).replace("--", " ")
    words = [w.strip("-./") for w in cleaned.split()]
    return [w for w in words if w and any(ch.isalnum() for ch in w)]


def parse(raw: str) -> ParsedQuery:
    raw = normalise((raw or "")[:MAX_LENGTH]).replace("\x00", " ")  # composed: "ô" one letter, as indexed
    text = unmask_ocr_symbols(raw.replace("“", '"').replace("”", '"'))
    parsed = ParsedQuery(raw=raw.strip())
    pieces = text.split('"')
    # odd pieces are inside balanced quotes; a lone quote leaves its text as plain words
    quoted = pieces[1:-1:2] if len(pieces) % 2 == 1 else pieces[1:-2:2]
    plain = " ".join(pieces[0::2] if len(pieces) % 2 == 1 else pieces[0::2] + [pieces[-1]])
    for phrase in quoted:
        words = _words(phrase)
        if len(words) > 1:
            parsed.phrases.append(fold(" ".join(words)))
            parsed.shown_terms.append(" ".join(words))
        elif words:
            plain += " " + words[0]
    words = _words(plain)[:MAX_TERMS]
    parsed.terms = [fold(w) for w in words]
    parsed.shown_terms += words
    symbols = [w for w in words if looks_like_symbol(w)]
    if len(symbols) == 1 or (words and looks_like_symbol(" ".join(words)) and len(words) <= 4):
        parsed.symbol = compact(symbols[0] if len(symbols) == 1 else " ".join(words))
    return parsed


def to_search_query(parsed: ParsedQuery):
    parts = [Phrase(p) for p in parsed.phrases]
    if parsed.terms:
        parts.append(PlainText(" ".join(parsed.terms), operator="and"))
    query = parts[0] if len(parts) == 1 else And(parts)
    if parsed.symbol:
        query = Or([query, PlainText(parsed.symbol)])
    return query
