"""Honour rolls (`honours/*.toml`): a roll page under the home page and its records. A record is of a
group (a class, a school, a family…) unless `recipient_kind` says a person; `adult = true` says the
recipients are known to be 18 or over (a person's full name is then shown), never a guess."""

from pathlib import Path

from honours.models import HonourRecord, HonourRollPage, RecipientKind

from ..pages import ensure_child
from .files import Document, read_toml
from .schema import Boolean, Choice, Integer, Ref, Slug, Tables, Text, validate

RECORD = {
    "recipient": Text(),
    "recipient_kind": Choice(RecipientKind.values),
    "award": Text(),
    "programme": Text(default=""),
    "year": Integer(minimum=1900),
    "amount": Integer(minimum=0, default=None),  # đồng; left out when counted in another record's
    "quantity": Integer(minimum=1, default=1),
    "chapter": Ref("chapter", "chi hội (chapters/chapters.toml)", default=None),
    "adult": Boolean(default=False),
    "note": Text(default=""),
}
ROLL = {
    "slug": Slug(),
    "title": Text(),
    "summary": Text(default=""),
    "intro": Text(default=""),
    "record": Tables(RECORD, default=[]),
}


def read(folder: Path, refs: dict) -> list[Document]:
    rolls = []
    for path in sorted((folder / "honours").glob("*.toml")):
        document = read_toml(path)
        document.data = validate(document.source, document.data, ROLL, refs)
        rolls.append(document)
    return rolls


def build(demo, rolls_by_site: dict[str, list[Document]]) -> None:
    """The rolls, then their records (one record per recipient, programme, year and award)."""
    pages = {}
    for site_key, rolls in rolls_by_site.items():
        for document in rolls:
            spec = document.data
            pages[document.path] = ensure_child(
                demo.homes[site_key],
                HonourRollPage,
                slug=spec["slug"],
                title=spec["title"],
                intro=spec["intro"],
                summary=spec["summary"],
                show_in_menus=True,
            )
    for rolls in rolls_by_site.values():
        for document in rolls:
            for record in document.data["record"]:
                HonourRecord.objects.get_or_create(
                    roll=pages[document.path],
                    recipient_name=record["recipient"],
                    programme=record["programme"],
                    year=record["year"],
                    award=record["award"],
                    defaults={
                        "recipient_kind": record["recipient_kind"],
                        "amount": record["amount"],
                        "quantity": record["quantity"],
                        "is_adult": record["adult"],
                        "chapter": demo.chapters[record["chapter"]] if record["chapter"] else None,
                        "note": record["note"],
                    },
                )
