"""Redis as the shared cache, and what the site does while it does not answer.

Everything the site keeps in Redis is a copy of what the database holds (pages, fragments,
routes, renditions' rows) or a count that says which copies are current (core/caching.py).
A stalled Redis (saturated, failing over, a network partition) used to make each lookup
wait for the socket timeout, then fail the page with a 500. The site can render without
it, only slower: after one failure this process leaves Redis alone until it answers.

- Reads then miss at once: the caller computes the value from the database.
- Writes of a copy (`set`, `set_many`, `add`, `touch`) are skipped: a copy not kept costs
  nothing. They answer as Django's contract says of a write that did not happen
  (`set_many` lists the keys it failed to write, `add` returns False), so that Wagtail's
  own caching, sessions and ours carry on.
- Deletions (`delete`, `delete_many`: a change forgetting a copy, a logout) are done once
  Redis answers again, first thing, before this process reads anything from it.
- What counts or empties (`incr`, `clear`) raises `SharedCacheDown` (a `redis`
  ConnectionError, caught by `UNAVAILABLE`): an invalidation that did not reach Redis must
  not pass unnoticed, and its caller decides (core/caching.py owes the change).

Meanwhile a thread of the process asks Redis every RETRY seconds, and the outage ends
when it answers: only the requests under way when Redis stopped wait for its timeout.

A copy not written leaves the one from before the outage in Redis. Most of the site's
copies tell by themselves whether they are current (they name the content generation and
tags they were made from), but a session does not: with FORGET_UNWRITTEN, the keys whose
write was skipped are deleted with the deletions (config/settings: the sessions' alias).
Until this process makes its first call after the outage, another may read those keys.

OPTIONS: RETRY (seconds, 5), FORGET_UNWRITTEN (False), besides redis-py's own.
"""

import logging
import os
import threading
import time

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

# Keys waiting to be deleted, at most: beyond, the oldest copies may be read once more.
MAX_PUT_OFF = 100_000
# Seconds between two questions to a Redis that refuses connections at once, at least.
MIN_RETRY = 0.1


class SharedCacheDown(RedisConnectionError):
    """Raised at once, without trying, while Redis is known not to answer."""


class _Outage:
    """Whether a Redis server is left alone, shared by the process's threads (Django makes
    one backend object per thread). While it is, a thread of its own asks Redis (PING)
    every RETRY seconds and ends the outage once it answers: no visitor's request waits
    for a Redis that did not answer, but those under way when it stopped."""

    def __init__(self):
        self.down = False
        self.lock = threading.Lock()
        # Made keys to delete on recovery: deleted, or not written (FORGET_UNWRITTEN).
        self.to_delete: set[str] = set()

    def forget_later(self, keys):
        with self.lock:
            room = MAX_PUT_OFF - len(self.to_delete)
            if room < len(keys):
                logger.error(
                    "Too many deletions put off while the shared cache does not answer: "
                    "%s copies from before the outage may be read once it answers again.",
                    len(keys) - max(room, 0),
                )
            self.to_delete.update(list(keys)[: max(room, 0)])

    def active(self) -> bool:
        return self.down

    def begin(self, retry, error, ping):
        with self.lock:
            if self.down:
                return
            self.down = True
        logger.error(
            "The shared cache does not answer (%s): pages are rendered without it, "
            "asked again every %s s.",
            type(error).__name__,
            retry,
        )
        threading.Thread(
            target=self._probe, args=(retry, ping), name="redis-outage-probe", daemon=True
        ).start()

    def _probe(self, retry, ping):
        while self.down:
            time.sleep(max(retry, MIN_RETRY))
            try:
                ping()
            except RedisError:
                continue
            self.end()

    def end(self):
        if self.down:
            with self.lock:
                self.down = False
            logger.warning("The shared cache answers again.")

    def after_fork(self):
        # The probing thread stays in the parent: a child starts by asking Redis itself.
        self.down = False
        self.lock = threading.Lock()


_outages: dict[str, _Outage] = {}
_outages_lock = threading.Lock()


def _outage_of(location: str) -> _Outage:
    with _outages_lock:
        return _outages.setdefault(location, _Outage())


def _after_fork():
    for outage in _outages.values():
        outage.after_fork()


os.register_at_fork(after_in_child=_after_fork)


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
            raise SharedCacheDown("The shared cache does not answer; not asked again yet.")
        try:
            if outage.to_delete:
                self._delete_put_off()
            return method(self, *args)
        except RedisError as error:
            outage.begin(self._retry, error, self._ping)
            raise

    def _ping(self):
        self._cache.get_client(None, write=True).ping()

    def _keep(self, method, skipped, keys, *args):
        try:
            return self._call(method, *args)
        except RedisError:
            if self._forget_unwritten:
                version = args[-1]
                self._outage.forget_later([self.make_and_validate_key(k, version) for k in keys])
            return skipped

    def _delete_put_off(self):
        outage = self._outage
        with outage.lock:
            keys = list(outage.to_delete)
        if keys:  # (another thread may have just deleted them)
            self._cache.delete_many(keys)
        with outage.lock:
            outage.to_delete.difference_update(keys)

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

    # Deletions: done once Redis answers again.

    def delete(self, key, version=None):
        try:
            return self._call(RedisCache.delete, key, version)
        except RedisError:
            self._outage.forget_later([self.make_and_validate_key(key, version)])
            return False

    def delete_many(self, keys, version=None):
        keys = list(keys)
        try:
            return self._call(RedisCache.delete_many, keys, version)
        except RedisError:
            self._outage.forget_later([self.make_and_validate_key(k, version) for k in keys])

    # Counts: the caller is told.

    def incr(self, key, delta=1, version=None):
        return self._call(RedisCache.incr, key, delta, version)

    def clear(self):
        return self._call(RedisCache.clear)
