"""The body as a president types it (paragraphs separated by blank lines) and back.

Only a body made of plain paragraphs goes both ways without loss; one holding pictures,
tables, headings or formatting is edited in the full Wagtail editor (``is_plain``)."""

import html
import re

from django.utils.html import escape
from wagtail.rich_text import RichText

BLANK_LINE = re.compile(r"\n\s*\n")
PLAIN_PARAGRAPH = re.compile(r"^<p>(?:(?!<(?!br\s*/?>)).)*</p>$", re.DOTALL)
BREAK = re.compile(r"<br\s*/?>")


def paragraphs(text: str) -> list[str]:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return [part.strip() for part in BLANK_LINE.split(text) if part.strip()]


def to_stream(text: str) -> list[tuple[str, RichText]]:
    """One paragraph block per paragraph; a single line break stays a line break."""
    return [
        ("paragraph", RichText("<p>" + "<br/>".join(escape(line.strip()) for line in part.split("\n")) + "</p>"))
        for part in paragraphs(text)
    ]


def is_plain(stream) -> bool:
    """True when every block is a paragraph of text and line breaks only."""
    for block in stream.raw_data if stream else []:
        if block["type"] != "paragraph" or not PLAIN_PARAGRAPH.match(str(block["value"]).strip()):
            return False
    return True


def to_text(stream) -> str:
    """The text a plain body was made from (see ``is_plain``)."""
    parts = []
    for block in stream.raw_data if stream else []:
        inside = str(block["value"]).strip()[3:-4]  # inside <p>…</p>
        parts.append(html.unescape(BREAK.sub("\n", inside)))
    return "\n\n".join(parts)
