"""A campaign's reference code: what a giver writes in the transfer memo, and what the statement
import looks for to put the transfer in the campaign's ledger."""

import re

from core.text import fold

REFERENCE_CODE = re.compile(r"(?=.*[A-Z])[A-Z0-9]{4,12}")
# words every bank memo carries: a campaign code equal to one would claim every transfer
MEMO_WORDS = {"UNG", "HO", "UNGHO", "CHUYEN", "TIEN", "CHUYENTIEN", "TOI", "MBVCB", "IBFT", "NAPAS", "VIETQR", "QUY"}
FALLBACK = "QUYKH"


def normalised(code: str) -> str:
    return fold(code).upper().strip()


def is_well_formed(code: str) -> bool:
    return bool(REFERENCE_CODE.fullmatch(code)) and code not in MEMO_WORDS


def suggested(title: str, slug: str) -> str:
    """Initials of the slug's words ("tiep-suc-mua-thi-2023" → "TSMT2023"), or the title's letters
    when there are too few words."""
    words = [word for word in (slug or fold(title)).upper().replace("-", " ").split() if word.isalnum()]
    code = "".join(word if word.isdigit() else word[0] for word in words)[:12]
    if not is_well_formed(code):
        code = re.sub(r"[^A-Z0-9]", "", normalised(title))[:8]
    return code if is_well_formed(code) else FALLBACK


def first_free(base: str, is_taken) -> str:
    """``base``, or ``base`` with a number ("TOHIEU2") when ``is_taken(base)``."""
    code, number = base, 2
    while is_taken(code):
        code = f"{base[: 12 - len(str(number))]}{number}"
        number += 1
    return code


def mentioned(memo: str, codes) -> set[str]:
    """The codes a memo names as whole words, whatever its case and diacritics ("ung ho tohieu")."""
    words = set(re.split(r"[^A-Z0-9]+", normalised(memo)))
    return {code for code in codes if code in words}
