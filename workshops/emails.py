"""Emails to the visitor about a booking, in the language they booked in.

Sent after the transaction that changed the booking commits: a failure to send is logged
and never undoes a booking. Paid bookings are confirmed by the shop's order email.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from wagtail.models import Locale

from workshops import ics

logger = logging.getLogger(__name__)

CONFIRMED = "confirmed"  # free workshop, at once or from the waiting list
WAITLISTED = "waitlisted"
OFFER = "offer"  # paid workshop, promoted from the waiting list: pay within the hold
CANCELLED = "cancelled"

SUBJECTS = {
    CONFIRMED: lambda: _("Votre réservation est confirmée : %(title)s"),
    WAITLISTED: lambda: _("Vous êtes sur la liste d’attente : %(title)s"),
    OFFER: lambda: _("Une place s’est libérée pour vous : %(title)s"),
    CANCELLED: lambda: _("Votre réservation est annulée : %(title)s"),
}


def page_in_language(workshop, language: str):
    """The workshop's page in `language` when it is translated and live, else the source."""
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None or locale.pk == workshop.locale_id:
        return workshop
    translation_ = workshop.get_translation_or_none(locale)
    return translation_ if translation_ is not None and translation_.live else workshop


def venue_in_language(venue, language: str):
    """The venue's translation in `language` when it has one, else the venue itself (a page
    copied for translation may still point at the French venue)."""
    locale = Locale.objects.filter(language_code=language).first()
    if venue is None or locale is None or venue.locale_id == locale.pk:
        return venue
    return venue.get_translation_or_none(locale) or venue


def booking_context(booking, *, language: str | None = None) -> dict:
    """The workshop's page and venue in `language` (the one the visitor booked in)."""
    language = language or booking.language
    page = page_in_language(booking.workshop, language)
    return {
        "booking": booking,
        "workshop": booking.workshop,
        "page": page,
        "venue": venue_in_language(page.venue, language),
        "booking_url": booking.full_url(),
        "cancel_url": booking.full_url(booking.get_cancel_url()),
        "page_url": booking.full_url(page.get_url()),
    }


def booking_ics_attachment(booking, page=None, venue=None) -> tuple[str, bytes, str]:
    calendar = ics.booking_calendar(booking, page=page, venue=venue)
    return ics.FILENAME, calendar, ics.CONTENT_TYPE


def send_booking_email(booking_pk: int, kind: str):
    from workshops.models import Booking

    booking = Booking.objects.select_related("workshop__venue").get(pk=booking_pk)
    try:
        with translation.override(booking.language):
            context = booking_context(booking)
            if kind == OFFER:
                context["payment_url"] = booking.full_url(booking.get_payment_url())
            message = EmailMultiAlternatives(
                subject=SUBJECTS[kind]() % {"title": context["page"].title},
                body=render_to_string(f"workshops/emails/{kind}.txt", context),
                from_email=settings.DEFAULT_FROM_EMAIL,
                to=[booking.email],
            )
            message.attach_alternative(
                render_to_string(f"workshops/emails/{kind}.html", context), "text/html"
            )
            if kind == CONFIRMED:
                message.attach(*booking_ics_attachment(booking, context["page"], context["venue"]))
            message.send()
    except Exception:
        logger.exception("Could not send the %s email of booking %s", kind, booking_pk)
