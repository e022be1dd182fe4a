"""What the workshops app adds to the exhibition's pages: an edition's workshops, with
their places left. Registered in WorkshopsConfig.ready() (core/page_context.py)."""

from django.template.loader import render_to_string

from core.caching import note_tags

from .selectors import WORKSHOP_PLACES, edition_workshops, places_left


def edition_workshops_section(page, request) -> dict:
    """The section listing the edition's workshops, rendered (empty without workshops)."""
    # The cached page shows places left: renewed when a booking takes or frees some.
    note_tags(WORKSHOP_PLACES)
    workshops = list(edition_workshops(page))
    for workshop in workshops:
        source = workshop.booking_source()
        workshop.listing_source = source
        workshop.listing_places_left = places_left(source)
        workshop.listing_window = source.booking_window()
    html = render_to_string(
        "workshops/includes/edition_workshops.html", {"workshops": workshops, "request": request}
    )
    return {"workshops_section": html}
