"""News (`news/*.md`): under the Site's "Tin tức", or under the chapter that sent it. A "bài" of more
than two paragraphs shows its picture again after the second paragraph, as the editors lay them out."""

from dataclasses import dataclass, field
from pathlib import Path

from core.text import slugify_vi
from news.models import LearningModel, NewsCategory, NewsKind, NewsPage

from ..pages import ensure_child, months_ago, paragraphs
from . import languages
from .files import Document, content_files, read_markdown
from .schema import Boolean, Choice, Integer, ListOf, Ref, Text, no_duplicates, validate

NEWS = {
    "title": Text(),
    "kind": Choice(NewsKind.values),
    "category": Ref("category", "chuyên mục tin (demo.toml: news_category)"),
    "chapter": Ref("chapter", "chi hội (chapters/chapters.toml)", default=None),
    "months_ago": Integer(minimum=0),  # dated this many months before today…
    "day": Integer(minimum=1, maximum=31),  # …on this day of the month (at most the 28th, never after today)
    "learning_models": ListOf(Ref("learning_model", "mô hình học tập"), default=[]),
    "tags": ListOf(Text(), default=[]),
    "author": Text(),
    "source": Text(default=""),
    "featured": Boolean(default=False),
    "picture": Ref("picture", "tranh minh họa (demo.images.SCENES)"),
    "summary": Text(),
}
TRANSLATED = {"author_name": Text(default=None), "source": Text(default=None), **languages.IMAGE}


@dataclass
class News:
    document: Document
    translations: list = field(default_factory=list)

    @property
    def has_picture_in_body(self) -> bool:
        return self.document.data["kind"] == NewsKind.BAI and len(self.document.paragraphs) > 2


def learning_model_codes() -> set[str]:
    """The national list, which a migration puts in the database."""
    return set(LearningModel.objects.values_list("code", flat=True))


def read(folder: Path, refs: dict, site_languages: list[str]) -> list[News]:
    items = []
    for path in content_files(folder / "news"):
        document = read_markdown(path)
        document.data = validate(document.source, document.data, NEWS, refs)
        document.paragraphs_only()
        item = News(document, languages.read(document, site_languages, TRANSLATED))
        for translation in item.translations:
            if (translation.document.data["image"] is not None) != item.has_picture_in_body:
                wanted = "cần" if item.has_picture_in_body else "không có"
                raise translation.document.error(("image",), f"bài này {wanted} bảng [image] (tranh trong bài)")
        items.append(item)
    no_duplicates([item.document for item in items], "title", lambda d: (d.data["chapter"], slug_of(d.data["title"])))
    return items


def slug_of(title: str) -> str:
    """The slug a news page gets, as `ensure_child` makes it."""
    return slugify_vi(title, max_length=80)


def build(demo, categories: list[dict], news_by_site: dict[str, list[News]]) -> None:
    by_slug = {
        category["slug"]: NewsCategory.objects.get_or_create(
            slug=category["slug"], defaults={"name": category["name"]}
        )[0]
        for category in categories
    }
    models_by_code = {model.code: model for model in LearningModel.objects.all()}
    for site_key, items in news_by_site.items():
        for item in items:
            spec = item.document.data
            parent = demo.chapters[spec["chapter"]] if spec["chapter"] else demo.sections[(site_key, "news")]
            picture = demo.picture(site_key, spec["picture"])
            body = paragraphs(item.document.paragraphs)
            if item.has_picture_in_body:
                body.insert(2, picture_block(picture))
            page = ensure_child(
                parent,
                NewsPage,
                title=spec["title"],
                kind=spec["kind"],
                date=months_ago(demo.today, spec["months_ago"], spec["day"]),
                category=by_slug[spec["category"]],
                summary=spec["summary"],
                body=body,
                author_name=spec["author"],
                source=spec["source"],
                featured=spec["featured"],
                lead_image=picture,
                learning_models=[models_by_code[code] for code in spec["learning_models"]],
                tags=spec["tags"],
            )
            demo.translate(page, item.translations, "body")


def picture_block(picture) -> dict:
    return {
        "type": "image",
        "value": {
            "image": picture.pk,
            "alt_text": picture.description,
            "caption": picture.title,
            "credit": "Tranh minh họa",
        },
    }
