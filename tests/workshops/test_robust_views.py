"""Booking pages are never cached by a shared cache; ids out of any integer range are 404s."""

import pytest

from workshops.models import Booking

from .helpers import book

pytestmark = pytest.mark.django_db

HUGE = "999999999999999999999999"


def assert_private_no_store(response):
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives, response["Cache-Control"]


def test_the_booking_page_is_private_and_never_stored(client, free_workshop):
    booking = book(free_workshop)
    response = client.get(booking.get_absolute_url())
    assert response.status_code == 200
    assert_private_no_store(response)


def test_the_cancel_page_is_private_and_never_stored(client, free_workshop):
    booking = book(free_workshop)
    response = client.get(booking.get_cancel_url())
    assert response.status_code == 200
    assert_private_no_store(response)


@pytest.mark.parametrize("bad_id", [HUGE, "-1", "abc"])
def test_booking_an_impossible_workshop_id_is_not_found_and_books_nothing(client, bad_id):
    response = client.post(
        f"/fr/ateliers/{bad_id}/reserver/",
        {"places": 1, "first_name": "Claire", "last_name": "Dupont", "email": "c@example.org"},
    )
    assert response.status_code == 404
    assert not Booking.objects.exists()
