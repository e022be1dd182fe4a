"""A workshop booked on /ja/ or /en/ is confirmed in that language: its email, its calendar
file (title, venue), its order when it is paid, with each language's dates and times; the
shop's notification of a paid booking stays French."""

from decimal import Decimal

import pytest
from icalendar import Calendar

from django.conf import settings
from django.core import mail
from django.utils import translation

from wagtail.models import Locale

from shop import gateway
from shop.models import Order
from tests.factories import WorkshopPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french_after_the_test():
    """The test client's requests on /en/ and /ja/ leave their language active in this
    thread: the tests after these ones start in French again."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


VISA = "4242424242424242"
FORM = {
    "places": "1",
    "first_name": "Claire",
    "last_name": "Dupont",
    "email": "claire@example.org",
    "phone": "",
}
TITLES = {
    "fr": "Atelier de feuille d’or",
    "en": "Gold leaf workshop",
    "ja": "金箔貼り体験ワークショップ",
}
VENUES = {
    "fr": "Maison de la Culture du Japon à Paris",
    "en": "Japan Cultural Institute in Paris",
    "ja": "パリ日本文化会館",
}


def workshop_in_three_languages(price="0.00"):
    """A French workshop at 14:00 in ten days, its venue and page translated."""
    workshop = WorkshopPageFactory(title=TITLES["fr"], price=Decimal(price))
    venue = workshop.venue
    venue.name = VENUES["fr"]
    venue.save()
    for language in ("en", "ja"):
        locale = Locale.objects.get(language_code=language)
        venue_copy = venue.copy_for_translation(locale)
        venue_copy.name = VENUES[language]
        venue_copy.save()
        page = workshop.copy_for_translation(locale, copy_parents=True)
        page.title = TITLES[language]
        page.save_revision().publish()
        # As `copy_for_translation` leaves it: the translated page still names the French
        # venue. The emails and calendar file find its translation all the same.
    return workshop


def book_on(client, workshop, language, django_capture_on_commit_callbacks):
    page = workshop.get_translation(Locale.objects.get(language_code=language))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/{language}/ateliers/{page.pk}/reserver/", FORM)
    assert response.status_code == 302, response.content[:500]
    return workshop.bookings.get()


def calendar_event(message):
    [(filename, content, _mimetype)] = message.attachments
    assert filename == "atelier.ics"
    [event] = Calendar.from_ical(content).walk("VEVENT")
    return event


def test_a_free_workshop_booked_in_japanese_is_confirmed_in_japanese_with_its_calendar_file(
    client, django_capture_on_commit_callbacks
):
    workshop = workshop_in_three_languages()
    booking = book_on(client, workshop, "ja", django_capture_on_commit_callbacks)
    assert booking.language == "ja"
    [message] = mail.outbox
    assert TITLES["ja"] in message.subject
    assert VENUES["ja"] in message.body and "14:00" in message.body
    assert VENUES["fr"] not in message.body and "\u00a0h" not in message.body
    event = calendar_event(message)
    assert str(event["summary"]) == TITLES["ja"]
    assert str(event["location"]).startswith(VENUES["ja"])


def test_a_paid_workshop_booked_in_english_is_ordered_and_confirmed_in_english(
    client, stripe_settings, django_capture_on_commit_callbacks
):
    workshop = workshop_in_three_languages(price="25.00")
    page = workshop.get_translation(Locale.objects.get(language_code="en"))
    # The places go into the cart on the English page, and are ordered in English.
    client.post(f"/en/ateliers/{page.pk}/reserver/", {"places": 1})
    response = client.post("/en/boutique/commande/", {**FORM, "accept_terms": "on"})
    booking = workshop.bookings.get()
    order = Order.objects.get(lines__booking=booking)
    assert response.url == f"/en/boutique/commande/{order.token}/paiement/"
    assert booking.language == "en" and booking.places == 1
    assert order.language == "en"
    line = order.lines.get()
    assert line.title.startswith(TITLES["en"]) and "2:00 p.m." in line.title
    assert line.title_fr.startswith(TITLES["fr"]) and "14\u00a0h\u00a000" in line.title_fr
    payment = client.get(response.url).content.decode()
    assert TITLES["en"] in payment and 'data-stripe-locale="en"' in payment
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    with django_capture_on_commit_callbacks(execute=True):
        client.get(f"/en/boutique/commande/{order.token}/retour/")
    confirmation, notification = mail.outbox
    assert confirmation.to == [booking.email]
    assert TITLES["en"] in confirmation.body and VENUES["en"] in confirmation.body
    assert "2:00 p.m." in confirmation.body and "\u00a0h" not in confirmation.body
    event = calendar_event(confirmation)
    assert str(event["summary"]) == TITLES["en"]
    assert str(event["location"]).startswith(VENUES["en"])
    assert TITLES["fr"] in notification.body and TITLES["en"] not in notification.body
    assert "14\u00a0h" in notification.body
