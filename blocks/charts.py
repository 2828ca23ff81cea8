"""Horizontal bar charts drawn on the server as inline SVG: no script and nothing for readers to download.

Widths are percentages of the figure and heights are pixels, so the text keeps its size on a
390 px phone as on a desktop (a viewBox would shrink the text with the figure). The chart has
role="img" with a <title> and a <desc>; the numbers themselves are in the table beside it.
"""

import hashlib
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

LABEL_CHARS = 38  # a label line that fits 390 px at 14 px; longer labels wrap onto a second line
LINE_HEIGHT = 18
BAR_HEIGHT = 14
ROW_GAP = 12
BAR_SPAN = 72  # % of the width the longest bar takes; the value is written in the rest
MIN_BAR = 0.4  # % so that a small non-zero amount still shows


@dataclass(frozen=True)
class Bar:
    label: str
    fraction: float | None  # 0–1 of the longest bar, or of the track; None when there is no value
    value_text: str


def thousands(number: int) -> str:
    """1234567 → "1.234.567"."""
    return f"{number:,}".replace(",", ".")


def _decimal(number: float) -> str:
    """Three significant digits, a decimal comma, no trailing zeros: 31.86 → "31,9", 2.951 → "2,95"."""
    digits = 0 if abs(number) >= 100 else 1 if abs(number) >= 10 else 2
    text = f"{number:.{digits}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def compact_amount(amount: int) -> str:
    """An amount short enough for a bar's end: 31862960857 → "31,9 tỷ", 865112000 → "865 triệu"."""
    for size, unit in ((10**9, _("tỷ")), (10**6, _("triệu")), (10**3, _("nghìn"))):
        if abs(amount) >= size:
            return f"{_decimal(amount / size)} {unit}"
    return thousands(amount)


def percent(rate: Decimal | None) -> str:
    """Decimal("61.3") → "61,3%"; "–" when undefined."""
    return "–" if rate is None else f"{rate}".replace(".", ",") + "%"


def _label_lines(label: str) -> list[str]:
    lines = textwrap.wrap(label, LABEL_CHARS) or [""]
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), LABEL_CHARS, placeholder=" …")]
    return lines


def _width(fraction: float) -> str:
    return f"{max(min(fraction, 1.0) * BAR_SPAN, MIN_BAR if fraction > 0 else 0):.2f}%"


def bar_chart(title: str, description: str, bars: Sequence[Bar], *, track: bool = False) -> SafeString:
    """One bar per row, its label above it. With ``track``, each bar fills a full-length track
    (a share of a whole, as achieved of registered); otherwise bars are in proportion to each other."""
    key = hashlib.sha1(repr((title, description, bars, track)).encode()).hexdigest()[:10]
    rows, y = [], 0
    for bar in bars:
        lines = _label_lines(bar.label)
        labels = format_html_join(
            "",
            '<text class="chart__label" x="0" y="{}">{}</text>',
            ((y + 14 + i * LINE_HEIGHT, line) for i, line in enumerate(lines)),
        )
        bar_top = y + len(lines) * LINE_HEIGHT + 2
        track_rect = (
            format_html(
                '<rect class="chart__track" x="0" y="{}" width="{}%" height="{}" fill="#eef1ee" stroke="#8a968c"/>',
                bar_top,
                BAR_SPAN,
                BAR_HEIGHT,
            )
            if track
            else ""
        )
        fill = (
            format_html(
                '<rect class="chart__bar" x="0" y="{}" width="{}" height="{}" fill="#0b5d3b"/>',
                bar_top,
                _width(bar.fraction),
                BAR_HEIGHT,
            )
            if bar.fraction
            else ""
        )
        value_x = f"{BAR_SPAN}%" if track or bar.fraction is None else _width(bar.fraction)
        value = format_html(
            '<text class="chart__value" x="{}" dx="6" y="{}">{}</text>', value_x, bar_top + 12, bar.value_text
        )
        rows.append(format_html('<g class="chart__row">{}{}{}{}</g>', labels, track_rect, fill, value))
        y = bar_top + BAR_HEIGHT + ROW_GAP
    return format_html(
        '<svg class="chart__svg" xmlns="http://www.w3.org/2000/svg" width="100%" height="{}" role="img" '
        'aria-labelledby="chart-{}-title chart-{}-desc" font-size="14">'
        '<title id="chart-{}-title">{}</title><desc id="chart-{}-desc">{}</desc>{}</svg>',
        max(y - ROW_GAP, 0),
        key,
        key,
        key,
        title,
        key,
        description,
        mark_safe("".join(rows)),  # each row was built with format_html
    )
