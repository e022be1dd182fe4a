"""One number that says when the public content last changed, and what hangs off it.

Every cached page and fragment has the content generation in its key. Publishing,
unpublishing, moving or deleting a page, editing a snippet, an image or a page's view
restrictions, and any stock movement bump it: the next request renders afresh and the
old entries age out of the cache by themselves. A whole-site bump is coarse, but the site
changes a few times an hour while it is read thousands of times, and nothing has to know
which listings show which object (a price appears on the object, its collectivité, both
catalogues, the material page, the home page...).

A request reads the generation once, from the shared cache, and keeps it to its end.
Entries keyed on it never change, so they live in the "content" cache: a copy in each
app server's memory in front of Redis (core/cache_backends.py).
"""

import time

from asgiref.local import Local

from django.core.cache import cache, caches
from django.core.cache.backends.base import InvalidCacheBackendError
from django.core.signals import request_finished, request_started
from django.db import DatabaseError
from django.db.models.signals import post_delete, post_save
from django.utils import timezone

GENERATION_KEY = "content-generation"
CONTENT_CACHE = "content"

try:
    from redis.exceptions import RedisError
except ImportError:  # pragma: no cover - Redis is a production dependency
    RedisError = OSError
# What a cache lookup may raise when the database or Redis is down.
UNAVAILABLE = (DatabaseError, RedisError, OSError)

_request = Local()
_MISSING = object()


def content_generation() -> str:
    """The current generation: read once per request, then remembered until its end."""
    generation = getattr(_request, "generation", None)
    if generation is None:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            generation = _new_generation()
            # add(): two processes starting at once agree on the first value.
            if not cache.add(GENERATION_KEY, generation, timeout=None):
                generation = cache.get(GENERATION_KEY, generation)
        if getattr(_request, "active", False):
            _request.generation = generation
    return of_the_day(generation)


def of_the_day(generation: str) -> str:
    """The stored generation with today's date (Paris) appended: what keys are made of.

    Some content changes with the date, without any save: an edition's online sales close
    after their last day (exhibition/sales.py), a part of an edition becomes current. With
    the date in every key, nothing rendered yesterday is served today: at midnight every
    page and fragment is rendered afresh once, which costs far less than one stale «Ajouter
    au panier» on an object whose sales have closed."""
    return f"{generation}.{timezone.localdate():%Y%m%d}"


def content_cache():
    """The "content" cache alias, or the default cache where settings define no such alias."""
    try:
        return caches[CONTENT_CACHE]
    except InvalidCacheBackendError:
        return cache


def cached_for_content(key: str, compute, timeout: int = 3600):
    """`compute()`, kept in the cache until the content changes (None included)."""
    content = content_cache()
    versioned = f"{key}@{content_generation()}"
    value = content.get(versioned, _MISSING)
    if value is _MISSING:
        value = compute()
        content.set(versioned, value, timeout)
    return value


def cached_many_for_content(keys: list[str], compute_missing, timeout: int = 3600) -> dict:
    """Many entries at once, as `cached_for_content` keeps one: one lookup for them all.

    `compute_missing(missing_keys)` returns a dict for the keys not in the cache yet.
    """
    content = content_cache()
    suffix = f"@{content_generation()}"
    found = content.get_many([key + suffix for key in keys])
    values = {key: found[key + suffix] for key in keys if key + suffix in found}
    missing = [key for key in keys if key not in values]
    if missing:
        computed = compute_missing(missing)
        content.set_many({key + suffix: value for key, value in computed.items()}, timeout)
        values.update(computed)
    return values


def content_changed(**kwargs):
    """Signal receiver and plain function: the public content changed."""
    generation = _new_generation()
    cache.set(GENERATION_KEY, generation, timeout=None)
    if getattr(_request, "active", False):
        _request.generation = generation


def _new_generation() -> str:
    # Time-based rather than an increment, so that a cache flushed or evicted under
    # memory pressure can never bring back a number that earlier entries were keyed on.
    return f"{time.time_ns():x}"


def _request_started(**kwargs):
    _request.active = True
    _request.generation = None


def _request_finished(**kwargs):
    _request.active = False
    _request.generation = None


def connect_signals():
    """Pages and what decides who sees them; each app adds its own snippets and images
    with `content_changes_with` in its AppConfig.ready()."""
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    request_started.connect(_request_started, dispatch_uid="content_generation_start")
    request_finished.connect(_request_finished, dispatch_uid="content_generation_end")
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(content_changed, dispatch_uid=f"content_changed_{id(signal)}")
    post_delete.connect(content_changed, sender="wagtailcore.Page", dispatch_uid="cc_page_del")
    # A view restriction decides who may see a page: routing keeps them with the page;
    # core/sites.py keeps the Site of each host.
    content_changes_with(PageViewRestriction, Site)


def content_changes_with(*models):
    """Saving or deleting any of these models changes the public content."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed,
                sender=model,
                dispatch_uid=f"content_changed_{signal is post_save}_{model.__name__}",
            )
