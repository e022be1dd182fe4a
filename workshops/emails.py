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


def booking_context(booking) -> dict:
    page = page_in_language(booking.workshop, booking.language)
    return {
        "booking": booking,
        "workshop": booking.workshop,
        "page": page,
        "venue": page.venue,
        "booking_url": booking.full_url(),
        "cancel_url": booking.full_url(booking.get_cancel_url()),
        "page_url": booking.full_url(page.get_url()),
    }


def booking_ics_attachment(booking, page=None) -> tuple[str, bytes, str]:
    return ics.FILENAME, ics.booking_calendar(booking, page=page), ics.CONTENT_TYPE


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
                message.attach(*booking_ics_attachment(booking, context["page"]))
            message.send()
    except Exception:
        logger.exception("Could not send the %s email of booking %s", kind, booking_pk)
