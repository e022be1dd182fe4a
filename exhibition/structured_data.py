"""schema.org JSON-LD of the exhibition: its organizers, venues, events and destinations."""

from core.structured_data import SCHEMA, compact, geo

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
