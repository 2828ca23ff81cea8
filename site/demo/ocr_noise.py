"""Vietnamese text broken the way an OCR'd scan breaks it, for the search quality benchmark.

The model is the seeds' OCR'd report (seed 001, a scanned report), read against
the clean seeds, letter by letter: most marks are lost ("cong tac khuyen hoc"), some letters come out
as a wrong one or a look-alike: ê with a tone → é ("Khuyén", "nhiém"),
ô/ó → 6 ("T6 Hiéu", "s6", "c6"), á/ã → 4 or & ("c4c", "x&"), ư+c → irc/ic ("chirc", "thic"), ừ → ir
("tir"), ữ/ũ → it/ii ("nhitng", "ngii"), ự → y ("sy", "thyc"), ợ → g ("dugc", "lgi"), ươ → wo/eo
("phwong", "chat leong"), ưở/ườ → ud ("ngudi"), ô/ơ/â with a tone → d or é ("hdi", "véi", "tdm"),
của → caa/cia/ctia, đ/Đ → d, P or b ("Pang", "bac biét"), l → 1 or I ("1a", "16p", "Ién"); now and then
a syllable shrinks to its first letter ("thuc s quan"), two words run together across a comma
("hwéng,nhiém") or a word is cut in two.

``mangle(text, rng)`` is deterministic for a given ``random.Random``: the search quality benchmark
draws its OCR queries from a seed, a fresh set with another seed (``bench/search_quality.py --seed``);
``generate_content`` gives its scanned bulletin pages their OCR text with it.

    mangle("Quỹ học bổng Tô Hiệu", random.Random(3)) == "Quy hoc b6ng To Hiéu"
"""

import random
import re
import unicodedata

# Marks as Unicode combining characters (NFD): tones, then the letter's own (hat, horn, breve).
ACUTE, GRAVE, HOOK, TILDE, DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
CIRCUMFLEX, HORN, BREVE = "\u0302", "\u031b", "\u0306"
TONES = {ACUTE, GRAVE, HOOK, TILDE, DOT}

SHRINK = 0.006  # a syllable with ơ/ô/ư reduced to its first letter
RUN_TOGETHER = 0.012  # the space after a word lost (after a comma, or not)
CUT = 0.006  # a word of 4+ letters cut in two
ONE_FOR_L = 0.3  # a word with marks starting with l: 1 or I ("1a", "16p"; a third as often without marks)

# Each marked letter on its own, weights counted in the report (e.g. khuyến: khuyén 185, khuyen 13;
# với: véi 42, vai 20, voi 15; hội: hoi 225, mangled 29); a letter not listed is folded.
# Sequences first (longest match), then single letters: (output, weight) pairs.
SEQUENCES = {
    "của": [("cua", 7), ("caa", 1), ("cia", 1), ("ctia", 1)],
    "ươ": [("uo", 15), ("wo", 3), ("eo", 2)],
    "ườ": [("ud", 5), ("uo", 5)],
    "ướ": [("ud", 7), ("wé", 1), ("ué", 1), ("uo", 1)],
    "ưở": [("ud", 5), ("uo", 5)],
    "ượ": [("ug", 5), ("uo", 5)],
    "ức": [("irc", 6), ("ic", 7), ("iic", 2), ("uc", 5)],
    "ực": [("yc", 3), ("ic", 4), ("uc", 13)],
    "ững": [("itng", 3), ("irng", 2), ("ing", 2), ("ung", 3)],
    "ũng": [("ing", 4), ("iing", 3), ("ting", 1), ("ung", 2)],
}
LETTERS = {
    **dict.fromkeys("ếềệểễ", [("é", 9), ("e", 1)]),
    "ê": [("é", 8), ("@", 2)],
    "ố": [("6", 5), ("é", 6), ("d", 6), ("b", 2), ("o", 1)],
    "ồ": [("o", 6), ("d", 3), ("é", 1)],
    "ổ": [("6", 6), ("o", 3), ("é", 1)],
    "ộ": [("o", 17), ("d", 1), ("é", 1), ("6", 1)],
    "ô": [("o", 7), ("6", 1), ("d", 1), ("é", 1)],
    "ó": [("6", 4), ("o", 4), ("é", 2)],
    "ớ": [("é", 11), ("a", 5), ("o", 4)],
    "ờ": [("o", 5), ("d", 3), ("é", 2)],
    "ở": [("é", 4), ("a", 2), ("d", 2), ("o", 2)],
    "ợ": [("g", 5), ("o", 5)],
    "ơ": [("o", 17), ("a", 3)],
    "ư": [("u", 9), ("w", 1)],
    "ừ": [("ir", 9), ("u", 11)],
    "ứ": [("ir", 3), ("u", 6), ("i", 1)],
    "ự": [("y", 5), ("u", 5)],
    "ữ": [("it", 5), ("i", 2), ("u", 3)],
    "ũ": [("ii", 4), ("i", 3), ("t", 1), ("u", 2)],
    "ủ": [("a", 3), ("u", 7)],
    "á": [("a", 16), ("é", 3), ("4", 1)],
    "ã": [("a", 11), ("&", 7), ("4", 2)],
    "â": [("a", 13), ("d", 7)],
    "ầ": [("d", 4), ("a", 6)],
    "ẩ": [("d", 3), ("i", 3), ("a", 4)],
    "ấ": [("a", 6), ("i", 3), ("d", 1)],
    "ắ": [("a", 8), ("i", 2)],
    "ậ": [("a", 6), ("6", 3)],
    "ọ": [("o", 80), ("e", 1)],
    "đ": [("d", 30), ("b", 1)],
    "Đ": [("D", 6), ("P", 4)],
}
WORD = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Every mark dropped, đ read as d: what most of the report's words became."""
    text = text.replace("đ", "d").replace("Đ", "D")
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c not in TONES | {CIRCUMFLEX, HORN, BREVE})
    )


def _pick(rng: random.Random, choices: list[tuple[str, int]]) -> str:
    return rng.choices([out for out, _ in choices], weights=[w for _, w in choices])[0]


def _keep_case(source: str, out: str) -> str:
    return out.upper() if source.isupper() and len(source) > 1 else out


def _mangle_marked(word: str, rng: random.Random) -> str:
    """One word keeping OCR's look-alikes for its marked letters (the rest folded)."""
    out, i, lower = [], 0, word.lower()
    while i < len(word):
        for length in (3, 2):
            sequence = lower[i : i + length]
            if len(sequence) == length and sequence in SEQUENCES:
                out.append(_keep_case(word[i : i + length], _pick(rng, SEQUENCES[sequence])))
                i += length
                break
        else:
            char = word[i]
            if char in LETTERS:
                out.append(_pick(rng, LETTERS[char]))
            elif char.lower() in LETTERS and char != "Đ":
                out.append(_pick(rng, LETTERS[char.lower()]).upper())
            else:
                out.append(fold(char))
            i += 1
    text = "".join(out)
    if text[:1] in "lL" and rng.random() < ONE_FOR_L:
        text = rng.choice("11iI") + text[1:]
    return text


def mangle_word(word: str, rng: random.Random) -> str:
    if fold(word) == word:  # nothing to lose but an l
        return rng.choice("11iI") + word[1:] if word[:1] == "l" and rng.random() < ONE_FOR_L / 3 else word
    if rng.random() < SHRINK and re.search("[ơôườớởợốồổộừứữự]", word.lower()):
        return fold(word[0])
    return _mangle_marked(word, rng)


def mangle(text: str, rng: random.Random) -> str:
    """``text`` as an OCR'd scan of it might read."""
    text = unicodedata.normalize("NFC", text)
    pieces, last = [], 0
    for match in WORD.finditer(text):
        word = mangle_word(match.group(), rng)
        if len(word) >= 4 and rng.random() < CUT:
            cut = rng.randint(1, len(word) - 2)
            word = f"{word[:cut]} {word[cut:]}"
        gap = text[last : match.start()]
        if pieces and gap.strip(" ") in ("", ",") and " " in gap and rng.random() < RUN_TOGETHER:
            gap = gap.replace(" ", "")
        pieces += [gap, word]
        last = match.end()
    pieces.append(text[last:])
    return "".join(pieces)
