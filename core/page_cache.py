"""A cache of whole public pages for visitors without a session (settings.PAGE_CACHE).

Who gets a cached page: a GET or HEAD without session or messages cookie — first-time
visitors, search engines, the crowd that a press article sends. Anyone with a cart, a
flash message or an admin login has a session and gets the page rendered for them.

What is cached: Wagtail pages (unless their class says `cache_anonymous = False`; the
`before_serve_page` hook in wagtail_hooks.py marks them), with status 200 and no cookie
set: a page whose form carries a CSRF token sets one, so it never is. Entries are keyed
by host, path and query string; each stores the content generation it was rendered at
(core.caching), and the lookup fetches the entry and the current generation in one
round trip, so a page published a moment ago is never served stale, on any app server
sharing the cache.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse

from core.caching import GENERATION_KEY, content_generation, of_the_day

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
        found = cache.get_many([key, GENERATION_KEY])
        entry, generation = found.get(key), found.get(GENERATION_KEY)
        # The stored generation with today's date, as every key is made (core.caching).
        generation = of_the_day(generation) if generation else None
        if entry and generation and entry["generation"] == generation:
            return self._response(entry, hit=True)

        generation = generation or content_generation()
        response = self.get_response(request)
        if self._storable(request, response):
            entry = {
                "generation": generation,
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
