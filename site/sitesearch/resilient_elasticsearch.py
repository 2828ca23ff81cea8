"""Wagtail's Elasticsearch 9 backend behind a circuit breaker, with the database as its fallback.

Every search through ``get_search_backend()`` (the public search, the admin's pages, images,
documents and snippets, the page chooser, ``/api/v2/…?search=``) goes through this backend. When
Elasticsearch refuses, times out (``TIMEOUT``, 2 s, no retries) or errs, the search is answered
by the database backend instead, and the breaker opens: for ``BREAKER_SECONDS`` nobody waits on
Elasticsearch again, every search goes straight to the database. The breaker lives in the cache,
so every process sharing the cache shares it.

An index update that fails (or finds the breaker open) never fails the save that caused it: it
is queued as a task (``sitesearch.tasks.retry_index_write``) and retried with a growing delay.
"""

import hashlib
import logging

from django.core.cache import cache
from elasticsearch import ApiError, TransportError
from modelsearch.index import get_indexed_instance
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch9 import Elasticsearch9SearchBackend, Elasticsearch9SearchResults

logger = logging.getLogger(__name__)


class ElasticsearchSkipped(Exception):
    """The breaker is open: Elasticsearch was not even asked."""


FAULTS = (ApiError, TransportError, ElasticsearchSkipped)


class Breaker:
    """Open for ``seconds`` after a failure; then the next call tries Elasticsearch again."""

    def __init__(self, key: str, seconds: int):
        self.key, self.seconds = key, seconds

    def is_open(self) -> bool:
        return cache.get(self.key) is not None

    def last_error(self) -> str:
        return cache.get(self.key) or ""

    def trip(self, error: BaseException) -> None:
        cache.set(self.key, f"{type(error).__name__}: {error}"[:300], self.seconds)

    def close(self) -> None:
        cache.delete(self.key)


class ResilientResults(Elasticsearch9SearchResults):
    """Elasticsearch's results, or the database's for the same query when Elasticsearch fails.

    ``fell_back`` tells afterwards which it was (the public search page says so)."""

    fell_back = False
    call = None  # (method, query, model or queryset, keyword arguments) as the caller gave them

    def _guarded(self, ask_elasticsearch, ask_database):
        breaker = self.backend.breaker
        try:
            if breaker.is_open():
                raise ElasticsearchSkipped(breaker.last_error())
            return ask_elasticsearch()
        except FAULTS as error:
            if not isinstance(error, ElasticsearchSkipped):
                breaker.trip(error)
                logger.warning("Elasticsearch failed (%s); answering from the database", error)
            self.fell_back = True
            return ask_database(self._database_results())

    def _clone(self):
        clone = super()._clone()
        clone.call = self.call
        return clone

    def _database_results(self):
        """The same call (query, operator, fields, order) and slice, made to the fallback backend."""
        method, query, model_or_queryset, kwargs = self.call
        fallback = get_search_backend(self.backend.fallback_name)
        results = getattr(fallback, method)(query, model_or_queryset, **kwargs)
        if self._score_field:
            results = results.annotate_score(self._score_field)
        return results[self.start : self.stop]

    def _do_search(self):
        return self._guarded(lambda: list(super(ResilientResults, self)._do_search()), list)

    def _do_count(self):
        return self._guarded(super()._do_count, lambda results: results.count())

    def facet(self, field_name):
        return self._guarded(lambda: super(ResilientResults, self).facet(field_name), lambda r: r.facet(field_name))


class ResilientElasticsearchBackend(Elasticsearch9SearchBackend):
    results_class = ResilientResults

    def __init__(self, params):
        params = dict(params)
        self.fallback_name = params.pop("FALLBACK", "database")
        seconds = int(params.pop("BREAKER_SECONDS", 30))
        super().__init__(params)
        where = hashlib.sha256(repr((self.hosts, self.index_prefix)).encode()).hexdigest()[:16]
        self.breaker = Breaker(f"sitesearch:elasticsearch-breaker:{where}", seconds)

    def _search(self, query_compiler_class, query, model_or_queryset, **kwargs):
        results = super()._search(query_compiler_class, query, model_or_queryset, **kwargs)
        if isinstance(results, ResilientResults):  # not the empty results of an empty query
            method = "autocomplete" if query_compiler_class is self.autocomplete_query_compiler_class else "search"
            results.call = (method, query, model_or_queryset, kwargs)
        return results

    @property
    def skips_elasticsearch(self) -> bool:
        """Whether searches now go straight to the database (the breaker is open)."""
        return self.breaker.is_open()

    # -- index updates: never lost, never a failed save --------------------------------------

    def add(self, obj):
        self._write(obj, super().add)

    def delete(self, obj):
        self._write(obj, super().delete)

    def _write(self, obj, write) -> None:
        try:
            self._guarded_write(obj, write)
        except FAULTS as error:
            from .tasks import queue_index_retry  # cycle: the retry task imports this backend

            queue_index_retry(obj, error)

    def _guarded_write(self, obj, write) -> None:
        if self.breaker.is_open():
            raise ElasticsearchSkipped(self.breaker.last_error())
        try:
            write(obj)
        except FAULTS as error:
            self.breaker.trip(error)
            raise

    def write_now(self, model, pk: str) -> None:
        """Make the index agree with the database about one object (the retry task's work):
        index it if it exists and is indexed, else remove it. Raises ``FAULTS`` on failure."""
        obj = model.objects.filter(pk=pk).first()
        indexed = get_indexed_instance(obj) if obj is not None else None
        if indexed is not None:
            self._guarded_write(indexed, super().add)
        else:
            self._guarded_write(model(pk=pk), super().delete)


SearchBackend = ResilientElasticsearchBackend
