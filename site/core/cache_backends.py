"""Redis as the shared cache of every worker (fragments, renditions, Site root paths), where an
unreachable server is a cache miss, never a 500: reads give their default, writes are dropped, and
after a failure Redis is left alone for a few seconds so that a dead server costs no time per call.

One ``redis.Redis`` per connection pool serves every call: Django builds a new one per call, which costs
more CPU than the round trip itself (its table of reply callbacks)."""

import logging
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

PAUSE_SECONDS = 5  # after a failure, calls answer their fallback at once for this long


class ReusedClient(RedisCacheClient):
    """The client of each pool made once (redis-py's clients are thread-safe; the pool reconnects after a fork)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client


class TolerantRedisCache(RedisCache):
    _down_until = 0.0
    _logged_at = -60.0

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusedClient

    def _call(self, method: str, fallback, *args, **kwargs):
        if time.monotonic() < self._down_until:
            return fallback
        try:
            return getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            now = time.monotonic()
            if now - self._logged_at >= 60:  # one line a minute at most while it is down
                logger.warning("Redis không trả lời (%s): bỏ qua bộ đệm.", error)
                self._logged_at = now
            self._down_until = now + PAUSE_SECONDS
            return fallback

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set", None, key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", None, keys, version)

    def clear(self):
        return self._call("clear", False)
