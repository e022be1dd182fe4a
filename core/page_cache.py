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

Bodies are stored gzipped: five times less memory in Redis and on the wire from it, and a
hit for a browser (they all accept gzip) is served as stored, not compressed again by
GZipMiddleware at each request (a third of a hit's time). A client that does not accept
gzip gets it decompressed. One stored copy for everyone is safe from BREACH, which
Django's GZip pads against: a page cached for all holds no secret of anyone's (a page
with a CSRF token sets a cookie, and is never stored).
"""

import gzip
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_vary_headers
from django.utils.text import compress_string

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
    remember_generation,
    request_tags,
)

CACHEABLE_ATTR = "_page_cache_store"
# Set again on every response by the middleware that runs before this one, or per request.
DROPPED_HEADERS = {"set-cookie", "x-page-cache", "date", "content-length"}


def will_store(request) -> bool:
    """Whether this request's page, if cacheable, is stored whole for whoever asks next."""
    return settings.PAGE_CACHE and AnonymousPageCacheMiddleware._eligible(request)


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
        remember_generation(generation)
        # The stored generation with today's date, as every key is made (core.caching).
        generation = of_the_day(generation) if generation else None
        if entry and generation and self._fresh(entry, generation):
            note_tags(*entry["tags"])
            return self._response(entry, request, hit=True)

        generation = generation or content_generation()
        counter = change_count()
        response = self.get_response(request)
        if self._storable(request, response):
            entry = {
                "generation": generation,
                "counter": counter,
                "tags": tuple(sorted(request_tags() - {SITE})),
                "status": response.status_code,
                **self._body(response),
                "headers": {
                    header: value
                    for header, value in response.headers.items()
                    if header.lower() not in DROPPED_HEADERS
                },
            }
            cache.set(key, entry, settings.PAGE_CACHE_SECONDS)
            response["X-Page-Cache"] = "MISS"
            # As a hit will be: compressed once, here, for a client that accepts it.
            self._encode(response, entry, request)
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
    def _body(response) -> dict:
        content = response.content
        if len(content) < 200 or response.has_header("Content-Encoding"):
            return {"content": content}  # as GZipMiddleware: not worth it, or done
        return {"gzip": compress_string(content)}

    @staticmethod
    def _response(entry, request, hit):
        if "gzip" in entry:  # compressed for a client that accepts it (_encode)
            content = b"" if _accepts_gzip(request) else gzip.decompress(entry["gzip"])
        else:
            content = entry["content"]
        response = HttpResponse(content, status=entry["status"])
        for header, value in entry["headers"].items():
            response[header] = value
        AnonymousPageCacheMiddleware._encode(response, entry, request)
        response["X-Page-Cache"] = "HIT" if hit else "MISS"
        return response

    @staticmethod
    def _encode(response, entry, request):
        """The stored body for a client that accepts gzip, as GZipMiddleware would say it."""
        if "gzip" not in entry:
            return
        patch_vary_headers(response, ("Accept-Encoding",))
        if _accepts_gzip(request):
            response.content = entry["gzip"]
            response["Content-Encoding"] = "gzip"
            response["Content-Length"] = str(len(entry["gzip"]))


def _accepts_gzip(request) -> bool:
    return bool(re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")))
