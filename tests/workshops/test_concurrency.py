"""Twenty-four visitors book the last places of a workshop at the same moment.

Each thread has its own database connection and commits for real; the lock on the
workshop's row serialises them, so exactly `capacity` places are held and the others are
on the waiting list (those who asked for it) or refused. Runs on PostgreSQL (make test
replays the suite there when 127.0.0.1:5432 answers); SQLite serialises writers anyway.
"""

import datetime
import threading
from decimal import Decimal

import pytest

from django.db import connection, connections
from django.utils import timezone

from wagtail.models import Locale, Page

from exhibition.models import Venue
from workshops import services
from workshops.models import Booking, WorkshopPage
from workshops.selectors import places_held

pytestmark = [pytest.mark.transactional, pytest.mark.django_db(transaction=True)]

VISITORS = 24
CAPACITY = 5


def a_workshop(price) -> WorkshopPage:
    """A workshop of its own: another transactional test may have emptied the database."""
    locale, _ = Locale.objects.get_or_create(language_code="fr")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Racine", slug="root", locale=locale)
    )
    venue = Venue.objects.create(
        name="Maison de la Culture du Japon à Paris",
        street_address="101 bis quai Jacques Chirac",
        postal_code="75015",
        city="Paris",
        locale=locale,
    )
    start = timezone.now() + datetime.timedelta(days=7)
    return root.add_child(
        instance=WorkshopPage(
            title="Atelier de la course",
            slug=f"atelier-course-{price}",
            locale=locale,
            starts_at=start,
            ends_at=start + datetime.timedelta(hours=2),
            venue=venue,
            capacity=CAPACITY,
            max_places_per_booking=2,
            price=Decimal(price),
        )
    )


@pytest.mark.parametrize("price", ["0", "25"])
def test_twenty_four_simultaneous_bookings_never_overbook(price):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: make test runs it where 127.0.0.1:5432 answers")
    workshop = a_workshop(price)
    barrier = threading.Barrier(VISITORS)
    outcomes = [None] * VISITORS

    def visit(index):
        try:
            barrier.wait()
            booking = services.booking_create(
                workshop=workshop,
                visitor=services.Visitor(f"Visiteur{index}", "Martin", f"v{index}@example.org"),
                places=1,
                accept_waitlist=index % 2 == 0,  # half of them accept the waiting list
            )
            outcomes[index] = booking.status
        except services.WorkshopFull:
            outcomes[index] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=visit, args=(i,)) for i in range(VISITORS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    holding = Booking.Status.CONFIRMED if price == "0" else Booking.Status.PENDING_PAYMENT
    assert outcomes.count(holding) == CAPACITY, outcomes
    assert places_held(workshop) == CAPACITY
    waiting = [i for i, o in enumerate(outcomes) if o == Booking.Status.WAITLISTED]
    refused = [i for i, o in enumerate(outcomes) if o == "refused"]
    assert len(waiting) + len(refused) == VISITORS - CAPACITY, outcomes
    assert all(i % 2 == 0 for i in waiting) and all(i % 2 == 1 for i in refused)
    positions = sorted(Booking.objects.waiting_list().values_list("position", flat=True))
    assert positions == list(range(1, len(waiting) + 1))
