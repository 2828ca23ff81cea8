"""Pages printed to PDF by WeasyPrint, in the bundled Liberation Serif (``core/fonts``).

Liberation Serif 2 is metric-compatible with Times New Roman (the font of Nghị định 30) and has every
Vietnamese letter; fontconfig's "Times New Roman" on Debian is Liberation 1, which lacks about half of
them, so WeasyPrint would fill those from another font mid-word. The fetcher reads only those fonts and
the images a caller allows: nothing an editor typed can make the renderer open another file or a URL.
"""

from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import FileSystemStorage
from django.template.loader import render_to_string
from PIL import ImageFile
from weasyprint import HTML
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import URLFetcher

# weasyprint.images turns this on for the whole process when imported: uploads (core.image_forms) must
# still refuse a truncated image, and printing reads only our own renditions
ImageFile.LOAD_TRUNCATED_IMAGES = False

FONTS = Path(__file__).resolve().parent / "fonts"


class AllowedFilesFetcher(URLFetcher):
    def __init__(self, allowed: list[Path]):
        super().__init__()
        self.prefixes = [folder.resolve().as_uri() + "/" for folder in allowed]

    def fetch(self, url, headers=None):
        if not any(url.startswith(prefix) for prefix in self.prefixes) or "/../" in url:
            raise ValueError(f"not fetched when printing: {url}")
        return super().fetch(url, headers)


def render_pdf(template: str, context: dict, *, images: list[Path] = ()) -> bytes:
    """The template rendered with ``fonts`` (the fonts' folder URI, for ``core/print/fonts.html``) to PDF;
    ``images`` are the folders whose files it may show."""
    html = render_to_string(template, {**context, "fonts": FONTS.as_uri()})
    fetcher = AllowedFilesFetcher([FONTS, *images])
    document = HTML(string=html, base_url=FONTS.as_uri() + "/", url_fetcher=fetcher)
    return document.write_pdf(font_config=FontConfiguration())


def printed_file(folder: str, version: str, suffix: str, render) -> bytes:
    """The stored file of this version of a document, rendered (``render()``) and stored if missing; the
    folder's older versions of that kind are dropped. Versions are what the file is made from (revision
    ids), so a file is rendered once per published change. The folder lies outside MEDIA_ROOT, which the
    web server hands to anyone: files are served only through their page, after its privacy check."""
    files, name = printed_storage(), f"{folder}/{version}.{suffix}"
    if files.exists(name):
        with files.open(name) as stored:
            return stored.read()
    content = render()
    if not files.exists(name):  # another worker may have stored it meanwhile
        files.save(name, ContentFile(content))
    for old in files.listdir(folder)[1]:
        if old.endswith(f".{suffix}") and old != f"{version}.{suffix}":
            files.delete(f"{folder}/{old}")
    return content


def printed_storage() -> FileSystemStorage:
    return FileSystemStorage(location=settings.KHUYENHOC_PRINTED_ROOT)
