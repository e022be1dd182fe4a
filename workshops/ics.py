"""The calendar file (RFC 5545) sent with a booking's confirmation.

The `icalendar` library writes it: CRLF line ends, lines folded at 75 octets, and
`,` `;` `\\` and new lines escaped in text values. Times are written in UTC (…Z), which
every calendar reads without a VTIMEZONE block.
"""

import datetime
from urllib.parse import urlsplit

from icalendar import Calendar, Event

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

PRODID = "-//Tradition et Modernite//Ateliers//FR"
FILENAME = "atelier.ics"
CONTENT_TYPE = "text/calendar; charset=utf-8; method=PUBLISH"


def _domain() -> str:
    return urlsplit(getattr(settings, "WAGTAILADMIN_BASE_URL", "")).hostname or "localhost"


def _utc(value: datetime.datetime) -> datetime.datetime:
    return value.astimezone(datetime.UTC)


def booking_calendar(booking, *, page=None, venue=None, now=None) -> bytes:
    """One VEVENT for the booking's workshop; `page` and `venue` are their versions in the
    visitor's language, and the active language writes the rest."""
    workshop = booking.workshop
    page = page or workshop
    venue = venue or page.venue
    description = [
        page.lead,
        ngettext(
            "%(count)d place réservée au nom de %(name)s.",
            "%(count)d places réservées au nom de %(name)s.",
            booking.places,
        )
        % {"count": booking.places, "name": booking.full_name},
        _("Votre réservation, pour la consulter ou l’annuler : %(url)s")
        % {"url": booking.full_url()},
    ]
    event = Event()
    # Stable for a booking: a calendar that imports the file twice keeps one event.
    event.add("uid", f"atelier-{workshop.pk}-reservation-{booking.pk}@{_domain()}")
    event.add("dtstamp", _utc(now or timezone.now()))
    event.add("dtstart", _utc(workshop.starts_at))
    event.add("dtend", _utc(workshop.ends_at))
    event.add("summary", page.title)
    event.add("location", f"{venue.name}, {venue.full_address}")
    event.add("description", "\n\n".join(part for part in description if part))
    event.add("url", booking.full_url(page.get_url()))
    event.add("status", "CONFIRMED")
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    return calendar.to_ical()
