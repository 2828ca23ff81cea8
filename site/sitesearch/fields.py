"""An object's searchable text, read from its model's ``search_fields``: one list of what is
searchable, for Wagtail's own index and for the search entries alike, so the two cannot drift.

Each ``SearchField`` gives one text, in the order declared: a StreamField its blocks' text, a rich
text field its words, a method or property what it returns. ``RelatedFields`` give the texts of
the related objects' fields, joined (a news item's tags, a plan's legal bases)."""

from collections.abc import Iterator

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Manager
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from blocks.text import stream_text


def searchable_texts(obj, skip: frozenset[str] = frozenset()) -> list[str]:
    """One text per searchable field of ``obj``'s model, but those named in ``skip``."""
    texts = []
    for declared in type(obj).get_search_fields():
        if declared.field_name in skip:
            continue
        if isinstance(declared, index.SearchField):
            texts.append(_text(obj, declared.field_name))
        elif isinstance(declared, index.RelatedFields):
            texts.append(" ".join(_related_texts(obj, declared)))
    return texts


def _text(obj, name: str) -> str:
    try:
        model_field = obj._meta.get_field(name)
    except FieldDoesNotExist:  # a method or a property
        value = getattr(obj, name)
        value = value() if callable(value) else value
    else:
        value = model_field.value_from_object(obj)
        if isinstance(model_field, StreamField):
            return stream_text(value)
        if isinstance(model_field, RichTextField):
            return strip_tags(value or "")
    return "" if value is None else str(value)


def _related_texts(obj, related: index.RelatedFields) -> Iterator[str]:
    value = getattr(obj, related.field_name)
    objects = value.all() if isinstance(value, Manager) else [] if value is None else [value]
    if not getattr(objects, "ordered", True):  # tags: in no order, PostgreSQL's may change from one read to the next
        objects = objects.order_by("pk")
    for item in objects:
        for declared in related.fields:
            if isinstance(declared, index.SearchField):
                yield _text(item, declared.field_name)
            elif isinstance(declared, index.RelatedFields):
                yield from _related_texts(item, declared)
