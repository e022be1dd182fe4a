"""schema.org JSON-LD for the exhibition: breadcrumbs, places, events, destinations.

Builders return plain dicts; the `structured_data` template tag wraps them in one
`@graph` and serializes them. Pages choose what they emit in `structured_data()`.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from wagtail.models import Site

from exhibition.routing import ancestors_of

SCHEMA = "https://schema.org"

# What search engines expect in addressCountry: an ISO 3166 code.
COUNTRY_CODES = {"France": "FR", "Japon": "JP", "Japan": "JP"}

ORGANIZERS = [
    {"@type": "Organization", "name": "CLAIR Paris", "url": "https://www.clairparis.org/"},
    {
        "@type": "Organization",
        "name": "Maison de la Culture du Japon à Paris",
        "url": "https://www.mcjp.fr/",
    },
]

# Characters that could close the <script> element or open a comment inside it: JSON
# allows them escaped, so the document stays valid JSON-LD (as json_script does).
_SCRIPT_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026"}


def absolute(request, url):
    return request.build_absolute_uri(url) if url else None


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


def venue_place(venue):
    return compact(
        {
            "@type": "Place",
            "name": venue.name,
            "url": venue.website,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": venue.street_address,
                "postalCode": venue.postal_code,
                "addressLocality": venue.city,
                "addressCountry": COUNTRY_CODES.get(venue.country, venue.country),
            },
            "geo": geo(venue.latitude, venue.longitude),
        }
    )


EVENT_TYPES = {"presale": "SaleEvent", "event": "Event"}


def edition_event(request, part, online_url):
    """One part of an edition; the online exhibition happens at the site itself."""
    is_online = part.kind == "online"
    if is_online:
        location = {"@type": "VirtualLocation", "url": part.link or online_url}
        mode = "OnlineEventAttendanceMode"
    else:
        location = venue_place(part.venue) if part.venue else None
        mode = "OfflineEventAttendanceMode"
    return compact(
        {
            "@type": EVENT_TYPES.get(part.kind, "ExhibitionEvent"),
            "name": part.title,
            "description": part.description,
            "startDate": part.start_date.isoformat() if part.start_date else None,
            "endDate": part.end_date.isoformat(),
            "eventStatus": f"{SCHEMA}/EventScheduled",
            "eventAttendanceMode": f"{SCHEMA}/{mode}",
            "location": location,
            "url": part.link if part.link and not is_online else online_url,
            "organizer": ORGANIZERS,
        }
    )


JAPAN = {"@type": "Country", "name": "Japan", "alternateName": "日本"}


def destination(request, collectivite, image_url=None):
    return compact(
        {
            "@type": "TouristDestination",
            "name": collectivite.title,
            "alternateName": collectivite.name_ja,
            "description": collectivite.lead or collectivite.search_description,
            "url": collectivite.get_full_url(request),
            "image": image_url,
            "geo": geo(collectivite.latitude, collectivite.longitude),
            "containedInPlace": JAPAN,
        }
    )


def attraction(place_value):
    """A PlaceBlock value (a sight or a specialty) as a TouristAttraction."""
    return compact(
        {
            "@type": "TouristAttraction",
            "name": place_value["name"],
            "alternateName": place_value.get("name_ja"),
            "description": place_value.get("text"),
        }
    )
