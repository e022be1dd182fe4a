"""Redis as the shared cache, and what the site does while it does not answer.

Everything the site keeps in Redis is a copy of what the database holds (pages, fragments,
routes, renditions' rows) or a count that says which copies are current (core/caching.py).
A stalled Redis (saturated, failing over, a network partition) used to make each lookup
wait for the socket timeout, then fail the page with a 500. The site can render without
it, only slower: after one failure this process leaves Redis alone for RETRY seconds.

- Reads then miss at once: the caller computes the value from the database.
- Writes of a copy (`set`, `set_many`, `add`, `touch`) are skipped: a copy not kept costs
  nothing. They answer as Django's contract says of a write that did not happen
  (`set_many` lists the keys it failed to write, `add` returns False), so that Wagtail's
  own caching, sessions and ours carry on.
- What removes or counts (`delete`, `delete_many`, `incr`, `clear`) raises
  `SharedCacheDown` (a `redis` ConnectionError, caught by `UNAVAILABLE`): a deletion or
  an invalidation that did not reach Redis must not pass unnoticed, and its caller decides
  (core/caching.py owes the change to the next request).

The first call after RETRY seconds tries Redis again, so one request per worker pays the
timeout while the outage lasts.

A copy not written leaves the one from before the outage in Redis. Most of the site's
copies tell by themselves whether they are current (they name the content generation and
tags they were made from), but a session does not: with FORGET_UNWRITTEN, the keys whose
write was skipped are deleted first thing once Redis answers again, before this process
reads anything from it (config/settings: the sessions' alias).

OPTIONS: RETRY (seconds, 5), FORGET_UNWRITTEN (False), besides redis-py's own.
"""

import logging
import threading
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# Keys waiting to be deleted, at most: beyond, the oldest copies may be read once more.
MAX_UNWRITTEN = 100_000


class SharedCacheDown(RedisConnectionError):
    """Raised at once, without trying, while Redis is known not to answer."""


class _Outage:
    """Until when a Redis server is left alone, shared by the process's threads (Django
    makes one backend object per thread)."""

    def __init__(self):
        self.until = 0.0
        self.lock = threading.Lock()
        # Made keys whose write was skipped (FORGET_UNWRITTEN), to delete on recovery.
        self.unwritten: set[str] = set()

    def forget_later(self, keys):
        with self.lock:
            room = MAX_UNWRITTEN - len(self.unwritten)
            if room < len(keys):
                logger.error(
                    "Too many writes skipped while the shared cache does not answer: "
                    "%s copies from before the outage may be read once it answers again.",
                    len(keys) - max(room, 0),
                )
            self.unwritten.update(list(keys)[: max(room, 0)])

    def active(self) -> bool:
        return time.monotonic() < self.until

    def begin(self, retry, error):
        with self.lock:
            first = self.until == 0.0
            self.until = time.monotonic() + retry
        # Once per outage, not once per request that misses.
        if first:
            logger.error(
                "The shared cache does not answer (%s): pages are rendered without it, "
                "retried every %s s.",
                type(error).__name__,
                retry,
            )

    def end(self):
        if self.until:
            with self.lock:
                self.until = 0.0
            logger.warning("The shared cache answers again.")


_outages: dict[str, _Outage] = {}
_outages_lock = threading.Lock()


def _outage_of(location: str) -> _Outage:
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS") or {})
        self._retry = float(options.pop("RETRY", 5))
        self._forget_unwritten = bool(options.pop("FORGET_UNWRITTEN", False))
        super().__init__(server, {**params, "OPTIONS": options})
        self._outage = _outage_of(str(server))

    def _read(self, method, default, *args):
        try:
            return self._call(method, *args)
        except RedisError:
            return default

    def _call(self, method, *args):
        outage = self._outage
        if outage.active():
            raise SharedCacheDown("The shared cache does not answer; not tried again yet.")
        try:
            if outage.unwritten:
                self._forget_unwritten_copies()
            value = method(self, *args)
        except RedisError as error:
            outage.begin(self._retry, error)
            raise
        outage.end()
        return value

    def _keep(self, method, skipped, keys, *args):
        try:
            return self._call(method, *args)
        except RedisError:
            if self._forget_unwritten:
                version = args[-1]
                self._outage.forget_later([self.make_and_validate_key(k, version) for k in keys])
            return skipped

    def _forget_unwritten_copies(self):
        outage = self._outage
        with outage.lock:
            keys = list(outage.unwritten)
        self._cache.delete_many(keys)
        with outage.lock:
            outage.unwritten.difference_update(keys)

    # Reads: a miss while Redis does not answer.

    def get(self, key, default=None, version=None):
        return self._read(RedisCache.get, default, key, default, version)

    def get_many(self, keys, version=None):
        return self._read(RedisCache.get_many, {}, keys, version)

    def has_key(self, key, version=None):
        return self._read(RedisCache.has_key, False, key, version)

    # Copies: not kept while Redis does not answer.

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # Not written: nothing was there (else add() would not have written either).
        return self._keep(RedisCache.add, False, (), key, value, timeout, version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._keep(RedisCache.set, None, (key,), key, value, timeout, version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._keep(RedisCache.set_many, list(data), data, data, timeout, version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._keep(RedisCache.touch, False, (), key, timeout, version)

    # Removals and counts: the caller is told.

    def incr(self, key, delta=1, version=None):
        return self._call(RedisCache.incr, key, delta, version)

    def delete(self, key, version=None):
        return self._call(RedisCache.delete, key, version)

    def delete_many(self, keys, version=None):
        return self._call(RedisCache.delete_many, keys, version)

    def clear(self):
        return self._call(RedisCache.clear)
