"""Small helpers to build demo pages idempotently: create what is missing, never touch what exists."""

from datetime import date

from django.utils.html import escape

from core.text import slugify_vi


def ensure_child(parent, model, slug: str | None = None, **fields):
    """The live child of ``parent`` with this slug, created and published if missing."""
    slug = slug or slugify_vi(fields["title"], max_length=80)
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing is not None:
        return existing
    relations = {k: fields.pop(k) for k in ("learning_models", "tags", "legal_bases") if k in fields}
    page = model(slug=slug, **fields)
    if "learning_models" in relations:
        page.learning_models = relations["learning_models"]
    if "legal_bases" in relations:
        page.legal_bases = relations["legal_bases"]
    parent.add_child(instance=page)
    if relations.get("tags"):
        page.tags.add(*relations["tags"])
        page.save()
    page.save_revision().publish()
    return page


def paragraphs(texts: list[str]) -> list[dict]:
    """Raw StreamField data: one paragraph block per text."""
    return [{"type": "paragraph", "value": f"<p>{escape(text)}</p>"} for text in texts]


def months_ago(today: date, months: int, day: int) -> date:
    """``day`` (at most the 28th) of the month ``months`` before today's, but never after today."""
    year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
    candidate = date(year, month + 1, min(day, 28))
    return min(candidate, today)


def figures_block(title: str, items: list[dict]) -> dict:
    """Raw data of a "figures" block; ``items`` as the data files give them (label, value, unit)."""
    return {
        "type": "figures",
        "value": {
            "title": title,
            "items": [{"label": item["label"], "value": item["value"], "unit": item["unit"]} for item in items],
        },
    }


def statistics_block(title: str, rows: list[dict]) -> dict:
    """Raw data of a "statistics" block; ``rows`` as the data files give them (label, registered, achieved)."""
    return {
        "type": "statistics",
        "value": {
            "title": title,
            "note": "",
            "rows": [
                {"label": row["label"], "registered": row["registered"], "achieved": row["achieved"]} for row in rows
            ],
        },
    }
