"""A process-local copy in front of the shared cache, for entries that never change.

Keys that name the content generation they were computed at (core/caching.py), the
template fragments keyed on it, and Wagtail's renditions (keyed by the image's file hash
and the filter) always mean the same value: an app server may keep its own copy and skip
the round trip to Redis. A page that reads a dozen such entries then costs one round
trip (the generation) instead of a dozen. The copy is Django's local-memory cache, so
each read gets its own unpickled object, bounded in entries and in time.

Entries that are overwritten in place are only safe here when each carries what tells
whether it is still valid (the tagged entries of core/caching.py, checked against the
tags' versions in the shared cache, and replaced with `replace_many`). Never put sessions,
the generation itself or the page cache here: another server would not see the change.
"""

from django.core.cache import caches
from django.core.cache.backends.base import DEFAULT_TIMEOUT, BaseCache
from django.core.cache.backends.locmem import LocMemCache

_MISSING = object()


class TieredCache(BaseCache):
    """OPTIONS: SHARED (alias of the shared cache, "default"), LOCAL_TIMEOUT (seconds a
    local copy lives, 300), LOCAL_MAX_ENTRIES (per process, 5000)."""

    def __init__(self, location, params):
        options = dict(params.get("OPTIONS") or {})
        self._shared_alias = options.pop("SHARED", "default")
        local_timeout = options.pop("LOCAL_TIMEOUT", 300)
        max_entries = options.pop("LOCAL_MAX_ENTRIES", 5000)
        super().__init__({**params, "OPTIONS": options})
        self._local = LocMemCache(
            f"tiered-{location}",
            {"TIMEOUT": local_timeout, "OPTIONS": {"MAX_ENTRIES": max_entries}},
        )

    @property
    def _shared(self):
        return caches[self._shared_alias]

    def get(self, key, default=None, version=None):
        value = self._local.get(key, _MISSING, version=version)
        if value is _MISSING:
            value = self._shared.get(key, _MISSING, version=version)
            if value is _MISSING:
                return default
            self._local.set(key, value, version=version)
        return value

    def get_many(self, keys, version=None):
        keys = list(keys)
        found = self._local.get_many(keys, version=version)
        missing = [key for key in keys if key not in found]
        if missing:
            shared = self._shared.get_many(missing, version=version)
            if shared:
                self._local.set_many(shared, version=version)
            found.update(shared)
        return found

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        # Known here, so known to the shared cache too: the value can't have changed.
        # (Wagtail writes a rendition back on every get_rendition(), even a cached one.)
        if self._local.has_key(key, version=version):
            return
        self._shared.set(key, value, timeout, version=version)
        self._local.set(key, value, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        data = {k: v for k, v in data.items() if not self._local.has_key(k, version=version)}
        if not data:
            return []
        failed = self._shared.set_many(data, timeout, version=version)
        self._local.set_many(data, version=version)
        return failed

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        added = self._shared.add(key, value, timeout, version=version)
        if added:
            self._local.set(key, value, version=version)
        return added

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._shared.touch(key, timeout, version=version)

    def has_key(self, key, version=None):
        return self._local.has_key(key, version=version) or self._shared.has_key(
            key, version=version
        )

    def delete(self, key, version=None):
        # Only this process's copy can be dropped: hence "entries that never change".
        self._local.delete(key, version=version)
        return self._shared.delete(key, version=version)

    def delete_many(self, keys, version=None):
        keys = list(keys)
        self._local.delete_many(keys, version=version)
        self._shared.delete_many(keys, version=version)

    def clear(self):
        self._local.clear()
        self._shared.clear()

    def clear_local(self):
        self._local.clear()

    def get_many_shared(self, keys, version=None):
        """The shared cache's values, past this process's copies (which they replace)."""
        found = self._shared.get_many(list(keys), version=version)
        if found:
            self._local.set_many(found, version=version)
        return found

    def replace_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        """Write values that replace older ones under the same keys (tagged entries,
        core/caching.py): unlike `set_many`, a local copy does not stop the write."""
        failed = self._shared.set_many(data, timeout, version=version)
        self._local.set_many(data, version=version)
        return failed
