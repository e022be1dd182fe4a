"""The request's Wagtail site and its home page, from the cache rather than the database.

Wagtail looks both up on every request: the site by host and port, then the home page
in the visitor's language (the active Locale, the translation, its specific class), which
is three queries for what changes only when a site or a home page is published. Both are
kept per content generation (core/caching.py; saving a Site starts a new one).
"""

from django.http.request import split_domain_port
from django.utils import translation

from wagtail.models import Site

from core.caching import UNAVAILABLE, cached_for_content


class CachedSiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # As Site.find_for_request matches: the raw host (ALLOWED_HOSTS is checked later).
        hostname = split_domain_port(request._get_raw_host())[0]
        key = f"site-for:{hostname}:{request.get_port()}"
        try:
            request._wagtail_site = cached_for_content(key, lambda: _find_site(request), tags=())
        except UNAVAILABLE:
            # Only a shortcut: the views that need the site find it (or fail) themselves,
            # and /health/ must get to say what is down.
            pass
        return self.get_response(request)


def _find_site(request):
    site = Site._find_for_request(request)
    if site is not None:
        # The specific home, whose `localized` (routing.py) is remembered per language.
        site.root_page = site.root_page.specific
    return site


def localized_home(home):
    """`home` in the active language (itself when untranslated), as its specific class."""
    language = translation.get_language()
    key = f"home:{home.translation_key}:{language}"
    return cached_for_content(key, lambda: _translation(home), tags=())


def _translation(home):
    from wagtail.models import Page

    page = Page.localized.fget(home).specific
    page.locale  # noqa: B018 - loaded now, kept with the page: templates read it
    return page
