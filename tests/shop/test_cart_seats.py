"""One cart for objects and workshop places: one order, one payment, held like stock.

Through the real stack: the workshop page's form, the cart, the checkout, localstripe's
PaymentIntent and the return page (or the declined card's), the emails.
"""

import datetime
from decimal import Decimal

import pytest
from icalendar import Calendar

from django.core import mail

from shop import gateway
from shop.cart import SEATS_KEY, SESSION_KEY
from shop.models import Order
from shop.services import expiry
from tests.workshops.helpers import book
from workshops.models import Booking
from workshops.selectors import places_left

from .helpers import DECLINED, PICKUP_CHECKOUT, VISA, product, stock_of

pytestmark = pytest.mark.django_db

B = Booking.Status


def add_places(client, workshop, places, language="fr"):
    return client.post(f"/{language}/ateliers/{workshop.pk}/reserver/", {"places": places})


def add_object(client, page, quantity=1):
    return client.post(f"/fr/boutique/panier/ajouter/{page.pk}/", {"quantity": quantity})


def check_out(client, data=PICKUP_CHECKOUT):
    return client.post("/fr/boutique/commande/", data)


def messages_of(response):
    return [str(m) for m in response.wsgi_request._messages]


def test_a_paid_workshops_form_puts_its_places_in_the_cart(client, paid_workshop):
    response = add_places(client, paid_workshop, 2)
    assert response.status_code == 302 and response.url == "/fr/boutique/panier/"
    assert client.session[SEATS_KEY] == {str(paid_workshop.pk): 2}
    assert not Booking.objects.exists()  # nothing is held before the order
    page = client.get("/fr/boutique/panier/")
    html = page.content.decode()
    assert paid_workshop.title in html and "Maison de la Culture du Japon à Paris" in html
    assert 'name="places"' in html and 'value="2"' in html
    assert page.context["totals"].total == Decimal("50.00")


def test_the_workshop_page_offers_the_cart_for_a_paid_workshop_and_booking_for_a_free_one(
    client, paid_workshop, free_workshop
):
    paid = client.get(paid_workshop.url).content.decode()
    assert "Ajouter au panier" in paid and 'name="email"' not in paid
    free = client.get(free_workshop.url).content.decode()
    assert "Ajouter au panier" not in free and 'name="email"' in free


def test_the_english_page_adds_the_french_workshops_places(client, paid_workshop):
    english = paid_workshop.get_translation_or_none(
        paid_workshop.locale.__class__.objects.get(language_code="en")
    )
    add_places(client, english, 1, language="en")
    assert client.session[SEATS_KEY] == {str(paid_workshop.pk): 1}


@pytest.mark.parametrize(("places", "message"), [(3, "Au plus 2 places"), (0, "au moins une")])
def test_places_beyond_the_limit_per_booking_are_refused_on_the_page(
    client, paid_workshop, places, message
):
    response = add_places(client, paid_workshop, places)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not client.session.get(SEATS_KEY)


def test_more_places_than_are_left_are_refused_with_what_is_left(client, paid_workshop):
    book(paid_workshop, "anne", 2)
    book(paid_workshop, "bruno", 1)
    response = add_places(client, paid_workshop, 2)
    assert response.status_code == 400
    assert "Il ne reste qu’une place" in response.content.decode()
    assert not client.session.get(SEATS_KEY)


def test_a_free_workshop_still_books_at_once(client, free_workshop):
    response = client.post(
        f"/fr/ateliers/{free_workshop.pk}/reserver/",
        {"places": 2, "first_name": "Claire", "last_name": "Dupont", "email": "c@example.org"},
    )
    booking = Booking.objects.get()
    assert booking.status == B.CONFIRMED and response.url == booking.get_absolute_url()
    assert not client.session.get(SEATS_KEY)


def test_places_in_the_cart_can_be_changed_and_removed(client, paid_workshop):
    add_places(client, paid_workshop, 1)
    client.post(f"/fr/boutique/panier/ateliers/modifier/{paid_workshop.pk}/", {"places": 2})
    assert client.session[SEATS_KEY] == {str(paid_workshop.pk): 2}
    response = client.post(
        f"/fr/boutique/panier/ateliers/modifier/{paid_workshop.pk}/", {"places": 5}
    )
    assert any("Au plus 2 places" in m for m in messages_of(response))
    assert client.session[SEATS_KEY] == {str(paid_workshop.pk): 2}
    client.post(f"/fr/boutique/panier/ateliers/retirer/{paid_workshop.pk}/")
    assert client.session[SEATS_KEY] == {}


@pytest.mark.parametrize("action", ["modifier", "retirer"])
def test_an_impossible_workshop_id_in_the_cart_is_not_found(client, paid_workshop, action):
    add_places(client, paid_workshop, 1)
    response = client.post(
        f"/fr/boutique/panier/ateliers/{action}/999999999999999999999999/", {"places": 1}
    )
    assert response.status_code == 404
    assert client.session[SEATS_KEY] == {str(paid_workshop.pk): 1}


def test_the_checkout_holds_the_objects_and_the_places_in_one_order_and_one_payment(
    client, stripe_settings, paid_workshop
):
    tray = product(stock=3, price="60.00")
    add_object(client, tray)
    add_places(client, paid_workshop, 2)
    response = check_out(client)
    order = Order.objects.get()
    assert response.url == f"/fr/boutique/commande/{order.token}/paiement/"
    booking = Booking.objects.get()
    assert (booking.status, booking.places, booking.email) == (
        B.PENDING_PAYMENT,
        2,
        "claire@example.org",
    )
    assert booking.hold_until == order.reserved_until
    assert stock_of(tray) == 2 and places_left(paid_workshop) == 2
    assert sorted((line.sku, line.quantity, line.unit_price) for line in order.lines.all()) == [
        (f"ATELIER-{paid_workshop.pk}", 2, Decimal("25.00")),
        (tray.sku, 1, Decimal("60.00")),
    ]
    assert order.total == Decimal("110.00")
    assert gateway.retrieve_payment_intent(order.payment_intent_id).amount == 11000
    html = client.get(f"/fr/boutique/commande/{order.token}/paiement/").content.decode()
    assert tray.title in html and paid_workshop.title in html


def test_paying_once_pays_the_order_confirms_the_places_and_sends_one_email_with_the_ics(
    client, stripe_settings, paid_workshop, django_capture_on_commit_callbacks
):
    tray = product(stock=3, price="60.00")
    add_object(client, tray)
    add_places(client, paid_workshop, 2)
    check_out(client)
    order = Order.objects.get()
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(f"/fr/boutique/commande/{order.token}/retour/", follow=True)
    order.refresh_from_db()
    booking = Booking.objects.get()
    assert order.status == Order.Status.PAID and booking.status == B.CONFIRMED
    assert booking.hold_until is None and places_left(paid_workshop) == 2
    assert stock_of(tray) == 2
    assert response.redirect_chain[-1][0] == order.get_absolute_url()
    page = response.content.decode()
    assert tray.title in page and paid_workshop.title in page
    assert not client.session.get(SESSION_KEY) and not client.session.get(SEATS_KEY)

    confirmation, notification = mail.outbox
    assert confirmation.to == ["claire@example.org"] and order.number in confirmation.subject
    assert tray.title in confirmation.body and paid_workshop.title in confirmation.body
    assert "RETRAIT À LA BOUTIQUE" in confirmation.body  # the object is still to collect
    [(filename, content, mimetype)] = confirmation.attachments
    assert filename == "atelier.ics" and mimetype.startswith("text/calendar")
    [event] = Calendar.from_ical(content).walk("VEVENT")
    assert event.decoded("dtstart") == paid_workshop.starts_at
    assert tray.title in notification.body and paid_workshop.title in notification.body


def test_giving_up_after_a_declined_card_gives_back_the_stock_and_the_places_to_the_waiting_list(
    client, stripe_settings, paid_workshop, django_capture_on_commit_callbacks
):
    tray = product(stock=3)
    book(paid_workshop, "anne", 2)
    add_object(client, tray)
    add_places(client, paid_workshop, 2)
    check_out(client)
    bruno = book(paid_workshop, "bruno", 2, waitlist=True)
    assert bruno.status == B.WAITLISTED
    order = Order.objects.get()
    with pytest.raises(gateway.CardDeclined):
        gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=DECLINED)
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING and stock_of(tray) == 2  # another card may pay
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/fr/boutique/commande/{order.token}/annuler/")
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and order.stock_released
    assert stock_of(tray) == 3
    claire = Booking.objects.get(email="claire@example.org")
    bruno.refresh_from_db()
    assert claire.status == B.CANCELLED
    assert bruno.status == B.PENDING_PAYMENT  # offered the freed places, with a payment link
    assert any("bruno@example.org" in m.to for m in mail.outbox)


def test_an_expired_order_gives_back_the_stock_and_the_places(
    client, stripe_settings, paid_workshop
):
    tray = product(stock=3)
    add_object(client, tray)
    add_places(client, paid_workshop, 2)
    check_out(client)
    order = Order.objects.get()
    later = order.reserved_until + datetime.timedelta(minutes=1)
    assert expiry.orders_release_expired(now=later) == 1
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and stock_of(tray) == 3
    assert Booking.objects.get().status == B.EXPIRED
    assert places_left(paid_workshop) == 4


def test_places_taken_meanwhile_stop_the_checkout_and_change_nothing(
    client, stripe_settings, paid_workshop
):
    tray = product(stock=3)
    add_object(client, tray)
    add_places(client, paid_workshop, 2)
    book(paid_workshop, "anne", 2)
    book(paid_workshop, "bruno", 1)
    response = check_out(client)
    assert response.url == "/fr/boutique/panier/"
    assert any("ne sont plus disponibles" in m for m in messages_of(response))
    assert not Order.objects.exists() and stock_of(tray) == 3
    assert not Booking.objects.filter(email="claire@example.org").exists()
    # The cart names the workshop and offers what is left; the buyer decides
    # (tests/shop/test_cart_availability.py).
    assert client.session[SEATS_KEY] == {str(paid_workshop.pk): 2}
    assert any(paid_workshop.title in m for m in messages_of(client.get(response.url)))


def test_an_address_that_already_booked_the_workshop_cannot_order_its_places_again(
    client, stripe_settings, paid_workshop
):
    book(paid_workshop, "claire", 1)
    add_places(client, paid_workshop, 1)
    response = check_out(client)
    assert response.url == "/fr/boutique/panier/"
    assert any("déjà une réservation" in m for m in messages_of(response))
    assert not Order.objects.exists()


def test_places_alone_ask_for_no_delivery_nor_address(client, stripe_settings, paid_workshop):
    add_places(client, paid_workshop, 1)
    form = client.get("/fr/boutique/commande/").content.decode()
    assert 'name="delivery"' not in form and 'name="address_line1"' not in form
    response = check_out(
        client,
        {
            "email": "claire@example.org",
            "first_name": "Claire",
            "last_name": "Dupont",
            "accept_terms": "on",
        },
    )
    order = Order.objects.get()
    assert response.url.endswith("/paiement/")
    assert (order.delivery, order.delivery_fee, order.total) == (
        Order.Delivery.PICKUP,
        Decimal("0.00"),
        Decimal("25.00"),
    )
