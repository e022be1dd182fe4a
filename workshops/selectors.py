"""Reads about workshops and their bookings; nothing here changes a row."""

from dataclasses import dataclass

from django.db.models import Sum
from django.utils import timezone

from workshops.models import Booking, WorkshopPage

# The cache tag of what shows workshops' places left (core/caching.py).
WORKSHOP_PLACES = "workshop-places"


def places_held(workshop: WorkshopPage, now=None, *, exclude_pk=None) -> int:
    """Places taken by confirmed bookings and by payments still within their hold."""
    bookings = Booking.objects.filter(workshop_id=workshop.pk).holding(now)
    if exclude_pk is not None:
        bookings = bookings.exclude(pk=exclude_pk)
    return bookings.aggregate(total=Sum("places"))["total"] or 0


def places_left(workshop: WorkshopPage, now=None) -> int:
    return max(0, workshop.capacity - places_held(workshop, now))


@dataclass(frozen=True)
class Attendance:
    """A workshop's bookings as the staff read them, each list in its own order."""

    workshop: WorkshopPage
    confirmed: list
    pending: list
    waiting: list
    closed: list  # cancelled or expired

    @property
    def confirmed_places(self):
        return sum(b.places for b in self.confirmed)

    @property
    def pending_places(self):
        now = timezone.now()
        return sum(b.places for b in self.pending if b.hold_until >= now)

    @property
    def waiting_places(self):
        return sum(b.places for b in self.waiting)

    @property
    def places_left(self):
        return max(0, self.workshop.capacity - self.confirmed_places - self.pending_places)


def attendance(workshop: WorkshopPage) -> Attendance:
    bookings = list(Booking.objects.filter(workshop=workshop).order_by("created_at", "pk"))
    by_status = {status: [] for status in Booking.Status.values}
    for booking in bookings:
        by_status[booking.status].append(booking)
    waiting = sorted(by_status[Booking.Status.WAITLISTED], key=lambda b: (b.position, b.pk))
    closed = by_status[Booking.Status.CANCELLED] + by_status[Booking.Status.EXPIRED]
    return Attendance(
        workshop=workshop,
        confirmed=by_status[Booking.Status.CONFIRMED],
        pending=by_status[Booking.Status.PENDING_PAYMENT],
        waiting=waiting,
        closed=sorted(closed, key=lambda b: (b.cancelled_at or b.created_at, b.pk)),
    )


def edition_workshops(edition):
    """The live workshops of an edition, in the order they take place."""
    return (
        WorkshopPage.objects.child_of(edition)
        .live()
        .public()
        .select_related("venue")
        .order_by("starts_at", "pk")
    )
