"""Running a search: Elasticsearch when it is configured and answers, else the database's own
index (``dbindex``); a tolerant retry when nothing matches (``tolerance``); one ranking.

On the database the search costs a query for the counts (the total and every facet, over the
whole matched set) and one for the page of results shown; the tolerant retry adds the
vocabulary lookup. Nothing loops over the hits in Python.
"""

import logging
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from django.conf import settings
from django.db import DatabaseError, connection
from django.db.models import Q
from wagtail.search.backends import get_search_backend

from core.text import fold

from . import dbindex, tolerance
from .dbindex import All, Any, Prefix, Ranking, Word, phrase_or_word
from .models import SearchEntry
from .query import ParsedQuery, parse, to_search_query
from .registry import registry
from .text import words

logger = logging.getLogger(__name__)
MAX_HITS = 300  # what Elasticsearch is asked for
WIDEN = 10  # fewer exact matches than a page of results: add the tolerant ones after them


class Hits:
    """The ranked hits, fetched a page at a time (what Django's Paginator slices)."""

    def __init__(self, total: int, fetch):
        self.total, self._fetch = total, fetch

    def count(self) -> int:
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, item):
        if isinstance(item, int):
            return self[item : item + 1][0]
        start, stop = item.start or 0, min(item.stop if item.stop is not None else self.total, self.total)
        return self._fetch(start, max(stop - start, 0)) if stop > start else []


NO_HITS = Hits(0, lambda start, limit: [])


@dataclass
class Outcome:
    query: ParsedQuery
    hits: Hits = NO_HITS
    facets: dict[str, Counter] = field(default_factory=dict)  # counts over the whole matched set
    tolerant_terms: list[str] = field(default_factory=list)  # the words tried too, when few or none matched
    widened: bool = False  # some matched exactly: the tolerant matches come after them
    misread: bool = False  # a word typed looks misread (an OCR'd scan's "séng" for "sông"): both searched
    large: bool = False  # more than dbindex.LARGE matched: uncounted, titled ones then the newest shown
    backend_failed: bool = False

    @property
    def highlighted_terms(self) -> list[str]:
        return self.query.shown_terms + self.tolerant_terms


def _strict(parsed: ParsedQuery, corrected: dict[str, list[str]] | None = None):
    """Every word and phrase as typed (folded); or the document symbol. ``corrected``: the words
    read as any of those they may have meant too (``tolerance.misread``)."""
    corrected = corrected or {}

    def part(text: str):
        pieces = words(text)
        if not corrected.keys() & set(pieces):
            return phrase_or_word(pieces)
        nodes = [Any((Word(p), *map(Word, corrected[p]))) if p in corrected else Word(p) for p in pieces]
        return nodes[0] if len(nodes) == 1 else All(tuple(nodes))  # a phrase corrected: its words anywhere

    parts = [part(text) for text in parsed.phrases + parsed.terms if words(text)]
    if not parts:
        return None, None
    query = parts[0] if len(parts) == 1 else All(tuple(parts))
    return (Any((query, Word(parsed.symbol))) if parsed.symbol else query), query


def _misread(parsed: ParsedQuery, index) -> dict[str, list[str]]:
    """The words typed without care (no mark but OCR's é) that look like a scan's misreadings."""
    careless = [
        (typed, w) for typed, term in parsed.typed_words if not tolerance.typed_with_care(typed) for w in words(term)
    ]
    return tolerance.misread(careless, index)


def _tolerant(parsed: ParsedQuery, index):
    """The words as they may have been meant: all of them, else all but one, else half of them."""
    terms = [w for term in parsed.terms for w in words(term)]
    slots = tolerance.slots(terms, index)
    nodes = [tolerance.node_of(slot) for slot in slots]
    tries = [All(tuple(nodes))] if nodes else []
    for keep in sorted({len(nodes) - 1, (len(nodes) + 1) // 2}, reverse=True):
        if 1 <= keep < len(nodes):
            tries.append(Any(tuple(All(group) if len(group) > 1 else group[0] for group in combinations(nodes, keep))))
    return tries, tolerance.shown(slots)


def _ranking(parsed: ParsedQuery, title, by_date: bool) -> Ranking:
    typed = [w.lower() for w in parsed.shown_terms if fold(w) != w.lower()]
    return Ranking(title=title, symbol=Word(parsed.symbol) if parsed.symbol else None, typed=typed, by_date=by_date)


def _database(queryset, parsed: ParsedQuery, by_date: bool, outcome: Outcome, index) -> None:
    if index.is_empty(queryset):
        return
    node, title = _strict(parsed)
    if node is None:
        return
    counts = index.count(queryset, node)
    exact = title_as_typed = None
    corrected = _misread(parsed, index) if counts.total >= WIDEN else {}
    if corrected:  # the scans' own misreadings matched: the words meant too, titles holding them first
        meant = _strict(parsed, corrected)[1]
        node, title_as_typed, title = Any((node, meant)), title, meant
        outcome.tolerant_terms, outcome.misread = [w for found in corrected.values() for w in found], True
        counts = index.count(queryset, node)
    elif counts.total < WIDEN and parsed.terms:
        tries, shown = _tolerant(parsed, index)
        if counts.total:  # some matched as typed: add those the corrected words find, if any word was corrected
            tries = tries[:1] if set(shown) - {w for t in parsed.terms for w in words(t)} else []
        for attempt in tries:
            attempt_or_exact = Any((node, attempt)) if counts.total else attempt
            wider = index.count(queryset, attempt_or_exact)
            if wider.total > counts.total:
                exact = node if counts.total else None
                outcome.tolerant_terms, outcome.widened = shown, bool(counts.total)
                node, title, counts = attempt_or_exact, tries[0], wider
                break
    if not counts.total:
        return
    ranking = _ranking(parsed, title, by_date)
    ranking.exact, ranking.title_as_typed = exact, title_as_typed
    if any(word in parsed.symbol for word in corrected):  # "thu6n", "T6 Hiéu" looked like a document symbol
        ranking.symbol = None
    outcome.facets, outcome.large = counts.facets, counts.large
    if counts.large:  # tiers read in index order (dbindex.newest): the typed symbol's and the exact ones first
        # a tolerant set is titled by what it matched (all words but one, say), not by every word
        if outcome.tolerant_terms and not outcome.misread:
            ranking.title = node
        outcome.hits = Hits(dbindex.LARGE, lambda start, limit: index.newest(queryset, node, ranking, start, limit))
    else:
        outcome.hits = Hits(counts.total, lambda start, limit: index.results(queryset, node, ranking, start, limit))


def _scan(queryset, parsed: ParsedQuery, by_date: bool, outcome: Outcome) -> None:
    """No index on this database (nor on a broken one): every word in the folded text."""
    matching = queryset.filter(*[Q(folded__contains=w) for w in parsed.phrases + parsed.terms])
    matching = matching.order_by("-date" if by_date else "title_folded")
    entries = list(matching[:MAX_HITS])
    outcome.facets = facet_counts(entries)
    outcome.hits = Hits(len(entries), lambda start, limit: entries[start : start + limit])


def _uses_elasticsearch() -> bool:
    return "elasticsearch" in settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"]


def _elasticsearch(queryset, parsed: ParsedQuery, by_date: bool, outcome: Outcome) -> bool:
    """Elasticsearch's best ``MAX_HITS``, ranked by our rules; False if it did not answer (its
    breaker open, an error, the database answering in its place) or found nothing."""
    backend = get_search_backend("default")
    if getattr(backend, "skips_elasticsearch", False):
        logger.warning("Elasticsearch's breaker is open; answering from the database")
        outcome.backend_failed = True
        return False
    try:
        results = backend.search(to_search_query(parsed), queryset, order_by_relevance=True)[:MAX_HITS]
        entries = list(results)
    except Exception:  # noqa: BLE001 - a backend outage must degrade, never become a 500
        logger.warning("Elasticsearch failed; answering from the database", exc_info=True)
        outcome.backend_failed = True
        return False
    if getattr(results, "fell_back", False):
        outcome.backend_failed = True
        return False
    if not entries:
        return False
    entries = rank(entries, parsed)
    if by_date:
        entries.sort(key=lambda e: (e.date is not None, e.date), reverse=True)
    outcome.facets = facet_counts(entries)
    outcome.hits = Hits(len(entries), lambda start, limit: entries[start : start + limit])
    return True


def search(queryset, raw: str, site_id: int | None = None, *, by_date: bool = False) -> Outcome:
    """``queryset``: the entries to search (a Site's, narrowed by the reader's filters)."""
    parsed = parse(raw)
    outcome = Outcome(parsed)
    if parsed.is_empty:
        return outcome
    if _uses_elasticsearch() and _elasticsearch(queryset, parsed, by_date, outcome):
        return outcome
    index = dbindex.for_connection()
    if index is not None:
        try:
            _database(queryset, parsed, by_date, outcome, index)
            return outcome
        except DatabaseError:
            if connection.vendor == "postgresql" and connection.in_atomic_block:
                raise  # the transaction is aborted: no scan could run in it (requests run in autocommit)
            logger.exception("The search index failed; scanning the entries instead")
            outcome.backend_failed = True
    _scan(queryset, parsed, by_date, outcome)
    return outcome


def rank(hits: list, parsed: ParsedQuery) -> list:
    """Our ranking of a short list (Elasticsearch's best), on top of its relevance order: the
    typed symbol; titles with every word; exact diacritics; the shortest title; the phrase."""
    typed = [w.lower() for w in parsed.shown_terms]
    folded_query = parsed.folded

    def score(position_entry):
        position, entry = position_entry
        text = f"{entry.title} {entry.text}".lower()
        return (
            -(bool(parsed.symbol) and f" {parsed.symbol} " in f" {entry.folded} "),
            -all(term in entry.title_folded for term in parsed.terms + parsed.phrases),
            -all(word in text for word in typed),
            len(entry.title_folded),
            -(folded_query in entry.folded),
            position,
        )

    return [entry for _, entry in sorted(enumerate(hits), key=score)]


def facet_counts(hits: list) -> dict[str, Counter]:
    """Hits per kind, year and value of each registered facet, of a short list in memory."""
    counts = {"kind": Counter(h.kind for h in hits), "year": Counter(h.year for h in hits if h.year)}
    for facet in registry.facets():
        counts[facet.name] = Counter(getattr(h, facet.name) for h in hits if getattr(h, facet.name))
    return counts


def suggestions(site_id: int, raw: str, limit: int = 8) -> list[SearchEntry]:
    """Titles holding the words typed so far, the last one maybe unfinished: a prefix query on
    the index's titles."""
    typed = words(parse(raw).folded[:60])
    if not typed or len(" ".join(typed)) < 2:
        return []
    queryset = SearchEntry.objects.filter(site_id=site_id)
    *whole, last = typed
    initial = last if whole and len(last) == 1 else ""  # "huong ung t": the titles of "huong ung" with a word in t…
    parts = (*map(Word, whole), *([] if initial else [Prefix(last)]))
    node = All(parts) if len(parts) > 1 else parts[0]
    index = dbindex.for_connection()
    try:
        if index is not None:
            return index.suggest(queryset, node, limit, initial)
    except DatabaseError:  # suggestions are a nicety: never an error
        logger.exception("Suggestions failed on the index; scanning the titles instead")
    for word in typed:
        queryset = queryset.filter(title_folded__contains=word)
    return list(queryset[:limit])
