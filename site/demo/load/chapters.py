"""Chapters (`chapters/chapters.toml`): hội huyện under the Site's "Tổ chức hội", hội xã under their
district, ban khuyến học of agencies; other files name a chapter by its `key`."""

from pathlib import Path

from chapters.models import ChapterKind, ChapterPage

from ..pages import ensure_child
from .files import Document, read_toml
from .schema import Choice, Slug, Tables, Text, validate

CHAPTER = {
    "key": Slug(),  # the page's slug; the president's username is chutich- and the key without hyphens
    "kind": Choice(ChapterKind.values),
    "parent": Slug(default=None),  # a chapter above this one, earlier in the file (a commune's district)
    "title": Text(),
    "short_name": Text(),
    "summary": Text(default=""),
    "president_title": Text(default=None),  # the model's own default ("Chủ tịch") when left out
}
FILE = {"chapter": Tables(CHAPTER)}


def read(folder: Path, taken: set[str]) -> list[dict]:
    """The Site's chapters; ``taken`` holds the keys of the Sites read before (a key names one chapter)."""
    path = folder / "chapters" / "chapters.toml"
    if not path.is_file():
        return []
    document = read_toml(path)
    chapters = validate(document.source, document.data, FILE)["chapter"]
    seen = set()
    for i, chapter in enumerate(chapters):
        check(document, i, chapter, seen, taken)
        seen.add(chapter["key"])
    taken |= seen
    return chapters


def check(document: Document, i: int, chapter: dict, seen: set[str], taken: set[str]) -> None:
    if chapter["key"] in seen or chapter["key"] in taken:
        raise document.error(("chapter", i, "key"), f"khóa “{chapter['key']}” đã dùng cho một chi hội khác")
    if chapter["parent"] is not None and chapter["parent"] not in seen:
        raise document.error(("chapter", i, "parent"), f"“parent” = “{chapter['parent']}”: không có chi hội này ở trên")


def build(demo, chapters_by_site: dict[str, list[dict]]) -> None:
    for site_key, chapters in chapters_by_site.items():
        for chapter in chapters:
            fields = {name: value for name, value in chapter.items() if value is not None}
            key, parent = fields.pop("key"), fields.pop("parent", None)
            under = demo.chapters[parent] if parent else demo.sections[(site_key, "chapters")]
            demo.chapters[key] = ensure_child(under, ChapterPage, slug=key, **fields)
