"""Official documents named in a text ("Báo cáo số 01/BC-HKH", "Quyết định 1373/QĐ-TTg") linked to what
holds them on the reader's Site: a plan's or report's page, an entry of the legal documents register.

The core finds the symbols; the content apps that hold documents register how a Site's symbols resolve
(``register_resolver``), so the core names none of them.
"""

import re
from collections.abc import Callable

from django.utils.html import escape

from core.text import fold

# 01/BC-HKH, 1373/QĐ-TTg, 126/2024/NĐ-CP, 49-KL/TW: a number, then letter groups after "/" and "-"
LETTERS = r"[A-ZĐ][A-ZĐa-z]{0,7}"  # each group begins with a capital: QĐ, TTg, UBND
SYMBOL = re.compile(rf"(?<![\w/.-])(\d{{1,5}}(?:/\d{{4}})?[/-]{LETTERS}(?:[-/]{LETTERS}){{0,3}})(?![\w/-])")
TAG = re.compile(r"(<[^>]+>)")

Resolver = Callable  # (site, {symbol key: symbol}) -> {symbol key: url}
_resolvers: list[Resolver] = []


def register_resolver(resolver: Resolver) -> None:
    if resolver not in _resolvers:
        _resolvers.append(resolver)


def symbol_key(symbol: str) -> str:
    """A symbol without slashes, dashes, spaces or accents: "677/QĐ- TTg" and "677/QD-TTG" → "677qdttg"."""
    return "".join(ch for ch in fold(symbol) if ch.isalnum())


def link_mentions(html: str, site, known: dict[str, str | None] | None = None) -> str:
    """The HTML with each resolvable symbol outside a link made a link; nothing else changes. ``known``
    keeps what was resolved (url or None) across the calls of one request, so a page asks once per symbol."""
    if site is None or not SYMBOL.search(html):
        return html
    known = {} if known is None else known
    found = {key: match for match in SYMBOL.findall(html) if (key := symbol_key(match)) not in known}
    if found:
        resolved = {}
        for resolver in _resolvers:
            resolved.update({key: url for key, url in resolver(site, found).items() if key not in resolved})
        known.update({key: resolved.get(key) for key in found})
    urls = {key: url for key, url in known.items() if url}
    if not urls:
        return html
    parts, depth = [], 0
    for part in TAG.split(html):
        if part.startswith("<"):
            depth += part.lower().startswith("<a ") or part.lower() == "<a>"
            depth -= part.lower().startswith("</a")
            parts.append(part)
        elif depth > 0:
            parts.append(part)
        else:
            parts.append(SYMBOL.sub(lambda match: _link(match.group(1), urls), part))
    return "".join(parts)


def _link(symbol: str, urls: dict[str, str]) -> str:
    url = urls.get(symbol_key(symbol))
    return f'<a class="mention" href="{escape(url)}">{symbol}</a>' if url else symbol
