"""schema.org JSON-LD: the shared builders (breadcrumbs, web site, coordinates) and the
serializer. Builders return plain dicts; the `structured_data` template tag wraps them in
one `@graph` and serializes them. Pages choose what they emit in `structured_data()`.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Site

from core import public_url
from core.routing import ancestors_of

SCHEMA = "https://schema.org"

# Characters that could close the <script> element or open a comment inside it: JSON
# allows them escaped, so the document stays valid JSON-LD (as json_script does).
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def absolute(request, url):
    """`url` on the site's public address (`request` kept for the callers that pass it)."""
    return public_url.absolute_url(url) if url else None


def compact(data):
    """Drop empty values, so optional properties are simply absent."""
    return {key: value for key, value in data.items() if value not in (None, "", [], {})}


def to_script(entities):
    """One <script type="application/ld+json"> holding every entity, safe in HTML."""
    if not entities:
        return ""
    data = {"@context": SCHEMA, "@graph": entities}
    text = json.dumps(data, ensure_ascii=False, default=str).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


def breadcrumb(request, page, leaf=None):
    """BreadcrumbList from the home page (depth 2) down to `page`, then `leaf` if given.

    `leaf` is a (name, url) pair for a route of a routable page (a material).
    """
    crumbs = [(p.title, p.get_full_url(request)) for p in ancestors_of(page)]
    crumbs.append((page.title, page.get_full_url(request)))
    if leaf:
        crumbs.append(leaf)
    if len(crumbs) < 2:
        return None
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": position, "name": name, "item": url}
            for position, (name, url) in enumerate(crumbs, start=1)
        ],
    }


def website(request, page):
    return {
        "@type": "WebSite",
        "name": (Site.find_for_request(request) or page.get_site()).site_name or page.title,
        "url": page.get_full_url(request),
        "inLanguage": page.locale.language_code,
    }


def geo(latitude, longitude):
    if latitude is None or longitude is None:
        return None
    return {"@type": "GeoCoordinates", "latitude": float(latitude), "longitude": float(longitude)}
