"""A spreadsheet cell as text, and folded as ``core.text.fold`` does, fast enough for the
hundreds of thousands of cells of a large import."""

from core.text import VIETNAMESE_LETTERS, fold


def as_text(value) -> str:
    """A cell as text: 9.0 (a class typed as a number) is "9", runs of spaces are one."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


# fold() letter by letter, done once: a cell is then folded by str.translate
_FOLDED_LETTERS = str.maketrans({letter: fold(letter) for letter in VIETNAMESE_LETTERS + VIETNAMESE_LETTERS.upper()})


def folded(value) -> str:
    """``core.text.fold`` of the cell's text, its spaces collapsed."""
    text = as_text(value).translate(_FOLDED_LETTERS).lower()
    return text if text.isascii() else " ".join(fold(text).split())
