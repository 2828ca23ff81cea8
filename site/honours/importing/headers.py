"""Which column holds which field: spreadsheet headers as boards write them, with or without
diacritics, in any case ("Họ và tên", "HO TEN", "Số tiền (đồng)", "Lớp, trường").

The guess is only a first step: the board corrects it on the mapping page (or with the
command's defaults) before anything is checked.
"""

import re

from django.utils.translation import gettext_lazy as _

from core.text import fold

# the columns an import can fill; "class" and "school" are joined into the record's "Lớp, trường",
# a family name and a given name kept in two columns into its name
FIELDS = {
    "recipient_name": _("Họ và tên"),
    "family_name": _("Họ (và tên đệm)"),
    "given_name": _("Tên"),
    "recipient_kind": _("Loại"),
    "birth_year": _("Năm sinh"),
    "school_class": _("Lớp, trường"),
    "class": _("Lớp"),
    "school": _("Trường"),
    "award": _("Hình thức"),
    "programme": _("Chương trình"),
    "year": _("Năm"),
    "amount": _("Số tiền"),
    "quantity": _("Số suất"),
    "chapter": _("Chi hội"),
    "is_adult": _("Đã thành niên"),
    "note": _("Ghi chú"),
}

# folded headers (see ``normalise``); a header also matches when it begins with one of these
# followed by more words ("Họ và tên học sinh"), the longest alias first ("tên trường" before "tên")
ALIASES = {
    "recipient_name": [
        "ho va ten",
        "ho ten",
        "nguoi duoc vinh danh",
        "nguoi tap the duoc vinh danh",
        "ten ca nhan tap the",
        "ten tap the",
        "ca nhan tap the",
        "ten nguoi nhan",
        "ten don vi",
    ],
    "family_name": ["ho", "ho dem", "ho va dem", "ho lot", "ho va ten dem", "ho va chu lot"],
    "given_name": ["ten"],
    "recipient_kind": ["loai", "loai doi tuong", "doi tuong vinh danh", "kieu"],
    "birth_year": ["nam sinh", "ngay sinh", "ngay thang nam sinh", "sinh nam"],
    "school_class": ["lop truong", "lop va truong", "lop hoc truong hoc"],
    "class": ["lop", "lop hoc"],
    "school": ["truong", "ten truong", "truong hoc", "don vi hoc tap"],
    "award": ["hinh thuc", "danh hieu", "giai thuong", "loai khen thuong", "hinh thuc khen thuong"],
    "programme": ["chuong trinh", "quy", "dot", "ten chuong trinh", "chuong trinh quy"],
    "year": ["nam", "nam trao", "nam vinh danh", "nam hoc", "nam nhan"],
    "amount": ["so tien", "gia tri", "tien", "thanh tien", "muc hoc bong", "muc thuong", "tri gia"],
    "quantity": ["so suat", "so luong", "so luot", "suat"],
    "chapter": ["chi hoi", "hoi co so", "cap hoi", "hoi khuyen hoc", "chi hoi hoi co so", "ten chi hoi"],
    "is_adult": ["da thanh nien", "thanh nien", "tren 18 tuoi", "du 18 tuoi", "nguoi lon"],
    "note": ["ghi chu", "chu thich"],
}
HALVES = ("family_name", "given_name")
IGNORED = {"stt", "tt", "so tt", "so thu tu", "ma", "ma so"}
_BY_ALIAS = sorted(
    ((alias, field) for field, aliases in ALIASES.items() for alias in [*aliases, field.replace("_", " ")]),
    key=lambda pair: -len(pair[0]),
)


def normalise(header) -> str:
    """ "Số tiền (đồng)" → "so tien dong": folded, punctuation to spaces."""
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(str(header or ""))).split())


def field_for(header) -> str | None:
    text = normalise(header)
    if not text or text in IGNORED:
        return None
    for field, label in FIELDS.items():  # the headers of our own export, in the admin's language
        if field not in HALVES and text == normalise(label):
            return field
    for alias, field in _BY_ALIAS:
        if text == alias:
            return field
    for alias, field in _BY_ALIAS:
        if text.startswith(f"{alias} "):
            return field
    return None


def guess_mapping(headers: list) -> dict[str, int]:
    """field → column index; the first column that names a field gets it. A lone "Tên" (or "Họ")
    column is the whole name."""
    mapping = {}
    for index, header in enumerate(headers):
        field = field_for(header)
        if field and field not in mapping:
            mapping[field] = index
    halves = [half for half in HALVES if half in mapping]
    if len(halves) == 1 and "recipient_name" not in mapping:
        mapping["recipient_name"] = mapping.pop(halves[0])
    return mapping


def recognised(headers: list) -> int:
    return len(guess_mapping(headers))
