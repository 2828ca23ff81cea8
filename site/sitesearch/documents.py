"""What goes into a search entry: its text, kind, date, facet values; and a page's document,
made from what its type registered (``sitesearch.registry``)."""

import datetime
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field

from wagtail.models import PageViewRestriction

from core.text import fold

from .fields import searchable_texts
from .registry import registry
from .text import compact, ocr_variants

TITLE = frozenset({"title"})  # a page's title is its entry's title, not part of its text


@dataclass
class Document:
    kind: str
    title: str
    url: str
    texts: list[str]
    date: datetime.date | None = None
    facets: dict[str, int | None] = field(default_factory=dict)  # registered facet name → value id
    page_id: int | None = None
    part: int = 0
    symbols: list[str] = field(default_factory=list)
    scanned: bool = False

    def fields(self) -> dict:
        text = "\n".join(t for t in self.texts if t)
        folded = fold(f"{self.title}\n{text}")
        extras = [compact(s) for s in self.symbols if s]
        if self.scanned:
            extras.append(ocr_variants(folded))
        return {
            "kind": self.kind,
            "title": self.title[:500],
            "url": self.url[:1000],
            "text": text,
            "folded": " ".join([folded, *extras]),
            "title_folded": fold(self.title)[:500],
            "date": self.date,
            "year": self.date.year if self.date else None,
            "page_id": self.page_id,
            "part": self.part,
            **self.facets,
        }


_restricted_paths: ContextVar[tuple[str, ...] | None] = ContextVar("restricted_paths", default=None)


@contextmanager
def restrictions_read_once():
    """Within it, ``public_location`` knows the restricted pages from one query (bulk indexing)."""
    token = _restricted_paths.set(tuple(PageViewRestriction.objects.values_list("page__path", flat=True)))
    try:
        yield
    finally:
        _restricted_paths.reset(token)


def _restricted(page) -> bool:
    paths = _restricted_paths.get()
    if paths is None:
        return page.get_view_restrictions().exists()
    return page.path.startswith(paths) if paths else False


def public_location(page) -> tuple[int, str] | None:
    """(site id, path) of a live page anybody may read, or None: private pages are never indexed."""
    if not page.live or _restricted(page):
        return None
    site_id, _root, path = page.get_url_parts() or (None, None, None)
    return None if site_id is None else (site_id, path)


def page_document(page, url: str) -> Document:
    """A published page's document: the default, with what its type registered."""
    page_type = registry.page_type(type(page))
    facets = {facet.name: facet.page_value(page) for facet in registry.facets() if facet.page_value}
    facets.update({name: value(page) for name, value in page_type.facets.items()})
    published = page.first_published_at.date() if page.first_published_at else None
    return Document(
        kind=page_type.kind_of(page),
        title=page.title,
        url=url,
        texts=searchable_texts(page, skip=TITLE),
        date=(page_type.date(page) if page_type.date else None) or published,
        facets=facets,
        page_id=page.pk,
        symbols=page_type.symbols(page) if page_type.symbols else [],
    )
