"""Plain text out of a StreamField, from its raw data: no rendering, no image renditions."""

from django.utils.html import strip_tags


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "type"):  # block ids and list-item markers are not text
                yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def stream_text(stream) -> str:
    if not stream:
        return ""
    values = [block["value"] for block in stream.raw_data]
    return strip_tags(" ".join(_strings(values)))
