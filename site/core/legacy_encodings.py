"""Text typed in the legacy Vietnamese encodings TCVN3 (ABC) and VNI, as old bulletins
extract from their PDFs ("Mêng Kh¬ng" for "Mường Khương"), converted to Unicode NFC.

TCVN3 puts each precomposed letter on one Latin-1 code point; VNI writes a base
letter followed by one Latin-1 character that carries its marks.
"""

import re
import unicodedata

TCVN3_LOWER = dict(
    pair.split(":")
    for pair in [
        "b5:à",
        "b6:ả",
        "b7:ã",
        "b8:á",
        "b9:ạ",
        "a8:ă",
        "bb:ằ",
        "bc:ẳ",
        "bd:ẵ",
        "be:ắ",
        "c6:ặ",
        "a9:â",
        "c7:ầ",
        "c8:ẩ",
        "c9:ẫ",
        "ca:ấ",
        "cb:ậ",
        "ae:đ",
        "cc:è",
        "ce:ẻ",
        "cf:ẽ",
        "d0:é",
        "d1:ẹ",
        "aa:ê",
        "d2:ề",
        "d3:ể",
        "d4:ễ",
        "d5:ế",
        "d6:ệ",
        "d7:ì",
        "d8:ỉ",
        "dc:ĩ",
        "dd:í",
        "de:ị",
        "df:ò",
        "e1:ỏ",
        "e2:õ",
        "e3:ó",
        "e4:ọ",
        "ab:ô",
        "e5:ồ",
        "e6:ổ",
        "e7:ỗ",
        "e8:ố",
        "e9:ộ",
        "ac:ơ",
        "ea:ờ",
        "eb:ở",
        "ec:ỡ",
        "ed:ớ",
        "ee:ợ",
        "ef:ù",
        "f1:ủ",
        "f2:ũ",
        "f3:ú",
        "f4:ụ",
        "ad:ư",
        "f5:ừ",
        "f6:ử",
        "f7:ữ",
        "f8:ứ",
        "f9:ự",
        "fa:ỳ",
        "fb:ỷ",
        "fc:ỹ",
        "fd:ý",
        "fe:ỵ",
        "a1:Ă",
        "a2:Â",
        "a3:Ê",
        "a4:Ô",
        "a5:Ơ",
        "a6:Ư",
        "a7:Đ",
    ]
)
TCVN3 = {chr(int(code, 16)): letter for code, letter in TCVN3_LOWER.items()}

GRAVE, ACUTE, HOOK, TILDE, DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
CIRCUMFLEX, BREVE, HORN = "\u0302", "\u0306", "\u031b"
# VNI's mark characters (lowercase text; the uppercase ones follow capitals)
VNI_MARKS = {
    "ø": GRAVE,
    "ù": ACUTE,
    "û": HOOK,
    "õ": TILDE,
    "ï": DOT,
    "â": CIRCUMFLEX,
    "ê": BREVE,
    "à": CIRCUMFLEX + GRAVE,
    "á": CIRCUMFLEX + ACUTE,
    "å": CIRCUMFLEX + HOOK,
    "ã": CIRCUMFLEX + TILDE,
    "ä": CIRCUMFLEX + DOT,
    "è": BREVE + GRAVE,
    "é": BREVE + ACUTE,
    "ú": BREVE + HOOK,
    "ü": BREVE + TILDE,
    "ë": BREVE + DOT,
}
VNI_MARKS |= {mark.upper(): combining for mark, combining in VNI_MARKS.items()}
TONES = {GRAVE, ACUTE, HOOK, TILDE, DOT}
# VNI's own letters: ơ, ư, đ and the i/y forms that have no separate mark
VNI_LETTERS = {
    "ô": "ơ",
    "Ô": "Ơ",
    "ö": "ư",
    "Ö": "Ư",
    "ñ": "đ",
    "Ñ": "Đ",
    "æ": "ỉ",
    "Æ": "Ỉ",
    "ó": "ĩ",
    "Ó": "Ĩ",
    "ò": "ị",
    "Ò": "Ị",
    "î": "ỵ",
    "Î": "Ỵ",
}
VNI_BASES = set("aeouyAEOUY") | {"ô", "Ô", "ö", "Ö"}

# What gives each encoding away in extracted text
TCVN3_SIGNS = set("¡¢£¤¥¦§¨©ª«¬\xad®¯°±²³´µ¶·¸¹º»¼½¾¿ÆËÏ")
VNI_SIGN_PAIRS = re.compile(r"[aeouyAEOUYôöÔÖ][øùûõïØÙÛÕÏ]|[ñöÑÖ]")


def from_tcvn3(text: str) -> str:
    return unicodedata.normalize("NFC", "".join(TCVN3.get(char, char) for char in text))


def _vni_base(char: str) -> str:
    return VNI_LETTERS.get(char, char) if char in "ôÔöÖ" else char


def _allowed(base: str, marks: str) -> bool:
    """A mark sequence is only a mark after a letter that can carry it (so "aê" is ă, "eê" is not)."""
    non_tone = marks.rstrip(GRAVE + ACUTE + HOOK + TILDE + DOT)
    if not non_tone:
        return True
    if non_tone == CIRCUMFLEX:
        return base.lower() in "aeo"
    if non_tone == BREVE:
        return base.lower() == "a"
    return False


def from_vni(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        char = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        if char in VNI_BASES and nxt in VNI_MARKS and _allowed(char, VNI_MARKS[nxt]):
            out.append(_vni_base(char) + VNI_MARKS[nxt])
            i += 2
            continue
        out.append(VNI_LETTERS.get(char, char))
        i += 1
    return unicodedata.normalize("NFC", "".join(out))


def to_unicode(text: str) -> tuple[str, str]:
    """(text in Unicode NFC, the encoding it was found in: "unicode", "tcvn3" or "vni")."""
    text = unicodedata.normalize("NFC", text or "")
    letters = sum(char.isalpha() for char in text) or 1
    tcvn3 = sum(char in TCVN3_SIGNS for char in text) / letters
    vni = len(VNI_SIGN_PAIRS.findall(text)) / letters
    if max(tcvn3, vni) < 0.01:
        return text, "unicode"
    return (from_tcvn3(text), "tcvn3") if tcvn3 >= vni else (from_vni(text), "vni")
