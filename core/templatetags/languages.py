"""The page in every language of the site, for the header's switcher and hreflang links."""

import functools
from dataclasses import dataclass

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language

from wagtail.models import Page

from core import public_url
from core.caching import cached_for_content
from core.routing import translations_of

register = template.Library()


@dataclass(frozen=True)
class LanguageVersion:
    code: str
    name: str
    url: str  # relative, for links
    absolute_url: str  # for <link rel="alternate">
    current: bool
    # False when the page has no live translation in this language: the link then leads to
    # that language's home page and must not be announced as an alternate of this page.
    translated: bool


@register.simple_tag(takes_context=True)
def language_versions(context) -> list[LanguageVersion]:
    """One entry per language of settings.LANGUAGES, kept once per request.

    A Wagtail page links to its own live translations (their slugs may differ); a sub-route
    of a routable page or a query string («?collectivite=…») is carried over. Other views
    (search, shop) have the same URL pattern in every language: Django's translate_url.
    """
    request = context.get("request")
    if request is None:
        return []
    cached = getattr(request, "_language_versions", None)
    if cached is not None:
        return cached
    current = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    page = context.get("page")
    if isinstance(page, Page) and page.pk:
        versions = _page_versions(request, page, current)
    else:
        versions = _view_versions(request, current)
    request._language_versions = versions
    return versions


def _page_versions(request, page, current):
    # Found with the page when routing found it (core/routing.py); else kept under the
    # translation key, which the page's versions in other languages share. Only what a
    # page's URL is made of (Page.get_url_parts reads its url_path): no whole pages.
    versions_of = getattr(page, "_translations", None)
    if versions_of is None:
        versions_of = cached_for_content(
            f"translations:{page.translation_key}",
            lambda: translations_of(page),
            # Another language published: an object's own tag, any other page's the site's.
            tags=getattr(page, "cache_tags", ()),
        )
    translations = {code: Page(pk=pk, url_path=path) for code, (pk, path) in versions_of.items()}
    own_url = page.get_url(request) or ""
    suffix = request.path[len(own_url) :] if own_url and request.path.startswith(own_url) else ""
    query = request.META.get("QUERY_STRING", "")
    versions = []
    for code, name in settings.LANGUAGES:
        translation = translations.get(code)
        if translation is not None:
            path = (translation.get_url(request) or "") + suffix
            url = path + (f"?{query}" if query else "")
            translated = True
        else:
            path = url = _home_url(current, code)
            translated = False
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=url,
                # Alternates name the page itself, like its canonical URL: no filters.
                absolute_url=public_url.absolute_url(path),
                current=code == current,
                translated=translated,
            )
        )
    return versions


@functools.cache
def _home_url(current, code) -> str:
    # The URLconf's, the same for the process's life: asked for each untranslated page.
    return translate_url(f"/{current}/", code)


def _view_versions(request, current):
    versions = []
    for code, name in settings.LANGUAGES:
        url = translate_url(request.get_full_path(), code)
        versions.append(
            LanguageVersion(
                code=code,
                name=name,
                url=url,
                absolute_url=public_url.absolute_url(url),
                current=code == current,
                translated=True,
            )
        )
    return versions


@register.filter
def as_gloss(japanese_name):
    """A Japanese name shown after a name in the page's language («Kutani-yaki 九谷焼»), or
    nothing on a Japanese page, where the name itself is already Japanese."""
    return "" if (get_language() or "").startswith("ja") else japanese_name
