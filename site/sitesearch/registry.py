"""What each content type gives the search, declared by the content app itself.

Each app registers in its own ``search.py`` (imported at start-up by ``SitesearchConfig.ready``
through ``autodiscover_modules("search")``), on ``registry``:

- ``register_kind``: a kind of result ("Tin", "Bản tin"…), its label and its place in the list;
- ``register_facet``: a column of ``SearchEntry`` whose values narrow the results (a chapter, a
  category…), with the values a Site offers and how each is named;
- ``register_page``: for a page type, what its entry carries beyond the default (kind, date, facet
  values, document symbols) and any entries of its own parts (a bulletin's PDF pages);
- ``register_snippet``: for a model that is not a page, how its entries are made and which of
  them sit under a given page.

A page type nobody registered (looked up through its classes, most specific first) gets the
default: kind ``DEFAULT_KIND``, its first publication date and each facet's ``page_value``. Every
entry's text is read from the model's ``search_fields`` (``sitesearch.fields``). The search names
no content type: what it knows of the content is what was registered here.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.apps import apps
from django.core.exceptions import FieldDoesNotExist, ImproperlyConfigured
from django.db.models import Model, QuerySet
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from wagtail.models import Page, Site

    from .documents import Document

DEFAULT_KIND = "trang"


@dataclass(frozen=True)
class Kind:
    value: str  # stored in SearchEntry.kind, and the search page's ?kind=
    label: Any  # a lazy translation
    order: int  # place in the search page's list of kinds


@dataclass(frozen=True)
class Facet:
    name: str  # a column of SearchEntry holding the value's id, and the search page's parameter
    title: Any  # heading of the counts beside the results
    filter_label: Any  # label of the filter's field
    model: type[Model]  # the values: an entry pointing to a deleted one loses it
    choices: Callable[[Site], QuerySet]  # the values a Site offers, in order
    label: Callable[[Model], str]  # how a value is named
    page_value: Callable[[Page], int | None] | None  # a page's value, unless its type gives its own
    order: int


@dataclass(frozen=True)
class PageType:
    kind: str | Callable[[Page], str] = DEFAULT_KIND
    date: Callable[[Page], datetime.date | None] | None = None  # when it gives none: first publication
    facets: Mapping[str, Callable[[Page], int | None]] = field(default_factory=dict)
    symbols: Callable[[Page], list[str]] | None = None  # document symbols, found however typed
    parts: Callable[[Page, str], list[Document]] | None = None  # more entries: (page, its path)

    def kind_of(self, page) -> str:
        return self.kind(page) if callable(self.kind) else self.kind


@dataclass(frozen=True)
class SnippetType:
    model: type[Model]
    documents: Callable[[Model], list[tuple[int, Document]]]  # (site id, document) pairs of one object
    placed_under: Callable[[Page], QuerySet]  # the objects whose entries follow this page's subtree


DEFAULT_PAGE = PageType()


class SearchRegistry:
    def __init__(self):
        self._kinds: dict[str, Kind] = {}
        self._facets: dict[str, Facet] = {}
        self._pages: dict[type, PageType] = {}
        self._snippets: dict[type, SnippetType] = {}

    # -- declaring ------------------------------------------------------------------

    def register_kind(self, value: str, label, *, order: int) -> None:
        self._kinds[str(value)] = Kind(str(value), label, order)

    def register_facet(
        self,
        name: str,
        *,
        title,
        model: type[Model],
        choices: Callable[[Site], QuerySet],
        label: Callable[[Model], str] = str,
        filter_label=None,
        page_value: Callable[[Page], int | None] | None = None,
        order: int,
    ) -> None:
        """A facet is a column of SearchEntry: adding one means adding its column (a migration)."""
        try:
            apps.get_model("sitesearch", "SearchEntry")._meta.get_field(name)
        except FieldDoesNotExist:
            raise ImproperlyConfigured(f"Search facet {name!r} has no column in SearchEntry") from None
        self._facets[name] = Facet(name, title, filter_label or title, model, choices, label, page_value, order)

    def register_page(self, model: type[Page], **options) -> None:
        """``options`` are PageType's: kind, date, facets, symbols, parts."""
        page_type = PageType(**options)
        if not callable(page_type.kind) and page_type.kind not in self._kinds:
            raise ImproperlyConfigured(f"{model.__name__}: register the search kind {page_type.kind!r} first")
        self._pages[model] = page_type

    def register_snippet(self, model: type[Model], *, documents, placed_under) -> None:
        self._snippets[model] = SnippetType(model, documents, placed_under)

    def unregister(self, model: type[Model]) -> None:
        self._pages.pop(model, None)
        self._snippets.pop(model, None)

    def unregister_kind(self, value: str) -> None:
        self._kinds.pop(value, None)

    # -- reading --------------------------------------------------------------------

    def kinds(self) -> list[Kind]:
        return sorted(self._kinds.values(), key=lambda kind: kind.order)

    def kind_choices(self) -> list[tuple[str, Any]]:
        return [(kind.value, kind.label) for kind in self.kinds()]

    def kind_label(self, value: str):
        kind = self._kinds.get(value)
        return kind.label if kind else value

    def facets(self) -> list[Facet]:
        return sorted(self._facets.values(), key=lambda facet: facet.order)

    def facets_of(self, model: type[Model]) -> list[Facet]:
        """The facets whose values are rows of ``model``."""
        return [facet for facet in self._facets.values() if facet.model is model]

    def page_type(self, page_class: type[Page]) -> PageType:
        return next((self._pages[cls] for cls in page_class.__mro__ if cls in self._pages), DEFAULT_PAGE)

    def snippet_type(self, model: type[Model]) -> SnippetType | None:
        return next((self._snippets[cls] for cls in model.__mro__ if cls in self._snippets), None)

    def snippet_types(self) -> list[SnippetType]:
        return list(self._snippets.values())


registry = SearchRegistry()
registry.register_kind(DEFAULT_KIND, _("Trang thông tin"), order=1000)  # any page no app says more of
