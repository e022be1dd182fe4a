"""Everything that changes a booking goes through these functions.

Every change first locks the workshop's own row (SELECT … FOR UPDATE OF the workshop
table, not Wagtail's page table, which editors keep using), then counts the places held:
confirmed bookings plus bookings awaiting a payment whose hold has not lapsed. Visitors
booking the last place at the same moment are served one after the other, so a workshop
is never overbooked. Locks are always taken in the same order, (the shop's order →)
workshop → bookings, so that no two transactions wait for each other.

The waiting list is served in the order visitors joined it. When places free up, it is
walked in that order and every booking that fits in the places left is promoted; one
that does not fit (three places asked, one free) keeps its rank and is passed over, so
that the visitor behind it who asked for one place gets it instead of it staying empty on
the day. The larger booking is served first as soon as enough places are free. A free
workshop confirms a promoted booking at once; a paid one holds its places for a while
(`WORKSHOPS_OFFER_HOURS`, never beyond the start) and sends a payment link.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from functools import partial

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core.caching import tags_changed
from workshops import emails
from workshops.models import Booking, BookingWindow, WorkshopPage
from workshops.selectors import WORKSHOP_PLACES, places_held

logger = logging.getLogger(__name__)

DEFAULT_PAYMENT_HOLD_MINUTES = 30
DEFAULT_OFFER_HOURS = 24


class BookingError(Exception):
    """A rule refused the booking; the message is for the visitor."""


class BookingClosed(BookingError):
    pass


class WorkshopFull(BookingError):
    def __init__(self, places_left: int):
        self.places_left = places_left
        if places_left <= 0:
            message = _("L’atelier est complet. Vous pouvez vous inscrire sur sa liste d’attente.")
        else:
            message = ngettext(
                "Il ne reste qu’%(count)d place : réservez-en moins, ou inscrivez-vous sur la "
                "liste d’attente.",
                "Il ne reste que %(count)d places : réservez-en moins, ou inscrivez-vous sur "
                "la liste d’attente.",
                places_left,
            ) % {"count": places_left}
        super().__init__(message)


class AlreadyBooked(BookingError):
    def __init__(self):
        super().__init__(
            _(
                "Cette adresse a déjà une réservation pour cet atelier. Retrouvez-la grâce au "
                "lien du courriel de confirmation."
            )
        )


@dataclass(frozen=True)
class Visitor:
    first_name: str
    last_name: str
    email: str
    phone: str = ""


def payment_hold() -> timedelta:
    return timedelta(
        minutes=getattr(settings, "WORKSHOPS_PAYMENT_HOLD_MINUTES", DEFAULT_PAYMENT_HOLD_MINUTES)
    )


def offer_window() -> timedelta:
    return timedelta(hours=getattr(settings, "WORKSHOPS_OFFER_HOURS", DEFAULT_OFFER_HOURS))


def booking_create(
    *,
    workshop: WorkshopPage,
    visitor: Visitor,
    places: int,
    accept_waitlist: bool = False,
    language: str = "fr",
    hold_until=None,
    now=None,
) -> Booking:
    """Hold or confirm places, or join the waiting list, or change nothing and say why.

    `hold_until`: the places of a paid workshop are held until then, the reservation of
    the shop's order that pays them with the rest of a cart (never past the start);
    without it, for `payment_hold()`.
    """
    now = now or timezone.now()
    email = visitor.email.strip().lower()
    with transaction.atomic():
        locked = _lock_workshop(workshop.booking_source().pk)
        if locked is None or not locked.live:
            raise BookingClosed(_("Cet atelier n’est pas ouvert à la réservation."))
        window = locked.booking_window(now)
        if window == BookingWindow.NOT_YET:
            raise BookingClosed(_("Les réservations de cet atelier ne sont pas encore ouvertes."))
        if window == BookingWindow.CLOSED:
            raise BookingClosed(_("Les réservations de cet atelier sont closes."))
        limit = locked.places_per_booking
        if not 1 <= places <= limit:
            raise BookingError(
                ngettext(
                    "Une réservation compte %(max)d place.",
                    "Une réservation compte de 1 à %(max)d places.",
                    limit,
                )
                % {"max": limit}
            )
        if Booking.objects.active().filter(workshop=locked, email=email).exists():
            raise AlreadyBooked()
        # Holds that lapsed unnoticed go back to the waiting list before anyone new is served.
        _expire_lapsed(locked, now)
        _promote(locked, now)
        free = locked.capacity - places_held(locked, now)
        fields = {
            "workshop": locked,
            "first_name": visitor.first_name.strip(),
            "last_name": visitor.last_name.strip(),
            "email": email,
            "phone": visitor.phone.strip(),
            "places": places,
            "language": language,
        }
        if places <= free and locked.is_free:
            fields.update(status=Booking.Status.CONFIRMED, confirmed_at=now)
        elif places <= free:
            hold = _hold_until(locked, now, payment_hold())
            if hold_until is not None:
                hold = min(hold_until, locked.starts_at)
            fields.update(status=Booking.Status.PENDING_PAYMENT, hold_until=hold)
        elif accept_waitlist:
            fields.update(status=Booking.Status.WAITLISTED, position=_next_position(locked))
        else:
            raise WorkshopFull(max(0, free))
        try:
            with transaction.atomic():
                booking = Booking.objects.create(**fields)
        except IntegrityError as error:  # the database's own one-booking-per-address rule
            raise AlreadyBooked() from error
        _places_changed()
        if booking.status == Booking.Status.CONFIRMED:
            _notify(booking, emails.CONFIRMED)
        elif booking.status == Booking.Status.WAITLISTED:
            _notify(booking, emails.WAITLISTED)
    return booking


def booking_confirm_payment(*, booking: Booking, now=None) -> bool:
    """A payment for the booking went through: confirm it if its places can still be held.

    Called by the shop, under its order's lock. False when they cannot (the booking was
    cancelled, or its hold lapsed and the places were given to someone else): the shop
    then refunds the payment.
    """
    now = now or timezone.now()
    with transaction.atomic():
        workshop = _lock_workshop(booking.workshop_id)
        locked = Booking.objects.select_for_update().get(pk=booking.pk)
        if locked.status == Booking.Status.CONFIRMED:
            return True
        if locked.status not in (Booking.Status.PENDING_PAYMENT, Booking.Status.EXPIRED):
            return False
        rebooked = (
            Booking.objects.active()
            .filter(workshop=workshop, email=locked.email)
            .exclude(pk=locked.pk)
            .exists()
        )
        fits = places_held(workshop, now, exclude_pk=locked.pk) + locked.places
        if rebooked or fits > workshop.capacity:
            if locked.status == Booking.Status.PENDING_PAYMENT:
                _expire(locked, now)
            return False
        locked.status = Booking.Status.CONFIRMED
        locked.confirmed_at = now
        locked.hold_until = None
        locked.save(update_fields=["status", "confirmed_at", "hold_until"])
        _places_changed()
    booking.refresh_from_db()
    return True


def booking_cancel(*, booking: Booking, reason: str, notify: bool = True, now=None) -> bool:
    """Cancel an active booking and give its places to the waiting list.

    False, and nothing changes, when the booking was already cancelled or expired.
    """
    now = now or timezone.now()
    with transaction.atomic():
        workshop = _lock_workshop(booking.workshop_id)
        locked = Booking.objects.select_for_update().get(pk=booking.pk)
        if not locked.is_active:
            return False
        locked.status = Booking.Status.CANCELLED
        locked.cancelled_at = now
        locked.cancel_reason = reason[:255]
        locked.save(update_fields=["status", "cancelled_at", "cancel_reason"])
        _places_changed()
        if notify:
            _notify(locked, emails.CANCELLED)
        _promote(workshop, now)
    booking.refresh_from_db()
    return True


def booking_expire(*, booking: Booking, now=None) -> bool:
    """An unpaid hold ends (its order expired): the places go to the waiting list."""
    now = now or timezone.now()
    with transaction.atomic():
        workshop = _lock_workshop(booking.workshop_id)
        locked = Booking.objects.select_for_update().get(pk=booking.pk)
        if locked.status != Booking.Status.PENDING_PAYMENT:
            return False
        _expire(locked, now)
        _promote(workshop, now)
    booking.refresh_from_db()
    return True


def bookings_release_expired(*, now=None) -> int:
    """Expire every unpaid hold that lapsed, and serve the waiting lists; how many expired.

    A payment arriving after its hold lapsed still confirms the booking if the places are
    free (`booking_confirm_payment`); otherwise the shop refunds it.
    """
    now = now or timezone.now()
    released = 0
    workshop_ids = sorted(set(Booking.objects.lapsed(now).values_list("workshop_id", flat=True)))
    for workshop_id in workshop_ids:
        with transaction.atomic():
            workshop = _lock_workshop(workshop_id)
            released += _expire_lapsed(workshop, now)
            _promote(workshop, now)
    return released


def waiting_list_serve(*, workshop: WorkshopPage, now=None) -> int:
    """Promote what fits, e.g. after the staff added places; how many bookings were promoted."""
    now = now or timezone.now()
    with transaction.atomic():
        locked = _lock_workshop(workshop.booking_source().pk)
        _expire_lapsed(locked, now)
        return len(_promote(locked, now))


# Under the workshop's lock


def _lock_workshop(pk) -> WorkshopPage | None:
    return WorkshopPage.objects.select_for_update(of=("self",)).filter(pk=pk).first()


def _expire_lapsed(workshop: WorkshopPage, now) -> int:
    lapsed = list(Booking.objects.select_for_update().filter(workshop=workshop).lapsed(now))
    for booking in lapsed:
        _expire(booking, now)
    return len(lapsed)


def _expire(booking: Booking, now):
    booking.status = Booking.Status.EXPIRED
    booking.cancelled_at = now
    booking.cancel_reason = _("Paiement non reçu à temps")
    booking.save(update_fields=["status", "cancelled_at", "cancel_reason"])
    _places_changed()


def _promote(workshop: WorkshopPage, now) -> list[Booking]:
    if now >= workshop.starts_at:
        return []  # too late to offer a place to anyone
    free = workshop.capacity - places_held(workshop, now)
    promoted = []
    waiting = Booking.objects.select_for_update().filter(workshop=workshop).waiting_list()
    for booking in waiting:
        if free <= 0:
            break
        if booking.places > free:
            continue  # keeps its rank: served first once enough places are free
        if workshop.is_free:
            booking.status = Booking.Status.CONFIRMED
            booking.confirmed_at = now
            kind = emails.CONFIRMED
        else:
            booking.status = Booking.Status.PENDING_PAYMENT
            booking.hold_until = _hold_until(workshop, now, offer_window())
            kind = emails.OFFER
        booking.save(update_fields=["status", "confirmed_at", "hold_until"])
        _notify(booking, kind)
        free -= booking.places
        promoted.append(booking)
    return promoted


def _next_position(workshop: WorkshopPage) -> int:
    last = Booking.objects.filter(workshop=workshop).aggregate(last=Max("position"))["last"]
    return (last or 0) + 1


def _hold_until(workshop: WorkshopPage, now, duration: timedelta):
    return min(now + duration, workshop.starts_at)


def _notify(booking: Booking, kind: str):
    transaction.on_commit(partial(emails.send_booking_email, booking.pk, kind))


def _places_changed():
    # The edition's page lists each workshop's places left (workshops/page_context.py
    # names this tag): it renders afresh, as an object's page after a stock movement.
    transaction.on_commit(partial(tags_changed, WORKSHOP_PLACES))
