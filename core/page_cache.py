"""A cache of whole public pages for visitors without a session (settings.PAGE_CACHE).

Who gets a cached page: a GET or HEAD without session or messages cookie — first-time
visitors, search engines, the crowd that a press article sends. Anyone with a cart, a
flash message or an admin login has a session and gets the page rendered for them.

What is cached: Wagtail pages (unless their class says `cache_anonymous = False`; the
`before_serve_page` hook in wagtail_hooks.py marks them), with status 200 and no cookie
set: a page whose form carries a CSRF token sets one, so it never is. Entries are keyed
by host, path and query string; each stores the content generation it was rendered at,
the change count its request began at and the tags of what it was made from
(core.caching). The lookup fetches the entry, the generation and the count in one round
trip, then the versions of the entry's tags in a second: a page published or an object
sold a moment ago is never served stale, on any app server sharing the cache, while a
sale leaves every page that does not show the object cached.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from core.caching import (
    COUNTER_KEY,
    GENERATION_KEY,
    SITE,
    Tagged,
    change_count,
    content_generation,
    is_fresh,
    note_tags,
    of_the_day,
    remember_change_count,
    request_tags,
)

CACHEABLE_ATTR = "_page_cache_store"
# Set again on every response by the middleware that runs before this one, or per request.
DROPPED_HEADERS = {"set-cookie", "x-page-cache", "date", "content-length"}


def mark_cacheable(request):
    setattr(request, CACHEABLE_ATTR, True)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not (settings.PAGE_CACHE and self._eligible(request)):
            return self.get_response(request)

        key = self._key(request)
        found = cache.get_many([key, GENERATION_KEY, COUNTER_KEY])
        entry, generation = found.get(key), found.get(GENERATION_KEY)
        # Read before anything is rendered: what this request stores is dated by it.
        remember_change_count(found.get(COUNTER_KEY))
        # The stored generation with today's date, as every key is made (core.caching).
        generation = of_the_day(generation) if generation else None
        if entry and generation and self._fresh(entry, generation):
            note_tags(*entry["tags"])
            return self._response(entry, hit=True)

        generation = generation or content_generation()
        counter = change_count()
        response = self.get_response(request)
        if self._storable(request, response):
            entry = {
                "generation": generation,
                "counter": counter,
                "tags": tuple(sorted(request_tags() - {SITE})),
                "status": response.status_code,
                "content": response.content,
                "headers": {
                    header: value
                    for header, value in response.headers.items()
                    if header.lower() not in DROPPED_HEADERS
                },
            }
            cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "MISS"
        return response

    @staticmethod
    def _fresh(entry, generation):
        if entry.get("generation") != generation or "tags" not in entry:
            return False
        return is_fresh(Tagged(None, entry["counter"], frozenset(entry["tags"])))

    @staticmethod
    def _eligible(request):
        if request.method not in ("GET", "HEAD"):
            return False
        cookies = request.COOKIES
        return settings.SESSION_COOKIE_NAME not in cookies and "messages" not in cookies

    @staticmethod
    def _storable(request, response):
        return (
            getattr(request, CACHEABLE_ATTR, False)
            and response.status_code == 200
            and not response.cookies
            and not response.streaming
            and "private" not in response.get("Cache-Control", "")
        )

    @staticmethod
    def _key(request):
        url = f"{request.get_host()}{request.get_full_path()}"
        return "page:" + hashlib.sha256(url.encode()).hexdigest()

    @staticmethod
    def _response(entry, hit):
        response = HttpResponse(entry["content"], status=entry["status"])
        for header, value in entry["headers"].items():
            response[header] = value
        response["X-Page-Cache"] = "HIT" if hit else "MISS"
        return response
