"""Languages Django does not ship: what `get_language_info()` needs to know of them."""

EXTRA_LANG_INFO = {
    "blt": {
        "bidi": False,
        "code": "blt",
        "name": "Tai Dam",
        "name_local": "Tiếng Thái",
    },
    "hmn": {
        "bidi": False,
        "code": "hmn",
        "name": "Hmong",
        "name_local": "Tiếng Mông",
    },
}
