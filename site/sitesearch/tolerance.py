"""Words typed wrong, or copied from an OCR'd scan, matched to the words of the index.

Each word of the query gets its alternatives: the index's words one edit away, and those its OCR
look-alikes undo (the seeds' OCR'd report reads "sức" as "sirc", "những" as "nhitng", "được" as
"dugc", "hội" as "hdi", "của" as "ctia", "các" as "c4c"); a word cut in two is joined, two words
run together are cut. Every candidate is looked up in the vocabulary at once (primary-key
lookups, ``dbindex.known_words``), plus trigram neighbours where the database has them; nothing
scans the index.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from itertools import islice, product

from .dbindex import All, Any, DatabaseIndex, Phrase, Word
from .text import MIXED_TOKEN, OCR_DIGIT_READINGS

LETTERS = string.ascii_lowercase
# A Vietnamese syllable, folded, roughly: an initial, one to three vowels, a final.
SYLLABLE = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?$")
# What OCR wrote (folded) → what the word had; cheaper than an arbitrary edit.
LOOK_ALIKES = [
    ("irc", "uc"), ("iic", "uc"), ("tc", "uc"), ("ic", "uc"), ("ir", "u"), ("it", "u"), ("ii", "u"), ("ti", "u"),
    ("yc", "uc"), ("yn", "un"), ("y", "u"), ("ug", "uo"), ("g", "o"), ("ud", "uo"), ("wo", "uo"), ("eo", "uo"),
    ("w", "u"), ("d", "o"), ("d", "a"), ("b", "o"), ("b", "d"), ("p", "d"), ("e", "o"), ("a", "o"), ("a", "u"),
    ("i", "a"), ("i", "u"), ("i", "l"), ("caa", "cua"), ("cia", "cua"), ("ctia", "cua"), ("cta", "cua"),
    ("ciia", "cua"), ("ue", "uo"),
]  # fmt: skip
LOOK_ALIKE_COST, EDIT_COST = 0.5, 1.0
MAX_ALTERNATIVES = 6
MAX_READINGS = 8  # of a token with digits, each read as the letters it may stand for
COMMON = 20  # a word held this many times more often than the typed one replaces it


@dataclass
class Slot:
    """One word of the query and what it may have been."""

    typed: str
    alternatives: dict[str, float]  # word → cost (0 for the word itself)
    pair: tuple[Slot, Slot] | None = None  # two typed words the index holds as one


def _look_alike_variants(word: str, depth: int = 2) -> dict[str, float]:
    found = {word: 0.0}
    frontier = {word: 0.0}
    for _ in range(depth):
        following = {}
        for text, cost in frontier.items():
            for wrong, right in LOOK_ALIKES:
                start = text.find(wrong)
                while start != -1:
                    variant = text[:start] + right + text[start + len(wrong) :]
                    if variant not in found or found[variant] > cost + LOOK_ALIKE_COST:
                        found[variant] = following[variant] = cost + LOOK_ALIKE_COST
                    start = text.find(wrong, start + 1)
        frontier = following
    return found


def _edits(word: str) -> set[str]:
    """Every word one deletion, substitution, insertion or swap away."""
    cuts = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deleted = {a + b[1:] for a, b in cuts if b}
    swapped = {a + b[1] + b[0] + b[2:] for a, b in cuts if len(b) > 1}
    replaced = {a + c + b[1:] for a, b in cuts if b for c in LETTERS}
    inserted = {a + c + b for a, b in cuts for c in LETTERS}
    return deleted | swapped | replaced | inserted


def _readings(word: str) -> list[str]:
    """A token with digits among letters as the words OCR may have read it from ("t6" → "to",
    "ta"; "c4c" → "cac"; "1a" → "la", "ia"), the likeliest first; any other word as it is."""
    if not MIXED_TOKEN.match(word):
        return [word]
    letters = [OCR_DIGIT_READINGS.get(char, char) if char.isdigit() else char for char in word]
    return ["".join(chars) for chars in islice(product(*letters), MAX_READINGS)]


def look_alikes(word: str) -> dict[str, float]:
    """What OCR's look-alikes (and its digits read as letters) undo in ``word``, each with its cost."""
    found = {}
    for rank, reading in enumerate(_readings(word)):
        for variant, cost in _look_alike_variants(reading).items():
            cost += LOOK_ALIKE_COST if rank else 0.0  # a digit's second reading ("6" as "a")
            found[variant] = min(cost, found.get(variant, cost))
    return found


def candidates(word: str) -> dict[str, float]:
    """What ``word`` may have been, each with its cost; the word itself costs nothing. Edits of
    its likeliest reading only: eight readings' edits would be eight times the lookup."""
    found = look_alikes(word)
    reading = _readings(word)[0]
    if not reading.isdigit():
        for edited in _edits(reading):
            found.setdefault(edited, EDIT_COST)
    return found


def looks_scanned(typed: str, folded: str) -> bool:
    """A word as OCR writes it rather than as a reader types one: with é ("Séng", "khuyén"), with
    a digit among its letters ("T6", "b6ng"), or no Vietnamese syllable ("hdi", "nhitng", "dugc")."""
    return "é" in typed.lower() or bool(MIXED_TOKEN.match(folded)) or not SYLLABLE.match(folded)


def misread(typed_words: list[tuple[str, str]], index: DatabaseIndex) -> dict[str, list[str]]:
    """Of the words (as typed, folded) that look scanned (``looks_scanned``), those that look
    misread, each with the look-alikes it may have been, commonest first; none unless one of
    them, though the index holds it, is far rarer than a look-alike ("seng": 26 entries, "song":
    22,858; "t6" and "to"): a word as an OCR'd scan misreads it, which the scans hold too, so that
    matching it as typed finds them and not the page meant. The others that look scanned get
    their look-alikes as common as they are, any the index holds for a word it lacks. At most one
    lookup, of those words and their look-alikes (no edits: a rare word one edit from a common
    one is as likely meant); none for a query typed as readers type ("kinh te")."""
    variants = {
        folded: look_alikes(folded)
        for typed, folded in typed_words
        if len(folded) > 1 and _correctable(folded) and looks_scanned(typed, folded)
    }
    if not variants:
        return {}
    known = index.known_words({w for found in variants.values() for w in found} | set(variants))

    if not any(known.get(term) and _likelier(term, found, known, COMMON) for term, found in variants.items()):
        return {}
    meant = {
        term: sorted(_likelier(term, found, known), key=known.get, reverse=True)[:MAX_ALTERNATIVES]
        for term, found in variants.items()
    }
    return {term: found for term, found in meant.items() if found}


def _likelier(term: str, options: dict[str, float], known: dict[str, int], times: int = 1) -> dict[str, float]:
    """The options the index holds, if it holds ``term`` too only those it holds ``times`` as often
    (a look-alike) or ``COMMON`` times as often (a dearer change)."""
    held = known.get(term, 0)
    return {
        w: cost
        for w, cost in options.items()
        if w != term and w in known and known[w] >= held * (times if cost <= LOOK_ALIKE_COST else COMMON)
    }


def typed_with_care(word: str) -> bool:
    """A word with marks that OCR does not write (ạ, ơ, ư, ồ…; it writes é for most of them): meant."""
    return any(not char.isascii() and char not in "éÉ" for char in word)


def slots(terms: list[str], index: DatabaseIndex) -> list[Slot]:
    """The query's words, each with the index's words it may have been, from one lookup.

    A word the index lacks may be any of its candidates; a word it holds keeps itself, and may
    also be a look-alike at least as common, or an edit much more common ("té" read for "tổ",
    "giai" for "giới": both words, but not the ones meant)."""
    terms = [t for t in terms if len(t) > 1 or t.isdigit()]  # a syllable OCR shrank to its first letter
    options = {term: candidates(term) if _correctable(term) else {term: 0.0} for term in terms}
    halves = {term: _halves(term) for term in terms if _correctable(term) and len(term) >= 4}
    wanted = {w for found in options.values() for w in found} | set(terms)
    wanted |= {a + b for a, b in zip(terms, terms[1:], strict=False)}  # a word cut in two
    wanted |= {w for cuts in halves.values() for left, right in cuts for w in (*left, *right)}
    known = index.known_words(wanted)
    for term in terms:
        if _correctable(term):
            for word, count in index.similar_words(term).items():
                options[term].setdefault(word, EDIT_COST)
                known.setdefault(word, count)
    result = []
    for term in terms:
        held = known.get(term, 0)
        found = _likelier(term, options[term], known)
        chosen = sorted(found, key=lambda w: (found[w], -known[w]))[:MAX_ALTERNATIVES]
        alternatives = ({term: 0.0} if held or not chosen else {}) | {w: found[w] for w in chosen}
        if not held:
            alternatives |= _split(halves.get(term, []), known)
        result.append(Slot(term, alternatives))
    return _join_cut(result, known)


def _halves(term: str) -> list[tuple[dict[str, float], dict[str, float]]]:
    """Each way of cutting ``term`` in two, with each half's look-alikes ("tintirc": "tin" "tuc")."""
    return [
        (_look_alike_variants(term[:i], depth=1), _look_alike_variants(term[i:], depth=1))
        for i in range(2, len(term) - 1)
    ]


def _split(cuts, known: dict[str, int]) -> dict[str, float]:
    """Two words run together ("xahoi" → "xa hoi"), each half maybe a look-alike: the best cuts."""
    found = {}
    for left, right in cuts:
        lefts, rights = [w for w in left if known.get(w)], [w for w in right if known.get(w)]
        if lefts and rights:
            a = min(lefts, key=lambda w: (left[w], -known[w]))
            b = min(rights, key=lambda w: (right[w], -known[w]))
            found[f"{a} {b}"] = EDIT_COST + left[a] + right[b]
    return dict(sorted(found.items(), key=lambda item: item[1])[:2])


def _correctable(term: str) -> bool:
    return term.isalpha() or bool(MIXED_TOKEN.match(term))


def _join_cut(result: list[Slot], known: dict[str, int]) -> list[Slot]:
    """Two neighbours the index holds better as one word ("khu yen" → "khuyen") become one slot."""
    joined, i = [], 0
    while i < len(result):
        if i + 1 < len(result):
            word = result[i].typed + result[i + 1].typed
            rare = min(known.get(result[i].typed, 0), known.get(result[i + 1].typed, 0))
            if known.get(word, 0) > rare:
                joined.append(
                    Slot(f"{result[i].typed} {result[i + 1].typed}", {word: EDIT_COST}, (result[i], result[i + 1]))
                )
                i += 2
                continue
        joined.append(result[i])
        i += 1
    return joined


def node_of(slot: Slot):
    """The slot as a query: any of its alternatives (a cut word: both halves, or the joined word)."""
    parts = [Phrase(tuple(w.split())) if " " in w else Word(w) for w in slot.alternatives]
    if slot.pair:
        parts.append(All((node_of(slot.pair[0]), node_of(slot.pair[1]))))
    return parts[0] if len(parts) == 1 else Any(tuple(parts))


def shown(slots_: list[Slot]) -> list[str]:
    """The words tried, best first in each slot: for the notice and the highlighting."""
    words = []
    for slot in slots_:
        words += sorted(slot.alternatives, key=slot.alternatives.get)
        if slot.pair:
            words += shown(list(slot.pair))
    return list(dict.fromkeys(words))
