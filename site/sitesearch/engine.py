"""Running a search: the configured backend, the database if it fails, a tolerant retry if
nothing matches, then one ranking for every backend."""

import difflib
import logging
import math
from collections import Counter
from dataclasses import dataclass, field

from django.conf import settings
from django.core.cache import cache
from django.db.models import Q
from django.db.models.functions import Length
from wagtail.search.backends import get_search_backend

from .models import SearchEntry
from .query import ParsedQuery, parse, to_search_query
from .registry import registry
from .text import MIXED_TOKEN, OCR_DIGITS

logger = logging.getLogger(__name__)
MAX_HITS = 300


@dataclass
class Outcome:
    query: ParsedQuery
    hits: list = field(default_factory=list)
    tolerant_terms: list[str] = field(default_factory=list)  # the words tried instead, when nothing matched
    backend_failed: bool = False


def _relevance_is_cheap(backend) -> bool:
    """The database backends score every hit before returning any (SQLite with a correlated
    subquery per hit: minutes at 50,000 pages; PostgreSQL ts_rank over all matches), so there we
    take the newest hits unscored and rank them ourselves; Elasticsearch scores cheaply, unless its
    circuit breaker is open and the database answers for it."""
    return "elasticsearch" in type(backend).__module__ and not getattr(backend, "skips_elasticsearch", False)


def _run(backend, queryset, query) -> tuple[list, bool]:
    """The hits, and whether Elasticsearch failed and the database answered for it."""
    hits = backend.search(query, queryset, order_by_relevance=_relevance_is_cheap(backend))[:MAX_HITS]
    return list(hits), getattr(hits, "fell_back", False)


def _title_hits(queryset, parsed: ParsedQuery) -> list:
    """Entries whose folded title holds every word: the likeliest answers, never lost to the hit cap."""
    words = parsed.terms + parsed.phrases
    if not words:
        return []
    matching = queryset.filter(*[Q(title_folded__contains=word) for word in words])
    return list(matching.order_by(Length("title_folded"))[:50])


def _backend_search(queryset, query) -> tuple[list, bool]:
    try:
        return _run(get_search_backend("default"), queryset, query)
    except Exception:  # noqa: BLE001 - a backend outage must degrade, never become a 500
        if "database" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
        logger.warning("Search backend failed; answering from the database", exc_info=True)
        return _run(get_search_backend("database"), queryset, query)[0], True


def _rank(hits: list, parsed: ParsedQuery) -> list:
    """One ranking for every backend, on top of the backend's relevance order:

    the document whose own symbol was typed; titles that carry every word; exact diacritics
    before folded-only matches; the title the query covers most (the shortest); the phrase.
    """
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


def _vocabulary(site_id: int) -> dict[str, int]:
    """Folded words of a Site's index with their frequencies, cached until the index changes."""
    stamp = SearchEntry.objects.filter(site_id=site_id).order_by("-pk").values_list("pk", flat=True).first()
    key = f"sitesearch:vocabulary:{site_id}:{stamp}"
    words = cache.get(key)
    if words is None:
        counts = Counter()
        for folded in SearchEntry.objects.filter(site_id=site_id).values_list("folded", flat=True).iterator():
            counts.update(w for w in folded.split() if w.isalnum() and 2 <= len(w) <= 30)
        words = dict(counts)
        cache.set(key, words, 3600)
    return words


def _closest(term: str, vocabulary: dict[str, int]) -> str:
    """The likeliest intended word: close in spelling, and common in the index."""
    candidates = difflib.get_close_matches(term, vocabulary, n=6, cutoff=0.55)
    if not candidates:
        return term
    return max(
        candidates, key=lambda w: difflib.SequenceMatcher(None, term, w).ratio() + 0.08 * math.log10(vocabulary[w] + 1)
    )


def _tolerant_terms(parsed: ParsedQuery, site_id: int) -> list[str]:
    vocabulary = _vocabulary(site_id)
    replaced = []
    for term in parsed.terms:
        if MIXED_TOKEN.match(term) and term.translate(OCR_DIGITS) in vocabulary:  # OCR: "t6" for "tô"
            replaced.append(term.translate(OCR_DIGITS))
        elif term in vocabulary or len(term) < 3:
            replaced.append(term)
        else:
            replaced.append(_closest(term, vocabulary))
    return replaced if replaced != parsed.terms else []


def search(queryset, raw: str, site_id: int) -> Outcome:
    parsed = parse(raw)
    outcome = Outcome(parsed)
    if parsed.is_empty:
        return outcome
    hits, outcome.backend_failed = _backend_search(queryset, to_search_query(parsed))
    if hits:
        hits = list({hit.pk: hit for hit in _title_hits(queryset, parsed) + hits}.values())
    if not hits and parsed.terms:
        tolerant = _tolerant_terms(parsed, site_id)
        if tolerant:
            retry = ParsedQuery(raw=raw, terms=tolerant, phrases=[], shown_terms=tolerant)
            hits, failed = _backend_search(queryset, to_search_query(retry))
            outcome.backend_failed |= failed
            outcome.tolerant_terms = tolerant if hits else []
            parsed = retry if hits else parsed
    outcome.hits = _rank(hits, parsed)
    return outcome


def facet_counts(hits: list) -> dict[str, Counter]:
    """Hits per kind, year and value of each registered facet."""
    counts = {"kind": Counter(h.kind for h in hits), "year": Counter(h.year for h in hits if h.year)}
    for facet in registry.facets():
        counts[facet.name] = Counter(getattr(h, facet.name) for h in hits if getattr(h, facet.name))
    return counts


def suggestions(site_id: int, raw: str, limit: int = 8) -> list[SearchEntry]:
    term = parse(raw).folded[:60].strip()  # its words only: quotes and operators are FTS5 syntax
    if len(term) < 2:
        return []
    queryset = SearchEntry.objects.filter(site_id=site_id)
    try:
        return list(queryset.autocomplete(term, fields=["title_folded"])[:limit])
    except Exception:  # noqa: BLE001 - suggestions are a nicety: never an error
        logger.warning("Autocomplete failed", exc_info=True)
        for word in term.split():  # the words, whatever punctuation the title has between them
            queryset = queryset.filter(title_folded__icontains=word)
        return list(queryset[:limit])
