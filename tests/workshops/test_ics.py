"""The calendar file of a booking: RFC 5545, read back by icalendar and checked by hand."""

import datetime

import pytest
from icalendar import Calendar

from django.core import mail

from workshops import ics
from workshops.models import Booking, WorkshopPage

from .conftest import demo_workshop

pytestmark = pytest.mark.django_db

UTC = datetime.UTC


def demo_booking(**fields):
    """A booking of the demo's 6 March 2021 workshop, written directly (its booking closed)."""
    workshop = demo_workshop()
    return Booking.objects.create(
        workshop=workshop,
        first_name=fields.get("first_name", "Claire"),
        last_name=fields.get("last_name", "Dupont"),
        email="claire@example.org",
        places=2,
        status=Booking.Status.CONFIRMED,
    )


def event_of(data: bytes):
    [event] = Calendar.from_ical(data).walk("VEVENT")
    return event


def test_the_6_march_2021_workshop_starts_at_13_00_utc_in_the_calendar():
    data = ics.booking_calendar(demo_booking())
    event = event_of(data)
    assert event.decoded("dtstart") == datetime.datetime(2021, 3, 6, 13, 0, tzinfo=UTC)
    assert event.decoded("dtend") == datetime.datetime(2021, 3, 6, 15, 0, tzinfo=UTC)
    text = data.decode()
    assert "DTSTART:20210306T130000Z\r\n" in text
    assert "DTEND:20210306T150000Z\r\n" in text


def test_the_event_has_uid_stamp_summary_location_description_and_url():
    booking = demo_booking()
    event = event_of(ics.booking_calendar(booking))
    assert str(event["uid"]) == f"atelier-{booking.workshop_id}-reservation-{booking.pk}@testserver"
    assert event.decoded("dtstamp").tzinfo is not None
    # The title as workshops.yaml writes it, with French non-breaking spaces inside « ».
    assert str(event["summary"]) == "Atelier «\u00a0découverte et initiation\u00a0»"
    assert str(event["location"]) == (
        "Maison de la Culture du Japon à Paris, 101 bis quai Jacques Chirac, 75015 Paris"
    )
    description = str(event["description"])
    assert "2 places réservées au nom de Claire Dupont." in description
    assert booking.full_url() in description
    assert str(event["url"]) == "http://testserver/fr/2021-shoku/atelier-decouverte-et-initiation/"


def test_the_file_is_a_published_calendar_of_version_2():
    calendar = Calendar.from_ical(ics.booking_calendar(demo_booking()))
    assert str(calendar["version"]) == "2.0"
    assert str(calendar["method"]) == "PUBLISH"
    assert str(calendar["prodid"]).startswith("-//")


def test_lines_are_folded_at_75_octets_and_end_with_crlf():
    booking = demo_booking()
    WorkshopPage.objects.filter(pk=booking.workshop_id).update(lead="Une très longue phrase, " * 20)
    booking = Booking.objects.get(pk=booking.pk)
    data = ics.booking_calendar(booking)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # continuation lines
    assert "Une très longue phrase, " * 20 in str(event_of(data)["description"])


def test_commas_semicolons_backslashes_and_new_lines_are_escaped():
    booking = demo_booking(first_name="Jeanne; Marie", last_name="O\\Brien, fils")
    data = ics.booking_calendar(booking)
    unfolded = data.replace(b"\r\n ", b"").decode()
    assert "Jeanne\\; Marie O\\\\Brien\\, fils" in unfolded
    assert "\\n" in unfolded  # the description's paragraphs
    assert "Jeanne; Marie O\\Brien, fils" in str(event_of(data)["description"])


def test_a_uid_stays_the_same_for_one_booking():
    booking = demo_booking()
    first = event_of(ics.booking_calendar(booking))["uid"]
    again = event_of(ics.booking_calendar(Booking.objects.get(pk=booking.pk)))["uid"]
    assert first == again


def test_the_confirmation_email_carries_the_calendar_file(
    free_workshop, django_capture_on_commit_callbacks
):
    from .helpers import book

    with django_capture_on_commit_callbacks(execute=True):
        book(free_workshop, "claire", 1)
    [(filename, content, mimetype)] = mail.outbox[0].attachments
    assert filename == "atelier.ics"
    assert mimetype == "text/calendar; charset=utf-8; method=PUBLISH"
    event = event_of(content.encode() if isinstance(content, str) else content)
    assert event.decoded("dtstart") == free_workshop.starts_at
