"""Languages Django does not ship: what `get_language_info()` needs to know of them.

``name_local`` is written as it reads mid-sentence in Vietnamese ("bản tiếng Thái");
the language switcher capitalises it.
"""

EXTRA_LANG_INFO = {
    "blt": {
        "bidi": False,
        "code": "blt",
        "name": "Tai Dam",
        "name_local": "tiếng Thái",
    },
    "hmn": {
        "bidi": False,
        "code": "hmn",
        "name": "Hmong",
        "name_local": "tiếng Mông",
    },
}

# Languages whose interface catalogue is still untranslated: their pages' interface
# (menus, buttons, notices) reads in Vietnamese, and is marked lang="vi" so that
# screen readers and search engines are told so. Drop a code once its catalogue is done.
VIETNAMESE_INTERFACE = {"blt", "hmn"}
