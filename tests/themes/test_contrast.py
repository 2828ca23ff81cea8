"""WCAG 2.1 AA colour contrast of the demo themes, read from their theme.css: 4.5:1 for text,
3:1 for focus rings and other UI parts (large text is held to 4.5 here too)."""

import re
from pathlib import Path

import pytest
from django.conf import settings

THEMES = Path(settings.THEMES_DIR)
TEXT, UI = 4.5, 3.0
WHITE, BLACK = "#ffffff", "#000000"

# (foreground, background, minimum, where): names are custom properties (--brand …) or colours
PAIRS = {
    "sonla": [
        (WHITE, "brand", TEXT, "header text, name"),
        ("gold", "brand", TEXT, "“UBND tỉnh Sơn La” above the name; focus ring in the header"),
        ("mist", "brand", TEXT, "tagline"),
        (BLACK, "gold", TEXT, "search button in the header"),
        (WHITE, "brand-dark", TEXT, "menu, language links, footer text"),
        ("gold", "brand-dark", TEXT, "footer links; current menu item; focus ring on the menu"),
        ("mist", "brand-dark", TEXT, "footer note"),
        ("brand", WHITE, TEXT, "links"),
        ("brand", "bg-soft", TEXT, "links on panels"),
        ("brand-dark", WHITE, TEXT, "headings"),
        ("muted", "bg-soft", TEXT, "muted text on panels"),
        ("accent", WHITE, UI, "focus ring on the page"),
        ("accent", "bg-soft", UI, "focus ring on panels"),
        (BLACK, "accent", TEXT, "buttons"),
    ],
    "soctrang": [
        (WHITE, "brand-dark", TEXT, "top strip (UBND tỉnh Sóc Trăng)"),
        ("brand-dark", "bg-soft", TEXT, "association name on the light header"),
        ("lotus-dark", "bg-soft", TEXT, "tagline"),
        ("brand", "bg-soft", UI, "search field border"),
        ("accent", "bg-soft", UI, "focus ring in the light header"),
        (WHITE, "brand", TEXT, "search button, menu, language links"),
        ("lotus-light", "brand", UI, "current menu item, focus ring on the menu"),
        ("lotus-light", "brand-dark", UI, "focus ring on the top strip"),
        ("brand", WHITE, TEXT, "links"),
        ("brand", "bg-soft", TEXT, "footer links"),
        ("brand-dark", WHITE, TEXT, "headings"),
        ("ink", "bg-soft", TEXT, "footer text"),
        ("muted", "bg-soft", TEXT, "footer note"),
        ("accent", WHITE, UI, "focus ring on the page"),
        (BLACK, "accent", TEXT, "buttons"),
    ],
}


def custom_properties(css: str) -> dict[str, str]:
    """The --name: #colour declarations of the :root rule."""
    root = re.search(r":root\s*{([^}]*)}", css).group(1)
    return {name: value.lower() for name, value in re.findall(r"--([\w-]+)\s*:\s*(#[0-9a-fA-F]{3,6})\b", root)}


def luminance(colour: str) -> float:
    hex_ = colour.lstrip("#")
    if len(hex_) == 3:
        hex_ = "".join(c * 2 for c in hex_)
    channels = [int(hex_[i : i + 2], 16) / 255 for i in (0, 2, 4)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def palette(theme: str) -> dict[str, str]:
    base = custom_properties((THEMES / "base/static/base/css/site.css").read_text(encoding="utf-8"))
    own = custom_properties((THEMES / theme / "static" / theme / "css/theme.css").read_text(encoding="utf-8"))
    return {**base, **own}


def test_contrast_helper():
    assert round(contrast(WHITE, BLACK), 1) == 21.0
    assert round(contrast("#777777", WHITE), 2) == 4.48


@pytest.mark.parametrize("theme", sorted(PAIRS))
def test_theme_colours_meet_wcag_aa(theme):
    colours = palette(theme)
    failures = []
    for fg, bg, minimum, where in PAIRS[theme]:
        ratio = contrast(colours.get(fg, fg), colours.get(bg, bg))
        if ratio < minimum:
            failures.append(f"{where}: {fg} on {bg} is {ratio:.2f}:1, needs {minimum}:1")
    assert not failures, "\n".join(failures)
