"""The print edition's pictures: a rendition no wider than the page needs, as a file the renderer reads."""

from pathlib import Path

from django import template

register = template.Library()
PRINT_RENDITION = "max-1400x1400|format-jpeg|jpegquality-80"


@register.filter
def print_image_uri(image) -> str:
    return Path(image.get_rendition(PRINT_RENDITION).file.path).resolve().as_uri()
