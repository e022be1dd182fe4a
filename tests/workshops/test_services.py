"""Booking rules: places, the waiting list and its order, cancellation, expiry of holds."""

import datetime
import io

import pytest

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from workshops import services
from workshops.models import Booking, WorkshopPage
from workshops.selectors import places_held, places_left

from .conftest import demo_workshop, open_dates
from .helpers import book, statuses, visitor

pytestmark = pytest.mark.django_db

B = Booking.Status


def test_a_free_booking_is_confirmed_at_once_and_emailed_with_its_calendar_file(
    free_workshop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        booking = book(free_workshop, "claire", 2)
    assert booking.status == B.CONFIRMED and booking.confirmed_at is not None
    assert places_left(free_workshop) == 2
    [message] = mail.outbox
    assert message.to == ["claire@example.org"]
    assert "confirmée" in message.subject
    assert booking.get_cancel_url() in message.body
    [(filename, content, mimetype)] = message.attachments
    assert filename == "atelier.ics" and mimetype.startswith("text/calendar")
    assert "BEGIN:VEVENT" in content


def test_a_paid_booking_holds_its_places_until_the_payment_deadline(paid_workshop):
    before = timezone.now()
    booking = book(paid_workshop, "claire", 2)
    assert booking.status == B.PENDING_PAYMENT
    assert before + datetime.timedelta(minutes=29) < booking.hold_until
    assert booking.hold_until <= timezone.now() + datetime.timedelta(minutes=30)
    assert places_held(paid_workshop) == 2
    assert not mail.outbox  # the shop's order email confirms it once paid


def test_the_email_address_is_kept_in_lower_case_and_books_once_per_workshop(free_workshop):
    book(free_workshop, "claire")
    with pytest.raises(services.AlreadyBooked, match="déjà une réservation"):
        services.booking_create(
            workshop=free_workshop, visitor=visitor(email="Claire@Example.ORG"), places=1
        )
    assert Booking.objects.get(workshop=free_workshop).email == "claire@example.org"


def test_the_same_address_may_book_again_once_its_booking_is_cancelled(free_workshop):
    first = book(free_workshop, "claire")
    services.booking_cancel(booking=first, reason="test")
    second = book(free_workshop, "claire")
    assert second.status == B.CONFIRMED


def test_a_full_workshop_refuses_a_visitor_who_did_not_ask_for_the_waiting_list(free_workshop):
    book(free_workshop, "anne", 4)
    with pytest.raises(services.WorkshopFull, match="complet"):
        book(free_workshop, "bruno", 1)
    assert Booking.objects.filter(workshop=free_workshop).count() == 1


def test_asking_for_more_places_than_are_left_says_how_many_remain(free_workshop):
    book(free_workshop, "anne", 3)
    with pytest.raises(services.WorkshopFull, match="qu’1 place"):
        book(free_workshop, "bruno", 2)


def test_a_full_workshop_puts_the_visitor_on_the_waiting_list_and_says_so(
    free_workshop, django_capture_on_commit_callbacks
):
    book(free_workshop, "anne", 4)
    with django_capture_on_commit_callbacks(execute=True):
        waiting = book(free_workshop, "bruno", 2, waitlist=True)
    assert waiting.status == B.WAITLISTED and waiting.position == 1
    assert places_held(free_workshop) == 4
    [message] = mail.outbox
    assert message.to == ["bruno@example.org"] and "liste d’attente" in message.subject
    assert not message.attachments


@pytest.mark.parametrize("places", [0, 5, -1])
def test_places_outside_one_to_the_limit_are_refused(free_workshop, places):
    with pytest.raises(services.BookingError, match="de 1 à 4 places"):
        book(free_workshop, "claire", places)
    assert not Booking.objects.exists()


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"booking_opens_at": timezone.now() + datetime.timedelta(days=1)}, "pas encore ouvertes"),
        ({"booking_closes_at": timezone.now() - datetime.timedelta(minutes=1)}, "closes"),
    ],
)
def test_booking_outside_the_booking_window_is_refused(free_workshop, changes, message):
    WorkshopPage.objects.filter(pk=free_workshop.pk).update(**changes)
    with pytest.raises(services.BookingClosed, match=message):
        book(free_workshop, "claire")
    assert not Booking.objects.exists()


def test_booking_closes_when_the_workshop_starts(free_workshop):
    started = timezone.now() - datetime.timedelta(minutes=5)
    WorkshopPage.objects.filter(pk=free_workshop.pk).update(
        starts_at=started, ends_at=started + datetime.timedelta(hours=2)
    )
    with pytest.raises(services.BookingClosed):
        book(free_workshop, "claire")


def test_an_unpublished_workshop_cannot_be_booked(free_workshop):
    free_workshop.unpublish()
    with pytest.raises(services.BookingClosed, match="pas ouvert"):
        book(free_workshop, "claire")
    assert not Booking.objects.exists()


def test_a_translated_page_books_the_places_of_the_french_workshop(free_workshop):
    english = WorkshopPage.objects.get(
        translation_key=free_workshop.translation_key, locale__language_code="en"
    )
    booking = book(english, "john", 1, language="en")
    assert booking.workshop_id == free_workshop.pk and booking.language == "en"
    assert places_left(free_workshop) == 3


# The waiting list


def test_a_cancellation_promotes_the_waiting_list_in_order(
    free_workshop, django_capture_on_commit_callbacks
):
    anne = book(free_workshop, "anne", 4)
    for name in ("bruno", "chloe", "denis"):
        book(free_workshop, name, 2, waitlist=True)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.booking_cancel(booking=anne, reason="empêchement")
    assert statuses(free_workshop) == {
        "anne": B.CANCELLED,
        "bruno": B.CONFIRMED,
        "chloe": B.CONFIRMED,
        "denis": B.WAITLISTED,
    }
    recipients = sorted(message.to[0] for message in mail.outbox)
    assert recipients == ["anne@example.org", "bruno@example.org", "chloe@example.org"]
    promoted = [m for m in mail.outbox if m.to == ["bruno@example.org"]][0]
    assert promoted.attachments and "confirmée" in promoted.subject


def test_a_group_that_does_not_fit_keeps_its_rank_and_the_next_single_place_is_served(
    free_workshop,
):
    """The rule: the list is walked in order and each booking that fits is promoted; a
    larger one keeps its rank and is served first as soon as enough places are free."""
    anne = book(free_workshop, "anne", 1)
    book(free_workshop, "bruno", 3)
    book(free_workshop, "chloe", 3, waitlist=True)  # first in line, but needs 3
    book(free_workshop, "denis", 1, waitlist=True)
    book(free_workshop, "emma", 1, waitlist=True)

    services.booking_cancel(booking=anne, reason="empêchement")  # 1 place free
    assert statuses(free_workshop) == {
        "anne": B.CANCELLED,
        "bruno": B.CONFIRMED,
        "chloe": B.WAITLISTED,
        "denis": B.CONFIRMED,
        "emma": B.WAITLISTED,
    }

    bruno = Booking.objects.get(first_name="Bruno")
    services.booking_cancel(booking=bruno, reason="empêchement")  # 3 places free
    assert statuses(free_workshop)["chloe"] == B.CONFIRMED  # before emma, who came later
    assert statuses(free_workshop)["emma"] == B.WAITLISTED
    assert places_held(free_workshop) == 4


def test_a_paid_workshop_offers_freed_places_with_a_payment_link_and_a_deadline(
    paid_workshop, django_capture_on_commit_callbacks
):
    anne = book(paid_workshop, "anne", 2)
    book(paid_workshop, "bruno", 2)
    book(paid_workshop, "chloe", 2, waitlist=True)
    with django_capture_on_commit_callbacks(execute=True):
        services.booking_cancel(booking=anne, reason="empêchement", notify=False)
    chloe = Booking.objects.get(first_name="Chloe")
    assert chloe.status == B.PENDING_PAYMENT
    assert chloe.hold_until > timezone.now() + datetime.timedelta(hours=23)
    [offer] = mail.outbox
    assert offer.to == ["chloe@example.org"] and "place s’est libérée" in offer.subject
    assert chloe.get_payment_url() in offer.body


def test_a_freed_place_is_never_offered_beyond_the_start_of_the_workshop(paid_workshop):
    soon = timezone.now() + datetime.timedelta(hours=3)
    WorkshopPage.objects.filter(pk=paid_workshop.pk).update(
        starts_at=soon, ends_at=soon + datetime.timedelta(hours=2)
    )
    anne = book(paid_workshop, "anne", 2)
    book(paid_workshop, "bruno", 2)
    book(paid_workshop, "chloe", 1, waitlist=True)
    services.booking_cancel(booking=anne, reason="empêchement")
    assert Booking.objects.get(first_name="Chloe").hold_until == soon


def test_nobody_is_promoted_once_the_workshop_has_started(free_workshop):
    anne = book(free_workshop, "anne", 4)
    book(free_workshop, "bruno", 1, waitlist=True)
    later = free_workshop.starts_at + datetime.timedelta(minutes=10)
    services.booking_cancel(booking=anne, reason="retard", now=later)
    assert statuses(free_workshop)["bruno"] == B.WAITLISTED


def test_cancelling_twice_changes_nothing_the_second_time(free_workshop):
    anne = book(free_workshop, "anne", 2)
    assert services.booking_cancel(booking=anne, reason="premier")
    cancelled_at = Booking.objects.get(pk=anne.pk).cancelled_at
    assert not services.booking_cancel(booking=anne, reason="second")
    anne.refresh_from_db()
    assert (anne.cancel_reason, anne.cancelled_at) == ("premier", cancelled_at)


def test_leaving_the_waiting_list_frees_no_place_and_keeps_the_order(free_workshop):
    book(free_workshop, "anne", 4)
    bruno = book(free_workshop, "bruno", 1, waitlist=True)
    chloe = book(free_workshop, "chloe", 1, waitlist=True)
    services.booking_cancel(booking=bruno, reason="plus disponible")
    assert places_held(free_workshop) == 4
    assert list(Booking.objects.waiting_list()) == [chloe]


def test_places_added_by_the_staff_go_to_the_waiting_list(free_workshop):
    book(free_workshop, "anne", 4)
    book(free_workshop, "bruno", 2, waitlist=True)
    WorkshopPage.objects.filter(pk=free_workshop.pk).update(capacity=6)
    assert services.waiting_list_serve(workshop=free_workshop) == 1
    assert statuses(free_workshop)["bruno"] == B.CONFIRMED


# Unpaid holds


def test_unpaid_holds_expire_and_their_places_go_to_the_waiting_list(
    paid_workshop, django_capture_on_commit_callbacks
):
    book(paid_workshop, "anne", 2)
    book(paid_workshop, "bruno", 2)
    book(paid_workshop, "chloe", 2, waitlist=True)
    later = timezone.now() + datetime.timedelta(minutes=31)
    with django_capture_on_commit_callbacks(execute=True):
        assert services.bookings_release_expired(now=later) == 2
    assert statuses(paid_workshop) == {
        "anne": B.EXPIRED,
        "bruno": B.EXPIRED,
        "chloe": B.PENDING_PAYMENT,
    }
    assert [m.to for m in mail.outbox] == [["chloe@example.org"]]
    assert services.bookings_release_expired(now=later) == 0


def test_the_release_command_expires_lapsed_holds(paid_workshop):
    anne = book(paid_workshop, "anne", 2)
    Booking.objects.filter(pk=anne.pk).update(
        hold_until=timezone.now() - datetime.timedelta(minutes=1)
    )
    out = io.StringIO()
    call_command("release_expired_bookings", stdout=out)
    assert "1 réservation expirée" in out.getvalue()
    assert Booking.objects.get(pk=anne.pk).status == B.EXPIRED


def test_a_lapsed_hold_does_not_keep_a_new_visitor_out(paid_workshop):
    anne = book(paid_workshop, "anne", 2)
    book(paid_workshop, "bruno", 2)
    Booking.objects.filter(pk=anne.pk).update(
        hold_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    chloe = book(paid_workshop, "chloe", 2)
    assert chloe.status == B.PENDING_PAYMENT
    assert statuses(paid_workshop)["anne"] == B.EXPIRED


def test_a_payment_within_the_hold_confirms_the_booking(paid_workshop):
    anne = book(paid_workshop, "anne", 2)
    assert services.booking_confirm_payment(booking=anne)
    assert anne.status == B.CONFIRMED and anne.hold_until is None
    assert services.booking_confirm_payment(booking=anne)  # twice: still confirmed


def test_a_late_payment_takes_the_places_back_when_they_are_still_free(paid_workshop):
    anne = book(paid_workshop, "anne", 2)
    services.bookings_release_expired(now=timezone.now() + datetime.timedelta(hours=1))
    anne.refresh_from_db()
    assert anne.status == B.EXPIRED
    assert services.booking_confirm_payment(booking=anne)
    assert Booking.objects.get(pk=anne.pk).status == B.CONFIRMED


def test_a_late_payment_is_refused_when_the_places_went_to_someone_else(paid_workshop):
    anne = book(paid_workshop, "anne", 2)
    book(paid_workshop, "bruno", 2)
    Booking.objects.filter(pk=anne.pk).update(
        hold_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    book(paid_workshop, "chloe", 2)  # takes anne's lapsed places
    assert not services.booking_confirm_payment(booking=anne)
    assert Booking.objects.get(pk=anne.pk).status == B.EXPIRED
    assert places_held(paid_workshop) == 4


def test_a_payment_for_a_cancelled_booking_is_refused(paid_workshop):
    anne = book(paid_workshop, "anne", 2)
    services.booking_cancel(booking=anne, reason="changement de programme")
    assert not services.booking_confirm_payment(booking=anne)


def test_the_demo_workshop_of_6_march_2021_is_free_at_the_mcjp():
    workshop = demo_workshop()
    start = timezone.localtime(workshop.starts_at)
    assert (start.date(), start.hour) == (datetime.date(2021, 3, 6), 14)
    assert workshop.is_free and workshop.venue.name == "Maison de la Culture du Japon à Paris"
    assert workshop.get_parent().slug == "2021-shoku"
    assert {p.locale.language_code for p in workshop.get_translations(inclusive=True)} == {
        "fr",
        "en",
        "ja",
    }


def test_open_dates_helper_gives_an_open_window():
    # Guards the fixtures themselves: every test above relies on an open window.
    dates = open_dates()
    workshop = WorkshopPage(**dates, capacity=1)
    assert workshop.booking_window() == "open"


def test_publishing_more_places_serves_the_waiting_list(free_workshop):
    book(free_workshop, "anne", 4)
    book(free_workshop, "bruno", 2, waitlist=True)
    page = WorkshopPage.objects.get(pk=free_workshop.pk)
    page.capacity = 6
    page.save_revision().publish()
    assert statuses(free_workshop)["bruno"] == B.CONFIRMED
