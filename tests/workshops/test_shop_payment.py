"""Paid workshops go through the shop's checkout: an order whose line is the booking, paid
with Stripe (localstripe here), confirming or releasing the booking's places."""

import datetime
from decimal import Decimal

import pytest
from icalendar import Calendar

from django.core import mail
from django.utils import timezone
from django.utils.html import strip_tags

from shop import gateway
from shop.models import Order, Refund
from shop.services import expiry, orders, payments
from workshops import services as workshop_services
from workshops.models import Booking
from workshops.selectors import places_held
from workshops.templatetags.workshops_tags import workshop_when

from .helpers import book, statuses

pytestmark = pytest.mark.django_db

B = Booking.Status
VISA = "4242424242424242"
DECLINED = "4000000000000341"


def start_payment(client, booking):
    """Follow the booking's payment link as the visitor does; the order it leads to."""
    response = client.get(booking.get_payment_url())
    assert response.status_code == 302 and response.url.endswith("/paiement/"), response.url
    return Order.objects.get(lines__booking=booking, status=Order.Status.PENDING)


def test_the_order_of_a_booking_is_its_places_at_the_workshop_price_with_vat(
    client, stripe_settings, paid_workshop
):
    booking = book(paid_workshop, "claire", 2)
    order = start_payment(client, booking)
    line = order.lines.get()
    assert (line.booking, line.product, line.quantity, line.unit_price) == (
        booking,
        None,
        2,
        Decimal("25.00"),
    )
    assert line.sku == f"ATELIER-{paid_workshop.pk}" and paid_workshop.title in line.title
    assert (order.subtotal, order.delivery_fee, order.total) == (
        Decimal("50.00"),
        Decimal("0.00"),
        Decimal("50.00"),
    )
    assert order.vat_amount == Decimal("8.33")  # 20 % included: 50 × 20 / 120
    assert order.reserved_until == booking.hold_until
    assert gateway.retrieve_payment_intent(order.payment_intent_id).amount == 5000


def test_the_payment_page_shows_the_workshop_instead_of_a_delivery(
    client, stripe_settings, paid_workshop
):
    booking = book(paid_workshop, "claire", 1)
    order = start_payment(client, booking)
    html = client.get(f"/fr/boutique/commande/{order.token}/paiement/").content.decode()
    assert paid_workshop.title in html and "Maison de la Culture du Japon à Paris" in html
    assert "Vos places vous sont réservées jusqu’au" in html
    assert "Retrait à la boutique" not in html and "Étapes de la commande" not in html


def test_following_the_payment_link_twice_keeps_one_order(client, stripe_settings, paid_workshop):
    booking = book(paid_workshop, "claire", 1)
    first = start_payment(client, booking)
    again = start_payment(client, booking)
    assert first == again and Order.objects.count() == 1


def test_paying_confirms_the_booking_and_the_email_carries_the_calendar_file(
    client, stripe_settings, paid_workshop, django_capture_on_commit_callbacks
):
    client.get("/fr/")  # a cart in the session must survive the booking's payment
    booking = book(paid_workshop, "claire", 2)
    order = start_payment(client, booking)
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(f"/fr/boutique/commande/{order.token}/retour/", follow=True)
    booking.refresh_from_db()
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    assert booking.status == B.CONFIRMED and booking.confirmed_at is not None
    assert response.redirect_chain[-1][0] == booking.get_absolute_url()
    assert "Vos 2 places sont réservées" in response.content.decode()

    confirmation, notification = mail.outbox
    assert confirmation.to == ["claire@example.org"]
    assert "réservation d’atelier" in confirmation.subject and order.number in confirmation.subject
    assert strip_tags(workshop_when(paid_workshop)) in confirmation.body  # «samedi 5 …, de 14 h»
    assert "Maison de la Culture du Japon à Paris" in confirmation.body
    assert booking.full_url() in confirmation.body
    assert "RETRAIT À LA BOUTIQUE" not in confirmation.body
    [(filename, content, mimetype)] = confirmation.attachments
    assert filename == "atelier.ics" and mimetype.startswith("text/calendar")
    [event] = Calendar.from_ical(content).walk("VEVENT")
    assert event.decoded("dtstart") == paid_workshop.starts_at
    assert "Réservation d’atelier" in notification.alternatives[0][0]


def test_a_declined_card_keeps_the_places_and_another_card_confirms_the_booking(
    client, stripe_settings, paid_workshop, django_capture_on_commit_callbacks
):
    booking = book(paid_workshop, "claire", 2)
    order = start_payment(client, booking)
    url = f"/fr/boutique/commande/{order.token}/localstripe/"
    assert client.post(url, {"number": DECLINED}).status_code == 402
    page = client.get(f"/fr/boutique/commande/{order.token}/paiement/").content.decode()
    assert "Vos places vous sont réservées jusqu’au" in page and "Annuler la réservation" in page
    assert client.post(url, {"number": VISA}).json()["status"] == "succeeded"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(f"/fr/boutique/commande/{order.token}/retour/", follow=True)
    assert response.redirect_chain[-1][0] == booking.get_absolute_url()
    booking.refresh_from_db()
    assert booking.status == B.CONFIRMED


def test_cancelling_after_a_declined_card_frees_the_places_for_the_waiting_list(
    client, stripe_settings, paid_workshop, django_capture_on_commit_callbacks
):
    booking = book(paid_workshop, "claire", 2)
    book(paid_workshop, "anne", 2)
    book(paid_workshop, "bruno", 2, waitlist=True)
    order = start_payment(client, booking)
    with pytest.raises(gateway.CardDeclined):
        gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=DECLINED)
    assert Booking.objects.get(pk=booking.pk).status == B.PENDING_PAYMENT  # another card may pay
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/fr/boutique/commande/{order.token}/annuler/")
    assert response.url == booking.get_absolute_url()
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED
    assert statuses(paid_workshop) == {
        "claire": B.CANCELLED,
        "anne": B.PENDING_PAYMENT,
        "bruno": B.PENDING_PAYMENT,
    }
    assert [m.to for m in mail.outbox] == [["bruno@example.org"]]  # the freed places' offer
    # The visitor may book again with the same address.
    assert book(paid_workshop, "claire", 1, waitlist=True).status == B.WAITLISTED


def test_an_unpaid_order_expires_and_frees_the_places(client, stripe_settings, paid_workshop):
    booking = book(paid_workshop, "claire", 2)
    book(paid_workshop, "anne", 2)
    waiting = book(paid_workshop, "bruno", 1, waitlist=True)
    order = start_payment(client, booking)
    later = timezone.now() + datetime.timedelta(minutes=31)
    # anne's hold lapses too; only the order is the shop's.
    Booking.objects.exclude(pk=booking.pk).filter(status=B.PENDING_PAYMENT).update(
        hold_until=later + datetime.timedelta(hours=1)
    )
    assert expiry.orders_release_expired(now=later) == 1
    order.refresh_from_db()
    booking.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and order.cancel_reason == "Réservation expirée"
    assert booking.status == B.EXPIRED
    assert Booking.objects.get(pk=waiting.pk).status == B.PENDING_PAYMENT


def test_a_payment_that_could_not_start_keeps_the_places_held(client, settings, paid_workshop):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens there
    settings.STRIPE_LOCAL = True
    booking = book(paid_workshop, "claire", 2)
    response = client.get(booking.get_payment_url(), follow=True)
    assert "momentanément indisponible" in response.content.decode()
    booking.refresh_from_db()
    assert booking.status == B.PENDING_PAYMENT and places_held(paid_workshop) == 2
    assert Order.objects.get(lines__booking=booking).status == Order.Status.CANCELLED


def test_a_late_payment_is_refunded_when_the_places_went_to_someone_else(
    client, stripe_settings, paid_workshop, django_capture_on_commit_callbacks
):
    booking = book(paid_workshop, "claire", 2)
    book(paid_workshop, "anne", 2)
    order = start_payment(client, booking)
    intent = gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    Booking.objects.filter(first_name="Anne").update(
        hold_until=timezone.now() + datetime.timedelta(hours=2)
    )
    workshop_services.bookings_release_expired(now=timezone.now() + datetime.timedelta(hours=1))
    book(paid_workshop, "bruno", 2)  # takes claire's expired places
    with django_capture_on_commit_callbacks(execute=True):
        payments.order_mark_paid(payment_intent_id=intent.id, amount=intent.amount, currency="eur")
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and order.refunded_amount == order.total
    assert order.cancel_reason == "Places d’atelier plus disponibles : remboursée"
    assert Refund.objects.filter(order=order).exists()
    assert Booking.objects.get(pk=booking.pk).status == B.EXPIRED
    assert places_held(paid_workshop) == 4


def test_a_late_payment_confirms_the_booking_when_its_places_are_still_free(
    client, stripe_settings, paid_workshop, django_capture_on_commit_callbacks
):
    booking = book(paid_workshop, "claire", 2)
    order = start_payment(client, booking)
    intent = gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    orders.order_cancel(order=order, reason="Réservation expirée", bookings=orders.EXPIRE_BOOKINGS)
    assert Booking.objects.get(pk=booking.pk).status == B.EXPIRED
    with django_capture_on_commit_callbacks(execute=True):
        payments.order_mark_paid(payment_intent_id=intent.id, amount=intent.amount, currency="eur")
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    assert Booking.objects.get(pk=booking.pk).status == B.CONFIRMED


def test_cancelling_the_booking_closes_its_unpaid_order(client, stripe_settings, paid_workshop):
    booking = book(paid_workshop, "claire", 1)
    order = start_payment(client, booking)
    client.post(booking.get_cancel_url())
    response = client.get(f"/fr/boutique/commande/{order.token}/paiement/", follow=True)
    assert response.redirect_chain[-1][0] == booking.get_absolute_url()
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED


def test_a_confirmed_or_free_booking_has_nothing_to_pay(client, free_workshop):
    booking = book(free_workshop, "claire", 1)
    response = client.get(booking.get_payment_url())
    assert response.status_code == 302 and response.url == booking.get_absolute_url()
    assert not Order.objects.exists()
