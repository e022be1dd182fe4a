"""What cached pages and fragments depend on, and how a change reaches exactly those.

Two kinds of change, two mechanisms:

- **The site** (`"site"`): publishing, moving or deleting a page that is not an object,
  editing a snippet, an image, a setting or a view restriction. These change what many
  pages show (menus, a collectivité's name on every card...), a few times an hour. Every
  key names the *content generation*; a site change starts a new one, and the old entries
  age out of the cache by themselves.
- **Tags**, for what changes often and shows in few places: a stock movement
  (`"object:<translation_key>"`: the object's page and its cards in every language, and
  `"availability"` when it goes in or out of stock), an object's publication (its tag and
  the listings it can appear in: `"objects"`, `"listing:collectivite:<pk>"`,
  `"listing:material:<pk>"`). An entry records the tags it was computed from and the
  *change count* when its request began; it is valid while none of its tags changed
  since. A sale a second then re-renders the object's page and the few pages showing its
  card, not the whole site.

Why a count read at the start rather than a version per tag read when used: data read
from the database before a change committed is never stored under a version that
follows it (`tags_changed` runs after the commit). One lookup reads the count, one
(`get_many`) reads the versions of all the tags a page's entries name.

What a cached value depends on is collected as it is computed: nested cached values and
`note_tags()` add to every value being computed around them and to the response
(`request_tags()`, sent to a shared HTTP cache as surrogate keys, core/http_cache.py).
`cached_for_content(key, compute)` without `tags` depends on `"objects"`: any object's
publication renews it, never a sale. A value that shows a price or a stock must name the
object's tag.

Entries live in the "content" cache: a copy in each app server's memory in front of
Redis (core/cache_backends.py); a local copy outdated by a change is checked against the
tags like any other and replaced from Redis or recomputed.
"""

import atexit
import logging
import threading
import time
from typing import NamedTuple

from asgiref.local import Local

from django.core.cache import cache, caches
from django.core.cache.backends.base import InvalidCacheBackendError
from django.core.signals import request_finished, request_started
from django.db import DatabaseError
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from django.utils import timezone

GENERATION_KEY = "content-generation"
COUNTER_KEY = "content-changes"
TAG_PREFIX = "content-tag:"
CONTENT_CACHE = "content"
SITE = "site"
OBJECTS = "objects"
AVAILABILITY = "availability"
DEFAULT_TAGS = (OBJECTS,)
# A tag's version while Redis does not answer: after any count, so that no entry passes
# for current.
CHANGED_NOW = 2**63 - 1

try:
    from redis.exceptions import RedisError
except ImportError:  # pragma: no cover - Redis is a production dependency
    RedisError = OSError
# What a cache lookup may raise when the database or Redis is down.
UNAVAILABLE = (DatabaseError, RedisError, OSError)

# Sent after tags were bumped, with tags=frozenset; "site" stands for everything.
cache_tags_invalidated = Signal()

logger = logging.getLogger(__name__)

_request = Local()
_MISSING = object()


class Tagged(NamedTuple):
    """A cached value with the change count its request began at and its tags."""

    value: object
    counter: int
    tags: frozenset


class WithTags(NamedTuple):
    """Returned by `cached_many_for_content`'s compute for a value with tags of its own."""

    value: object
    tags: tuple


class Unkept(NamedTuple):
    """Returned by `cached_many_for_content`'s compute for a value to return but not to
    keep: one that something else keeps better (a page the page cache stores whole)."""

    value: object


def object_tag(translation_key) -> str:
    """One object in every language: its page, its cards, its price and stock."""
    return f"object:{translation_key}"


# --- the site generation -------------------------------------------------------------


def content_generation() -> str:
    """The current generation: read once per request, then remembered until its end."""
    generation = getattr(_request, "generation", None)
    if generation is None:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            generation = _new_generation()
            # add(): two processes starting at once agree on the first value.
            if not cache.add(GENERATION_KEY, generation, timeout=None):
                generation = cache.get(GENERATION_KEY) or _generation_without_redis()
        if _in_request():
            _request.generation = generation
    # Asked some thirty times a page: the date's formatting once (per generation).
    dated = getattr(_request, "dated", None)
    if dated is None or dated[0] != generation:
        dated = (generation, of_the_day(generation))
        if _in_request():
            _request.dated = dated
    return dated[1]


def of_the_day(generation: str) -> str:
    """The stored generation with today's date (Paris) appended: what keys are made of.

    Some content changes with the date, without any save: an edition's online sales close
    after their last day (exhibition/sales.py), a part of an edition becomes current. With
    the date in every key, nothing rendered yesterday is served today: at midnight every
    page and fragment is rendered afresh once, which costs far less than one stale «Ajouter
    au panier» on an object whose sales have closed."""
    return f"{generation}.{timezone.localdate():%Y%m%d}"


def content_changed(**kwargs):
    """Signal receiver and plain function: the whole public content changed."""
    generation = _new_generation()
    if not _written({GENERATION_KEY: generation}):
        _owe_change()
        _while_redis_is_away[:] = [generation, time.monotonic()]
    if _in_request():
        _request.generation = generation
    cache_tags_invalidated.send(sender=None, tags=frozenset({SITE}))


# --- a change that could not reach the shared cache ------------------------------------
#
# The database has committed it, but the copies in Redis don't know: Redis did not
# answer (core/redis_backend.py). Were it to answer again with its entries intact, they
# would look current. So this process owes a new generation, which renews everything, and
# pays it before anything else at the start of each request until Redis takes it. Until
# then (the outage, and the moment before this process's next request), other servers may
# serve what Redis held; a process that stops owing it (a command) says so in its log.

_owed = threading.Event()


# While Redis does not answer, this process's own generation: the same for its requests
# for OUTAGE_GENERATION_SECONDS, so that what each process keeps per generation (the
# sections of core/routing.py, core/shared_rows.py, its copy of the content cache) serves
# more than one request, then renewed, so that a page published on another server during
# the outage shows within that time here. Prices and stock never wait: their tags count as
# changed at every request while Redis is away (CHANGED_NOW).
OUTAGE_GENERATION_SECONDS = 10
_while_redis_is_away = [None, 0.0]


def _generation_without_redis() -> str:
    generation, since = _while_redis_is_away
    if generation is None or time.monotonic() - since > OUTAGE_GENERATION_SECONDS:
        generation = _new_generation()
        _while_redis_is_away[:] = [generation, time.monotonic()]
    return generation


def _owe_change():
    if not _owed.is_set():
        logger.error(
            "A content change could not reach the shared cache: it is renewed as a whole "
            "as soon as the cache answers again."
        )
        atexit.unregister(_still_owed_at_exit)  # once, however many outages
        atexit.register(_still_owed_at_exit)
    _owed.set()


def _still_owed_at_exit():
    if _owed.is_set() and not pay_owed_change():
        logger.error(
            "This process stops owing a content change to the shared cache: publish or "
            "save any page once it answers, or cached pages may show what was there before."
        )


def pay_owed_change() -> bool:
    """The new generation owed, if any, written now if Redis takes it; whether it did."""
    if not _owed.is_set():
        return True
    if not _written({GENERATION_KEY: _new_generation()}):
        return False
    _owed.clear()
    logger.warning("The content change owed to the shared cache is written: all renewed.")
    # And the HTTP cache in front, which may have kept a page another server rendered from
    # Redis's old copies in the meantime.
    cache_tags_invalidated.send(sender=None, tags=frozenset({SITE}))
    return True


def _written(values: dict) -> bool:
    """Whether Redis took these values (core/redis_backend.py lists the keys it could not
    write; another backend may raise)."""
    try:
        return not cache.set_many(values, timeout=None)
    except UNAVAILABLE:
        return False


def _new_generation() -> str:
    # Time-based rather than an increment, so that a cache flushed or evicted under
    # memory pressure can never bring back a number that earlier entries were keyed on.
    return f"{time.time_ns():x}"


# --- tags ----------------------------------------------------------------------------


def tags_changed(*tags: str) -> None:
    """These tags changed: what was computed from them is computed again. Call it after
    the commit (`transaction.on_commit`), so that no request stores the old data as new."""
    tags = frozenset(tags)
    if not tags:
        return
    if SITE in tags:
        content_changed()
        tags -= {SITE}
        if not tags:
            return
    try:
        count = _increment()
    except UNAVAILABLE:
        count = None
    if count is None or not _written({TAG_PREFIX + tag: count for tag in tags}):
        _owe_change()
        count = CHANGED_NOW
    if _in_request():
        # This request serves nothing older than its own change. What it computes from now
        # on keeps the count its request began at (it may hold rows read before the
        # change), so the next request computes it again.
        _versions_memo().update(dict.fromkeys(tags, count))
    cache_tags_invalidated.send(sender=None, tags=tags)


def note_tags(*tags: str) -> None:
    """What is being computed now (each value around it, and the response) depends on these."""
    for collected in _collecting():
        collected.update(tags)


def request_tags() -> frozenset:
    """The tags of everything the current response was made from, "site" included."""
    return frozenset({SITE, *(getattr(_request, "tags", None) or ())})


def change_count() -> int:
    """The count of tag changes when this request began (read once per request)."""
    count = getattr(_request, "counter", None)
    if count is None:
        count = _read_counter()
        if count is None:
            # Redis does not answer: nothing this request computes may ever pass for
            # current, should it be kept somewhere after all.
            count = 0
        if _in_request():
            _request.counter = count
    return count


def remember_generation(generation) -> None:
    """The generation read by the page cache with its entry, in the same round trip."""
    if _in_request() and getattr(_request, "generation", None) is None and generation:
        _request.generation = generation


def remember_change_count(count) -> None:
    """The count read by the page cache with its entry, in the same round trip."""
    if _in_request() and getattr(_request, "counter", None) is None and count is not None:
        _request.counter = int(count)


def is_fresh(entry: Tagged, versions: dict | None = None) -> bool:
    """No tag of `entry` changed after the count its request began at."""
    versions = tag_versions(entry.tags) if versions is None else versions
    return all(versions[tag] <= entry.counter for tag in entry.tags)


def tag_versions(tags) -> dict:
    """The change count at which each tag last changed; remembered for the request."""
    memo = _versions_memo()
    missing = [tag for tag in tags if tag not in memo]
    if missing:
        found = cache.get_many([TAG_PREFIX + tag for tag in missing])
        for tag in missing:
            version = found.get(TAG_PREFIX + tag)
            if version is None:
                # Never changed, or evicted: from now (the count read afresh, never an
                # older one, which could make an entry older than an evicted change look
                # valid). Entries computed before are renewed once, safe either way.
                version = _read_counter()
                if version is None:
                    version = CHANGED_NOW  # Redis does not answer: as if changed now
                elif not cache.add(TAG_PREFIX + tag, version, timeout=None):
                    version = cache.get(TAG_PREFIX + tag, version)
            memo[tag] = int(version)
    return {tag: memo[tag] for tag in tags}


def _read_counter() -> int | None:
    """The count, created if need be; None when Redis does not answer."""
    count = cache.get(COUNTER_KEY)
    if count is None:
        # Microseconds: beyond any count reached before a flush, as for generations.
        count = time.time_ns() // 1000
        if not cache.add(COUNTER_KEY, count, timeout=None):
            # Another process created it first, or Redis does not answer.
            count = cache.get(COUNTER_KEY)
    return None if count is None else int(count)


def _increment() -> int:
    try:
        return cache.incr(COUNTER_KEY)
    except ValueError:  # flushed or never set
        _read_counter()
        return cache.incr(COUNTER_KEY)


# --- cached values -------------------------------------------------------------------


def content_cache():
    """The "content" cache alias, or the default cache where settings define no such alias."""
    try:
        return caches[CONTENT_CACHE]
    except InvalidCacheBackendError:
        return cache


def cached_for_content(key: str, compute, timeout: int = 3600, *, tags=None, notes=True):
    """`compute()`, kept in the cache until the site or one of its tags changes (None
    included). `tags`: what it depends on besides what `compute` notes; `"objects"` when
    not given. `notes=False` keeps its tags from what is computed around it: for a table
    of all objects of which each caller reads its own object's row (and names that tag)."""
    tags = DEFAULT_TAGS if tags is None else tuple(tags)
    return cached_many_for_content(
        [key], lambda missing: {key: compute()}, timeout, tags_of=lambda _key: tags, notes=notes
    )[key]


def cached_many_for_content(
    keys: list[str], compute_missing, timeout=3600, *, tags_of=None, notes=True
):
    """Many entries at once, as `cached_for_content` keeps one: two lookups for them all.

    `compute_missing(missing_keys)` returns a dict for the keys not in the cache yet or
    outdated; a value may come as `WithTags(value, tags)` to add tags of its own, or as
    `Unkept(value)` to be returned only. What it notes while computing applies to all.
    """
    if not keys:
        return {}
    content = content_cache()
    suffix = f"@{content_generation()}"
    values, tags = _fresh(content, [key + suffix for key in keys])
    missing = [key for key in keys if key + suffix not in values]
    found = {key: values[key + suffix] for key in keys if key + suffix in values}
    if missing:
        counter = change_count()
        noted: set = set()
        with _collect(noted):
            computed = compute_missing(missing)
        entries = {}
        for key, value in computed.items():
            own = tags_of(key) if tags_of else DEFAULT_TAGS
            kept = not isinstance(value, Unkept)
            if not kept:
                value = value.value
            if isinstance(value, WithTags):
                value, own = value.value, (*own, *value.tags)
            entry_tags = frozenset((*own, *noted))
            if kept:
                entries[key + suffix] = Tagged(value, counter, entry_tags)
            found[key] = value
            tags.update(entry_tags)
        if entries:
            _store(content, entries, timeout)
        # Give tags that never changed a version now, while these entries are new: a later
        # change then renews exactly what it concerns, not everything named by a new tag.
        tag_versions(set().union(*(entry.tags for entry in entries.values())))
    if notes:
        note_tags(*tags)
    return found


def _fresh(content, keys) -> tuple[dict, set]:
    """The values of `keys` that are still valid, and the tags they name."""
    entries = content.get_many(keys)
    outdated = _check(entries)
    local_copies = [key for key in outdated if getattr(content, "get_many_shared", None)]
    if local_copies:
        # Another server may have stored the renewed value already.
        renewed = content.get_many_shared(local_copies)
        renewed_outdated = _check(renewed)
        entries.update({k: v for k, v in renewed.items() if k not in renewed_outdated})
        outdated = [key for key in outdated if key not in renewed or key in renewed_outdated]
    for key in outdated:
        entries.pop(key, None)
    tags = set()
    for entry in entries.values():
        tags.update(entry.tags)
    return {key: entry.value for key, entry in entries.items()}, tags


def _check(entries) -> list:
    """The keys whose entries are outdated (or not entries at all), asking the versions of
    all their tags in one lookup."""
    bad = [key for key, entry in entries.items() if not isinstance(entry, Tagged)]
    tagged = {key: entry for key, entry in entries.items() if isinstance(entry, Tagged)}
    versions = tag_versions(set().union(*(entry.tags for entry in tagged.values())))
    return bad + [key for key, entry in tagged.items() if not is_fresh(entry, versions)]


def _store(content, entries, timeout):
    replace = getattr(content, "replace_many", None)
    if replace is not None:
        replace(entries, timeout)
    else:
        content.set_many(entries, timeout)


# --- the request's state -------------------------------------------------------------


def _in_request() -> bool:
    return getattr(_request, "active", False)


def _versions_memo() -> dict:
    if not _in_request():
        return {}
    memo = getattr(_request, "versions", None)
    if memo is None:
        memo = _request.versions = {}
    return memo


def _collecting() -> list:
    stack = getattr(_request, "stack", None)
    if stack is None:
        stack = _request.stack = []
    collected = list(stack)
    if _in_request():
        collected.append(_request.tags)
    return collected


class _collect:
    """Tags noted inside the block are added to `into` (and to the blocks around it)."""

    def __init__(self, into: set):
        self.into = into

    def __enter__(self):
        _collecting()  # creates the stack
        _request.stack.append(self.into)

    def __exit__(self, *exc):
        _request.stack.pop()


def _request_started(**kwargs):
    pay_owed_change()
    _request.active = True
    _request.generation = None
    _request.dated = None
    _request.counter = None
    _request.versions = {}
    _request.tags = set()
    _request.stack = []


def _request_finished(**kwargs):
    _request.active = False
    _request.generation = None
    _request.dated = None
    _request.counter = None
    _request.versions = None
    _request.tags = set()
    _request.stack = []


def connect_signals():
    """Pages and what decides who sees them; each app adds its own snippets and images
    with `content_changes_with` in its AppConfig.ready()."""
    from wagtail.models import PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    request_started.connect(_request_started, dispatch_uid="content_generation_start")
    request_finished.connect(_request_finished, dispatch_uid="content_generation_end")
    for signal in (page_published, page_unpublished):
        signal.connect(page_changed, dispatch_uid=f"content_changed_{id(signal)}")
    post_page_move.connect(content_changed, dispatch_uid="content_changed_move")
    post_delete.connect(page_changed, sender="wagtailcore.Page", dispatch_uid="cc_page_del")
    # A view restriction decides who may see a page: routing keeps them with the page;
    # core/sites.py keeps the Site of each host.
    content_changes_with(PageViewRestriction, Site)


def page_changed(sender=None, instance=None, **kwargs):
    """A page was published, unpublished or deleted: the tags its class names
    (`changed_tags()`: an object names its own and its listings'), else the whole site."""
    changed = getattr(instance, "changed_tags", None) if instance is not None else None
    if changed is None:
        content_changed()
    else:
        tags_changed(*changed())


def content_changes_with(*models):
    """Saving or deleting any of these models changes the public content."""
    for model in models:
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed,
                sender=model,
                dispatch_uid=f"content_changed_{signal is post_save}_{model.__name__}",
            )
