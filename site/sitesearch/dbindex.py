"""The entries' full-text index in the database, one class per vendor, used end to end: matching,
ranking, facet counts, suggestions and the vocabulary lookups all run on an index, in SQL; Python
only ever sees the page of results shown and the counts.

A query is a small tree (``Word``, ``Prefix``, ``Phrase``, ``All``, ``Any``) of folded words as
``text.words`` cuts them, the way both databases' tokenizers cut the indexed text; each vendor
writes it in its own syntax (``tsquery``, FTS5), words quoted, so nothing typed reaches either
parser as syntax.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection

from . import choices
from .models import SearchEntry, SearchTerm
from .registry import registry
from .text import words as folded_words


@dataclass(frozen=True)
class Word:
    word: str


@dataclass(frozen=True)
class Prefix:
    word: str


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]


@dataclass(frozen=True)
class All:
    parts: tuple


@dataclass(frozen=True)
class Any:
    parts: tuple


def phrase_or_word(pieces: list[str]):
    return Word(pieces[0]) if len(pieces) == 1 else Phrase(tuple(pieces))


@dataclass
class Ranking:
    """What orders the matched set, before the index's relevance: the entries holding the typed
    document symbol, those whose title holds every word (``title``: the query's words alone),
    those whose title has the words with the diacritics as typed (``typed``, lower case)."""

    title: object | None = None
    symbol: object | None = None
    exact: object | None = None  # the query as typed, when tolerant matches were added to its own
    typed: list[str] = field(default_factory=list)
    by_date: bool = False
    scored: bool = True  # the index's relevance (bm25, ts_rank of the text) too: for a matched set not too large


TABLE = SearchEntry._meta.db_table
COLUMNS = ", ".join(f"{TABLE}.{connection.ops.quote_name(f.column)}" for f in SearchEntry._meta.concrete_fields)


def _where(queryset) -> tuple[str, list]:
    """The WHERE of ``queryset`` (the Site, the reader's filters) as SQL on the entries' table."""
    query = queryset.query
    if sum(1 for alias in query.alias_map if query.alias_refcount.get(alias)) > 1:  # joins: keep them in a subquery
        sql, params = queryset.values("pk").query.sql_with_params()
        return f"{TABLE}.id IN ({sql})", list(params)
    try:
        sql, params = query.get_compiler(queryset.db).compile(query.where)
    except FullResultSet:
        return "1 = 1", []
    return sql, list(params)


class DatabaseIndex:
    """What every vendor does the same; the vendor classes write the SQL."""

    def is_empty(self, queryset) -> bool:
        try:
            _where(queryset)
        except EmptyResultSet:
            return True
        return False

    # -- writing a query ---------------------------------------------------------------------

    def render(self, node) -> str:
        raise NotImplementedError

    # -- the matched set -------------------------------------------------------------------

    def matched(self, queryset, node, scored: bool = False) -> tuple[str, list]:
        """FROM … WHERE … of the entries of ``queryset`` matching ``node`` (``scored``: with the
        index's relevance of each, for ``relevance``)."""
        raise NotImplementedError

    def count_facets(self, queryset, node) -> dict[str, Counter]:
        """Entries per kind, year and registered facet, over the whole matched set, in one query.

        Counting is linear in the matches: a word most of an archive holds ("khuyen hoc") costs
        hundreds of milliseconds at 50,000 pages. The counts are kept in the cache until the index
        next changes (``choices.generation``, bumped by every write to the entries)."""
        source, params = self.matched(queryset, node)
        digest = hashlib.sha256(f"{connection.vendor}\0{source}\0{params!r}".encode()).hexdigest()
        key = f"sitesearch:facets:{choices.generation()}:{digest}"
        counts = cache.get(key)
        if counts is None:
            counts = self._count(source, params)
            cache.set(key, counts, choices.SECONDS)
        return counts

    def _count(self, source: str, params: list) -> dict[str, Counter]:
        names = ["kind", "year", *(facet.name for facet in registry.facets())]
        quoted = {name: connection.ops.quote_name(SearchEntry._meta.get_field(name).column) for name in names}
        groups = " UNION ALL ".join(
            f"SELECT '{name}', CAST({quoted[name]} AS VARCHAR(64)), COUNT(*) FROM m"
            f" WHERE {quoted[name]} IS NOT NULL GROUP BY {quoted[name]}"
            for name in names
        )
        columns = ", ".join(f"{TABLE}.{quoted[name]}" for name in names)
        counts = {name: Counter() for name in names}
        with connection.cursor() as cursor:
            cursor.execute(f"WITH m AS MATERIALIZED (SELECT {columns} {source}) {groups}", params)
            for name, value, count in cursor.fetchall():  # one type for the union: text, the ids back to numbers
                counts[name][value if name == "kind" else int(value)] = count
        return counts

    def results(self, queryset, node, ranking: Ranking, offset: int, limit: int) -> list[SearchEntry]:
        source, params = self.matched(queryset, node, scored=ranking.scored and not ranking.by_date)
        order, order_params = self.order(ranking, node)
        # the matched set ordered by what little each needs, then only the page shown read in full
        sql = (
            f"SELECT {COLUMNS} FROM (SELECT {TABLE}.id AS top_id, ROW_NUMBER() OVER (ORDER BY {order}) AS position"
            f" {source} ORDER BY position LIMIT %s OFFSET %s) AS top"
            f" JOIN {TABLE} ON {TABLE}.id = top.top_id ORDER BY top.position"
        )
        return list(SearchEntry.objects.raw(sql, [*order_params, *params, limit, offset]))

    def order(self, ranking: Ranking, node) -> tuple[str, list]:
        if ranking.by_date:
            return f"{TABLE}.date IS NULL, {TABLE}.date DESC, {TABLE}.id DESC", []
        keys, params = [], []
        if ranking.exact is not None:
            sql, more = self.holding(ranking.exact)
            keys.append(f"({sql}) DESC")
            params += more
        if ranking.symbol is not None:
            sql, more = self.holding(ranking.symbol)
            keys.append(f"({sql}) DESC")
            params += more
        if ranking.title is not None:
            sql, more = self.title_holds(ranking.title)
            keys.append(f"({sql}) DESC")
            params += more
        if ranking.typed:
            typed = " AND ".join([self.contains(f"lower({TABLE}.title)")] * len(ranking.typed))
            keys.append(f"({typed}) DESC")
            params += ranking.typed
        sql, more = self.relevance(node, ranking.scored)
        keys += [sql, f"length({TABLE}.title_folded)", f"{TABLE}.date IS NULL", f"{TABLE}.date DESC", f"{TABLE}.id"]
        return ", ".join(keys), params + more

    # -- the vocabulary ---------------------------------------------------------------------

    def known_words(self, words: set[str]) -> dict[str, int]:
        """How many entries hold each of ``words`` that the index knows: primary-key lookups."""
        found = {}
        words = sorted(w for w in words if len(w) <= 64)
        for start in range(0, len(words), 900):
            chunk = words[start : start + 900]
            found.update(SearchTerm.objects.filter(word__in=chunk, entries__gt=0).values_list("word", "entries"))
        return found

    def similar_words(self, word: str, limit: int = 6) -> dict[str, int]:
        """Words spelt much like ``word`` (however far in edits), where the vendor indexes trigrams."""
        return {}

    # -- suggestions ---------------------------------------------------------------------

    def suggest(self, queryset, node, limit: int) -> list[SearchEntry]:
        raise NotImplementedError


class PostgresIndex(DatabaseIndex):
    """``search_vector`` (title A, text B) and ``title_vector`` (title), GIN-indexed; relevance is
    ``ts_rank`` of the title, then of the text, computed on the matched set only."""

    def render(self, node, weight: str = "") -> str:
        if isinstance(node, Word):
            return f"'{node.word}'" + (f":{weight}" if weight else "")
        if isinstance(node, Prefix):
            return f"'{node.word}':*{weight}"
        if isinstance(node, Phrase):
            return "(" + " <-> ".join(f"'{w}'" + (f":{weight}" if weight else "") for w in node.words) + ")"
        joiner = " & " if isinstance(node, All) else " | "
        return "(" + joiner.join(self.render(part, weight) for part in node.parts) + ")"

    def matched(self, queryset, node, scored=False):
        where, params = _where(queryset)
        return (
            f"FROM {TABLE} WHERE {where} AND {TABLE}.search_vector @@ to_tsquery('simple', %s)",
            [*params, self.render(node)],
        )

    def holding(self, node):
        """Through the index: the few entries holding a document symbol, as a hashed set."""
        sql = f"SELECT id FROM {TABLE} WHERE search_vector @@ to_tsquery('simple', %s)"
        return f"{TABLE}.id IN ({sql})", [self.render(node)]

    def title_holds(self, node):
        return f"{TABLE}.title_vector @@ to_tsquery('simple', %s)", [self.render(node)]

    def relevance(self, node, scored):
        """The title's rank (a small vector, in the row); the text's (read from TOAST) if ``scored``."""
        query = self.render(node)
        title = f"ts_rank({TABLE}.title_vector, to_tsquery('simple', %s), 1) DESC"
        if not scored:
            return title, [query]
        return f"{title}, ts_rank({TABLE}.search_vector, to_tsquery('simple', %s), 1) DESC", [query, query]

    def contains(self, column: str) -> str:
        return f"strpos({column}, %s) > 0"

    def similar_words(self, word, limit=6):
        if len(word) < 6:  # short words share too few trigrams: the edits find them (sitesearch.tolerance)
            return {}
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT word, entries FROM sitesearch_searchterm WHERE word %% %s AND entries > 0"
                " ORDER BY similarity(word, %s) DESC LIMIT %s",
                [word, word, limit],
            )
            return dict(cursor.fetchall())

    def suggest(self, queryset, node, limit):
        where, params = _where(queryset)
        sql = (
            f"SELECT {COLUMNS} FROM {TABLE} WHERE {where} AND {TABLE}.title_vector @@ to_tsquery('simple', %s)"
            f" ORDER BY {TABLE}.part, length({TABLE}.title_folded), {TABLE}.id LIMIT %s"
        )
        return list(SearchEntry.objects.raw(sql, [*params, self.render(node), limit]))


class SqliteIndex(DatabaseIndex):
    """The FTS5 table ``sitesearch_entry_fts`` (title, text); relevance is its ``bm25``, the title
    weighing ten times the text. The matches come first (CROSS JOIN: SQLite keeps that order;
    left to itself it may scan the Site's entries and run the MATCH once for each), then each is
    read through ``sitesearch_entry_facets``, an index holding what the counts need."""

    FTS = "sitesearch_entry_fts"

    def render(self, node) -> str:
        if isinstance(node, Word):
            return f'"{node.word}"'
        if isinstance(node, Prefix):
            return f'"{node.word}"*'
        if isinstance(node, Phrase):
            return '"' + " ".join(node.words) + '"'
        joiner = " AND " if isinstance(node, All) else " OR "
        return "(" + joiner.join(self.render(part) for part in node.parts) + ")"

    def matched(self, queryset, node, scored=False):
        where, params = _where(queryset)
        score = f", bm25({self.FTS}, 10.0, 1.0) AS score" if scored else ""
        return (
            f"FROM (SELECT rowid AS hit{score} FROM {self.FTS}"
            f" WHERE {self.FTS} MATCH %s) AS m CROSS JOIN {TABLE} INDEXED BY sitesearch_entry_facets"
            f" ON {TABLE}.id = m.hit WHERE {where}",
            [self.render(node), *params],
        )

    def holding(self, node):
        return f"{TABLE}.id IN (SELECT rowid FROM {self.FTS} WHERE {self.FTS} MATCH %s)", [self.render(node)]

    def title_holds(self, node):
        return f"{TABLE}.id IN (SELECT rowid FROM {self.FTS} WHERE {self.FTS} MATCH %s)", [self.in_title(node)]

    def in_title(self, node) -> str:
        return "{title_folded} : " + self.render(node)

    def contains(self, column: str) -> str:
        return f"instr({column}, %s) > 0"

    def relevance(self, node, scored):
        return ("m.score", []) if scored else (f"length({TABLE}.title_folded)", [])

    def suggest(self, queryset, node, limit):
        where, params = _where(queryset)
        sql = (
            f"SELECT {COLUMNS} FROM {self.FTS} JOIN {TABLE} ON {TABLE}.id = {self.FTS}.rowid"
            f" WHERE {self.FTS} MATCH %s AND {where}"
            f" ORDER BY {TABLE}.part, length({TABLE}.title_folded), {TABLE}.id LIMIT %s"
        )
        return list(SearchEntry.objects.raw(sql, [self.in_title(node), *params, limit]))


def for_connection() -> DatabaseIndex | None:
    """The index of the default database's vendor; None where there is none (another vendor)."""
    return {"postgresql": PostgresIndex, "sqlite": SqliteIndex}.get(connection.vendor, type(None))()


# -- the vocabulary, as entries come and go -----------------------------------------------------

RECOUNT = {
    "postgresql": [
        """INSERT INTO sitesearch_searchterm (word, entries) SELECT word, ndoc
        FROM ts_stat('SELECT search_vector FROM sitesearch_searchentry') WHERE length(word) <= 64""",
    ],
    "sqlite": [
        "CREATE VIRTUAL TABLE IF NOT EXISTS temp.sitesearch_vocabulary"
        " USING fts5vocab(main, 'sitesearch_entry_fts', 'row')",
        """INSERT INTO sitesearch_searchterm (word, entries)
        SELECT term, doc FROM temp.sitesearch_vocabulary WHERE length(term) <= 64""",
    ],
}


def count_words(texts, delta: int) -> None:
    """Add ``delta`` (1, -1) to the count of every word of each folded text: one upsert a batch,
    in word order (two writers lock the same rows in the same order)."""
    counts = Counter()
    for text in texts:
        counts.update({word: delta for word in set(folded_words(text)) if len(word) <= 64})
    rows = sorted(counts.items())
    table = SearchTerm._meta.db_table
    with connection.cursor() as cursor:
        for start in range(0, len(rows), 400):
            chunk = rows[start : start + 400]
            cursor.execute(
                f"INSERT INTO {table} (word, entries) VALUES {', '.join(['(%s, %s)'] * len(chunk))}"
                f" ON CONFLICT (word) DO UPDATE SET entries = {table}.entries + excluded.entries",
                [value for row in chunk for value in row],
            )


def recount_words() -> None:
    """The vocabulary afresh from the index, in one statement (after a bulk load)."""
    SearchTerm.objects.all()._raw_delete(SearchTerm.objects.db)
    statements = RECOUNT.get(connection.vendor)
    with connection.cursor() as cursor:
        for sql in statements or []:
            cursor.execute(sql)
    if statements is None:
        count_words(SearchEntry.objects.values_list("folded", flat=True).iterator(), 1)
