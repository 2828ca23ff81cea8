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
from functools import partial

from django.core.cache import cache
from django.core.exceptions import EmptyResultSet, FullResultSet
from django.db import connection

from core.fragments import code_version

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
    title_as_typed: object | None = None  # before ``title``, when that holds the words a misreading meant
    symbol: object | None = None
    exact: object | None = None  # the query as typed, when tolerant matches were added to its own
    typed: list[str] = field(default_factory=list)
    by_date: bool = False


# Beyond this many matches a search is neither counted nor ranked by relevance any further: the
# entries with the words in their title come first (shortest title first), then the newest, and the
# reader narrows by more words or the filters. Counting or ranking every match of a word most
# entries hold is linear in the archive; reading them in an index's order is not.
LARGE = 1000
SUGGESTED = 200  # the newest titles a suggestion is chosen from


@dataclass
class Counts:
    total: int  # exact up to LARGE; LARGE + 1: more
    facets: dict[str, Counter]  # per kind, year and facet; empty when large

    @property
    def large(self) -> bool:
        return self.total > LARGE


TABLE = SearchEntry._meta.db_table
COLUMNS = ", ".join(f"{TABLE}.{connection.ops.quote_name(f.column)}" for f in SearchEntry._meta.concrete_fields)


def _cached(name: str, source: str, params: list, compute):
    """``compute()`` for this SQL, kept until the index next changes (``choices.generation``,
    bumped by every write to the entries)."""
    digest = hashlib.sha256(f"{connection.vendor}\0{source}\0{params!r}".encode()).hexdigest()
    key = f"sitesearch:{name}:{code_version()}:{choices.generation()}:{digest}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, choices.SECONDS)
    return value


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

    NEWEST = f"{TABLE}.date DESC NULLS LAST, {TABLE}.id DESC"  # what sitesearch_entry_newest holds
    SHORTEST = f"length({TABLE}.title_folded), {NEWEST}"  # sitesearch_entry_shortest

    def in_date_order(self, queryset, node) -> tuple[str, list]:
        """FROM … WHERE … of the matches, for a read in the newest-first index's order."""
        return self.matched(queryset, node)

    def count(self, queryset, node) -> Counts:
        """The matched set's size and its entries per kind, year and registered facet, in one query
        that reads at most ``LARGE`` + 1 matches: past that nothing is counted (a word most of an
        archive holds, "khuyen hoc", would cost a read of every entry)."""
        source, params = self.matched(queryset, node)
        return _cached("counts", source, params, lambda: self._count(source, params))

    def _count(self, source: str, params: list) -> Counts:
        names = ["kind", "year", *(facet.name for facet in registry.facets())]
        quoted = {name: connection.ops.quote_name(SearchEntry._meta.get_field(name).column) for name in names}
        groups = " UNION ALL ".join(
            f"SELECT '{name}', CAST({quoted[name]} AS VARCHAR(64)), COUNT(*) FROM m"
            f" WHERE {quoted[name]} IS NOT NULL GROUP BY {quoted[name]}"
            for name in names
        )
        columns = ", ".join(f"{TABLE}.{quoted[name]}" for name in names)
        facets = {name: Counter() for name in names}
        rows = self.rows(
            f"WITH m AS MATERIALIZED (SELECT {columns} {source} LIMIT {LARGE + 1})"
            f" SELECT '', '', COUNT(*) FROM m UNION ALL {groups}",
            params,
        )
        total = next(count for name, _, count in rows if name == "")
        if total <= LARGE:  # past it, the counts of some of the matches only: none kept
            for name, value, count in rows:  # one type for the union: text, the ids back to numbers
                if name:
                    facets[name][value if name == "kind" else int(value)] = count
        return Counts(total, facets)

    def _count_at_most(self, source: str, params: list) -> int:
        return self.rows(f"SELECT COUNT(*) FROM (SELECT 1 {source} LIMIT {LARGE + 1}) AS m", params)[0][0]

    def rows(self, sql: str, params: list) -> list[tuple]:
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchall()

    def entries(self, sql: str, params: list) -> list[SearchEntry]:
        """The entries ``sql`` reads (``COLUMNS``, in order)."""
        names = [f.attname for f in SearchEntry._meta.concrete_fields]
        return [SearchEntry.from_db(connection.alias, names, row) for row in self.rows(sql, params)]

    def newest(self, queryset, node, ranking: Ranking, offset: int, limit: int) -> list[SearchEntry]:
        """A page of a large matched set, in tiers: the few entries holding the query as typed (before
        tolerant matches) or its document symbol, newest first; those with the words in their title
        (as typed, then as meant when a word looks misread), the shortest title first (the page about
        the thing, not one that mentions it); then the others, newest first. By date alone: newest
        first. Each tier is read in the order of an index (``sitesearch_entry_newest``,
        ``sitesearch_entry_shortest``) only as far as the page shown, one statement a tier until the
        page is full (most first pages: one, the titled tier; read in one statement with the others,
        the newest tier's filter would run on thousands of rows for nothing); where a tier ends is
        counted (as far as ``LARGE``) only for pages after the first."""
        source, params = self.in_date_order(queryset, node)
        tiers, before, before_params = [], "", []  # (FROM … WHERE …, parameters, order); what earlier tiers hold
        if not ranking.by_date:
            for node_held in (ranking.exact, ranking.symbol):
                if node_held is not None:
                    held, held_params = self.holding(node_held)
                    tiers.append((f"{source}{before} AND {held}", [*params, *before_params, *held_params], self.NEWEST))
                    before, before_params = f"{before} AND NOT {held}", [*before_params, *held_params]
            for title in (ranking.title_as_typed, ranking.title):
                if title is not None:
                    titled, titled_params = self.title_source(queryset, title, shortest=True)
                    tiers.append((f"{titled}{before}", [*titled_params, *before_params], self.SHORTEST))
                    held, held_params = self.title_holds(title)
                    before, before_params = f"{before} AND NOT {held}", [*before_params, *held_params]
        tiers.append((f"{source}{before}", [*params, *before_params], self.NEWEST))
        found = []
        for tier, (where, where_params, order) in enumerate(tiers):
            if len(found) == limit:
                break
            if offset and tier < len(tiers) - 1:  # a later page: how far this tier goes, capped and kept
                size = min(
                    LARGE, _cached("tier", where, where_params, partial(self._count_at_most, where, where_params))
                )
                if offset >= size:
                    offset -= size
                    continue
            found += self.entries(
                f"SELECT {COLUMNS} {where} ORDER BY {order} LIMIT %s OFFSET %s",
                [*where_params, limit - len(found), offset],
            )
            offset = 0
        return found

    def results(self, queryset, node, ranking: Ranking, offset: int, limit: int) -> list[SearchEntry]:
        """The page shown: the matched set's ids ordered with ``LIMIT`` (a bounded sort, not a sort of
        every match), then only those rows read in full, in the same order (the keys go along)."""
        source, params = self.matched(queryset, node, scored=not ranking.by_date)
        keys, key_params = self.order(ranking, node)
        selected = ", ".join(f"{sql} AS k{n}" for n, (sql, _) in enumerate(keys))
        inner_order = ", ".join(f"k{n}{' DESC' if desc else ''}" for n, (_, desc) in enumerate(keys))
        outer_order = ", ".join(f"top.k{n}{' DESC' if desc else ''}" for n, (_, desc) in enumerate(keys))
        sql = (
            f"SELECT {COLUMNS} FROM (SELECT {TABLE}.id AS top_id, {selected} {source}"
            f" ORDER BY {inner_order} LIMIT %s OFFSET %s) AS top"
            f" JOIN {TABLE} ON {TABLE}.id = top.top_id ORDER BY {outer_order}"
        )
        return self.entries(sql, [*key_params, *params, limit, offset])

    def order(self, ranking: Ranking, node) -> tuple[list[tuple[str, bool]], list]:
        """The ordering keys, each (SQL, descending), and their parameters; the entry's id last, so
        that every page of results follows one order."""
        if ranking.by_date:
            return [(f"{TABLE}.date IS NULL", False), (f"{TABLE}.date", True), (f"{TABLE}.id", True)], []
        keys, params = [], []
        for node_held in (ranking.exact, ranking.symbol):
            if node_held is not None:
                sql, more = self.holding(node_held)
                keys.append((f"({sql})", True))
                params += more
        for title in (ranking.title_as_typed, ranking.title):
            if title is not None:
                sql, more = self.title_holds(title)
                keys.append((f"({sql})", True))
                params += more
        if ranking.typed:
            typed = " AND ".join([self.contains(f"lower({TABLE}.title)")] * len(ranking.typed))
            keys.append((f"({typed})", True))
            params += ranking.typed
        relevance, more = self.relevance(node)
        keys += relevance
        keys += [
            (f"length({TABLE}.title_folded)", False),
            (f"{TABLE}.date IS NULL", False),
            (f"{TABLE}.date", True),
            (f"{TABLE}.id", False),
        ]
        return keys, params + more

    # -- the vocabulary ---------------------------------------------------------------------

    def known_words(self, words: set[str]) -> dict[str, int]:
        """How many entries hold each of ``words`` that the index knows: primary-key lookups, kept
        until the index changes (a query's look-alikes are asked for on every search of it)."""
        words = sorted(w for w in words if len(w) <= 64)
        return _cached("words", "known_words", words, partial(self._known_words, words))

    def _known_words(self, words: list[str]) -> dict[str, int]:
        found = {}
        for start in range(0, len(words), 900):
            chunk = words[start : start + 900]
            found.update(SearchTerm.objects.filter(word__in=chunk, entries__gt=0).values_list("word", "entries"))
        return found

    def similar_words(self, word: str, limit: int = 6) -> dict[str, int]:
        """Words spelt much like ``word`` (however far in edits), where the vendor indexes trigrams."""
        return {}

    # -- suggestions ---------------------------------------------------------------------

    def title_source(self, queryset, node, shortest: bool = False) -> tuple[str, list]:
        """FROM … WHERE … of the entries whose title matches ``node``, for a read in the order of the
        newest-first index (``shortest``: of the shortest-title-first one)."""
        raise NotImplementedError

    def suggest(self, queryset, node, limit: int, initial: str = "") -> list[SearchEntry]:
        """The shortest of the newest titles that match: a prefix most titles hold ("khu") is read in
        date order (``sitesearch_entry_newest``) only as far as ``SUGGESTED`` of them. ``initial``:
        a last word of one letter, which no prefix index holds, looked for in those titles only."""
        source, params = self.title_source(queryset, node)
        starts = "WHERE " + self.contains("(' ' || title_folded)") if initial else ""
        sql = (
            f"SELECT * FROM (SELECT {COLUMNS} {source} ORDER BY {self.NEWEST} LIMIT {SUGGESTED}) AS newest"
            f" {starts} ORDER BY part, length(title_folded), id LIMIT %s"
        )
        return self.entries(sql, [*params, *([f" {initial}"] if initial else []), limit])


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

    def rows(self, sql, params):
        """Read with sequential scans ruled out: the planner takes the GIN index's bitmap, whose cost
        follows the matches, over a scan that it costs as cheap but that reads every row's vector
        from TOAST (it misjudges how many entries hold two common words, "muong giang", and a
        ``LIMIT`` it thinks soon reached then reads the whole table). ``SET LOCAL``: in the
        statement's own implicit transaction, or until the end of the caller's (set back after).
        Three statements in one ``execute``: psycopg's client-side binding, Django's default (not
        ``OPTIONS["server_side_binding"]``, which allows one statement a call)."""
        with connection.cursor() as cursor:
            cursor.execute(f"SET LOCAL enable_seqscan = off; {sql}; SET LOCAL enable_seqscan = on", params)
            cursor.nextset()
            return cursor.fetchall()

    def holding(self, node):
        """Through the index: the few entries holding a document symbol, as a hashed set."""
        sql = f"SELECT id FROM {TABLE} WHERE search_vector @@ to_tsquery('simple', %s)"
        return f"{TABLE}.id IN ({sql})", [self.render(node)]

    def title_holds(self, node):
        return f"{TABLE}.title_vector @@ to_tsquery('simple', %s)", [self.render(node)]

    def relevance(self, node):
        """The title's rank (a small vector, in the row), then the text's (read from TOAST)."""
        query = self.render(node)
        ranks = [
            f"ts_rank({TABLE}.{column}, to_tsquery('simple', %s), 1)" for column in ("title_vector", "search_vector")
        ]
        return [(rank, True) for rank in ranks], [query, query]

    def contains(self, column: str) -> str:
        return f"strpos({column}, %s) > 0"

    def _known_words(self, words):
        """Joined to the primary key: as ``word IN (…)`` the planner may take the trigram index,
        which answers equality with a scan of every candidate's trigrams (seconds for a typo's
        few hundred edits)."""
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT term.word, term.entries FROM unnest(%s::varchar[]) AS typed(word)"
                " JOIN sitesearch_searchterm AS term ON term.word = typed.word WHERE term.entries > 0",
                [words],
            )
            return dict(cursor.fetchall())

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

    def title_source(self, queryset, node, shortest=False) -> tuple[str, list]:
        where, params = _where(queryset)
        return f"FROM {TABLE} WHERE {where} AND {TABLE}.title_vector @@ to_tsquery('simple', %s)", [
            *params,
            self.render(node),
        ]


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

    def relevance(self, node):
        return [("m.score", False)], []

    NEWEST = f"{TABLE}.date DESC, {TABLE}.id DESC"  # SQLite puts NULLs last in descending order
    SHORTEST = f"length({TABLE}.title_folded), {NEWEST}"

    def in_date_order(self, queryset, node):
        return self._in_index_order(queryset, "newest", self.render(node))

    def title_source(self, queryset, node, shortest=False):
        return self._in_index_order(queryset, "shortest" if shortest else "newest", self.in_title(node))

    def _in_index_order(self, queryset, index: str, match: str) -> tuple[str, list]:
        """The entries in the order of index ``sitesearch_entry_<index>``, each looked up in the set
        of matches of ``match`` (built once): the FTS-first join would read and sort every match."""
        where, params = _where(queryset)
        return (
            f"FROM {TABLE} INDEXED BY sitesearch_entry_{index} WHERE {where}"
            f" AND {TABLE}.id IN (SELECT rowid FROM {self.FTS} WHERE {self.FTS} MATCH %s)",
            [*params, match],
        )


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
