"""The shared HTTP cache in front (Varnish, deploy/varnish/): what it may keep, and purges.

On when settings.HTTP_CACHE_PURGE_URLS names the cache's addresses (env, comma-separated).

What it keeps: exactly what the app's own page cache would keep for an anonymous visitor
(core/page_cache.py decides). Such a response leaves with `Cache-Control: public,
s-maxage=HTTP_CACHE_SECONDS, max-age=0` — Varnish keeps it until purged, browsers ask
again each time — and an `xkey` header naming the cache tags the page was built from
(core.caching.request_tags(): "site", "objects", "object:<translation key>"...).

Purges: each time tags are bumped (core.caching.cache_tags_invalidated, sent after the
commit), `PURGE /` with `xkey-purge: <tags>` goes to each cache; Varnish drops every page
carrying one of them. A cache that does not answer within a second is logged, never
raised: a down Varnish must not break a sale, and it restarts empty anyway.

The race, and why each purge is sent twice: a page whose rendering started before the
change (it read the old stock) can reach Varnish after the purge, and would stay there
until its TTL. The same purge is sent again HTTP_CACHE_REPURGE_SECONDS later (2 s by
default, longer than a page takes to render), which drops such a late copy; a visitor
may see it during those seconds, as they would have seen the page a moment earlier.
"""

import logging
import threading
import urllib.error
import urllib.request

from django.conf import settings

from core import caching
from core.page_cache import AnonymousPageCacheMiddleware

logger = logging.getLogger(__name__)


class SurrogateKeyMiddleware:
    """Marks for the shared cache the responses the page cache would share (see above).

    Just outside AnonymousPageCacheMiddleware: it sees both the pages rendered now and
    those the page cache served (`X-Page-Cache: HIT`, whose request never reached a view).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.HTTP_CACHE_PURGE_URLS and shareable(request, response):
            response["xkey"] = " ".join(sorted(caching.request_tags()))
            response["Cache-Control"] = f"public, s-maxage={settings.HTTP_CACHE_SECONDS}, max-age=0"
        return response


def shareable(request, response) -> bool:
    page_cache = AnonymousPageCacheMiddleware
    if not page_cache._eligible(request) or response.cookies:
        return False
    if response.get("X-Page-Cache") == "HIT":
        return response.status_code == 200
    return page_cache._storable(request, response)


def purge(tags) -> None:
    """Purge these tags from each shared cache now, and once more a moment later."""
    urls = list(settings.HTTP_CACHE_PURGE_URLS)
    if not urls or not tags:
        return
    header = " ".join(sorted(tags))
    _purge_all(urls, header)
    delay = settings.HTTP_CACHE_REPURGE_SECONDS
    if delay > 0:
        timer = threading.Timer(delay, _purge_all, args=(urls, header))
        timer.daemon = True
        timer.start()


def purge_on_invalidation(sender=None, *, tags, **kwargs):
    """Receiver of core.caching.cache_tags_invalidated."""
    purge(tags)


def _purge_all(urls, header):
    for url in urls:
        request = urllib.request.Request(url.rstrip("/") + "/", method="PURGE")
        request.add_header("xkey-purge", header)
        try:
            urllib.request.urlopen(request, timeout=settings.HTTP_CACHE_PURGE_TIMEOUT).close()
        except (OSError, ValueError) as error:  # URLError and timeouts are OSErrors
            logger.warning("HTTP cache purge of %r at %s failed: %s", header, url, error)
