import datetime
from decimal import Decimal

import pytest

from django.utils import timezone

from workshops.models import WorkshopPage

from .paid import paid_workshop_create

FREE_SLUG = "atelier-decouverte-et-initiation"


def demo_workshop(slug=FREE_SLUG, **changes) -> WorkshopPage:
    """A workshop of the seeded demo (French), with `changes` written to the database."""
    page = WorkshopPage.objects.get(slug=slug, locale__language_code="fr")
    if changes:
        WorkshopPage.objects.filter(pk=page.pk).update(**changes)
        page = WorkshopPage.objects.get(pk=page.pk)
    return page


def open_dates(days=10):
    """Dates of a workshop whose booking is open now: in `days` days, 14 h–16 h in Paris."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(14, 0)))
    return {
        "starts_at": start,
        "ends_at": start + datetime.timedelta(hours=2),
        "booking_opens_at": None,
        "booking_closes_at": None,
    }


@pytest.fixture
def free_workshop(db):
    return demo_workshop(
        FREE_SLUG, capacity=4, max_places_per_booking=4, price=Decimal("0.00"), **open_dates()
    )


@pytest.fixture
def paid_workshop(db):
    """The tests' own paid workshop (the demo has none), 25 € a place, bookable now."""
    dates = open_dates()
    page = paid_workshop_create(starts_at=dates["starts_at"], capacity=4, max_places_per_booking=2)
    return demo_workshop(page.slug, **dates)
