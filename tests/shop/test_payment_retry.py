"""A declined card is retried on the same page, with the same PaymentIntent.

Through the real stack: the cart, the checkout, localstripe's PaymentIntent confirmed by
the payment page's local endpoint (what Stripe.js does in the browser), Stripe's signed
notice of the failure, the return page. The order is released only by its expiry or by the
buyer's own «Annuler la commande».
"""

from datetime import timedelta

import pytest

from django.test import Client
from django.utils import timezone

from shop import gateway
from shop.cart import SESSION_KEY
from shop.models import Order
from shop.services import expiry

from .helpers import (
    DECLINED,
    PICKUP_CHECKOUT,
    VISA,
    event_payload,
    intent_payload,
    post_webhook,
    product,
    stock_of,
)

pytestmark = pytest.mark.django_db

RESERVED = "vous sont réservés jusqu’à"
EXPIRED = "La réservation de cette commande a expiré\u00a0; vos objets sont remis en vente."
CANCELLED = "Cette commande a été annulée\u00a0; vos objets sont remis en vente."
STILL_IN_CART = "Ils sont toujours dans votre panier."


def ordered(client, page, quantity=1) -> Order:
    """The buyer puts `page` in the cart and checks out: the order waits on the payment page."""
    client.post(f"/fr/boutique/panier/ajouter/{page.pk}/", {"quantity": quantity})
    response = client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)
    assert response.status_code == 302 and response.url.endswith("/paiement/"), response
    return Order.objects.get(token=response.url.rstrip("/").split("/")[-2])


def pay_with(client, order, card):
    """What the payment page's script does with the typed card (localstripe's endpoint)."""
    return client.post(f"/fr/boutique/commande/{order.token}/localstripe/", {"number": card})


def payment_page(client, order) -> str:
    response = client.get(f"/fr/boutique/commande/{order.token}/paiement/")
    assert response.status_code == 200, response
    return response.content.decode()


def declined_notice(client, order, capture, event_id="evt_declined"):
    """Stripe's signed payment_intent.payment_failed, as it follows a declined card."""
    intent = intent_payload(order, last_payment_error={"message": "Your card was declined."})
    with capture(execute=True):
        return post_webhook(
            client, event_payload("payment_intent.payment_failed", intent, event_id=event_id)
        )


def test_a_declined_card_keeps_the_order_and_a_second_card_pays_it_on_the_same_intent(
    client, stripe_settings, django_capture_on_commit_callbacks
):
    bowl = product(stock=3)
    order = ordered(client, bowl)
    intent_id = order.payment_intent_id

    refused = pay_with(client, order, DECLINED)
    assert refused.status_code == 402
    assert refused.json()["error"]["message"].startswith("Votre carte a été refusée.")
    assert declined_notice(client, order, django_capture_on_commit_callbacks).status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING and not order.stock_released
    assert stock_of(bowl) == 2  # still held for the buyer
    page = payment_page(client, order)
    assert RESERVED in page and 'id="payment-form"' in page

    assert pay_with(client, order, VISA).json()["status"] == "succeeded"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(f"/fr/boutique/commande/{order.token}/retour/")
    assert response.url == order.get_absolute_url()  # the paid order's page, not the cart
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.payment_intent_id == intent_id
    assert stock_of(bowl) == 2


def test_the_failure_notice_of_a_running_order_cancels_nothing(
    client, stripe_settings, django_capture_on_commit_callbacks
):
    bowl = product(stock=3)
    order = ordered(client, bowl)
    pay_with(client, order, DECLINED)
    declined_notice(client, order, django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING and stock_of(bowl) == 2
    assert gateway.retrieve_payment_intent(order.payment_intent_id).status == (
        "requires_payment_method"
    )


def test_the_failure_notice_of_an_intent_cancelled_at_stripe_cancels_the_order(
    client, stripe_settings, django_capture_on_commit_callbacks
):
    bowl = product(stock=3)
    order = ordered(client, bowl)
    gateway.cancel_payment_intent(order.payment_intent_id)
    declined_notice(client, order, django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and stock_of(bowl) == 3


def test_the_payment_page_offers_to_cancel_the_order(client, stripe_settings):
    order = ordered(client, product(stock=3))
    page = payment_page(client, order)
    assert f'action="/fr/boutique/commande/{order.token}/annuler/"' in page
    assert "Annuler la commande" in page


def test_cancelling_gives_the_pieces_back_cancels_at_stripe_and_shows_the_cart(
    client, stripe_settings
):
    bowl = product(stock=3)
    order = ordered(client, bowl)
    pay_with(client, order, DECLINED)
    response = client.post(f"/fr/boutique/commande/{order.token}/annuler/", follow=True)
    assert response.redirect_chain[-1][0] == "/fr/boutique/panier/"
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and stock_of(bowl) == 3
    assert gateway.retrieve_payment_intent(order.payment_intent_id).status == "canceled"
    assert client.session[SESSION_KEY] == {str(bowl.pk): 1}  # still in the cart
    assert bowl.title in response.content.decode()
    page = payment_page(client, order)
    assert RESERVED not in page and CANCELLED in page and STILL_IN_CART in page


def test_cancelling_a_paid_order_changes_nothing(
    client, stripe_settings, django_capture_on_commit_callbacks
):
    bowl = product(stock=3)
    order = ordered(client, bowl)
    pay_with(client, order, VISA)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/fr/boutique/commande/{order.token}/annuler/")
    assert response.url == order.get_absolute_url()
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and stock_of(bowl) == 2


def test_cancelling_needs_a_post_with_the_csrf_token(client, stripe_settings):
    bowl = product(stock=3)
    order = ordered(client, bowl)
    browser = Client(enforce_csrf_checks=True)
    browser.cookies = client.cookies  # the buyer's session, from a forged page
    url = f"/fr/boutique/commande/{order.token}/annuler/"
    assert browser.get(url).status_code == 405
    assert browser.post(url).status_code == 403
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING and stock_of(bowl) == 2


def test_the_payment_page_of_an_expired_order_says_so_and_has_no_card_form(client, stripe_settings):
    bowl = product(stock=3)
    order = ordered(client, bowl)
    Order.objects.filter(pk=order.pk).update(reserved_until=timezone.now() - timedelta(minutes=1))
    page = payment_page(client, order)
    assert RESERVED not in page and 'id="payment-form"' not in page and "payment.js" not in page
    assert EXPIRED in page and STILL_IN_CART in page
    assert 'href="/fr/boutique/panier/"' in page and "Revenir au panier" in page
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and stock_of(bowl) == 3


def test_paying_after_the_expiry_answers_that_the_reservation_is_over(client, stripe_settings):
    bowl = product(stock=3)
    order = ordered(client, bowl)
    later = order.reserved_until + timedelta(minutes=1)
    assert expiry.orders_release_expired(now=later) == 1  # cancels the intent at Stripe too
    response = pay_with(client, order, VISA)
    assert response.status_code == 409
    assert response.json()["error"]["payment_intent"]["status"] == "canceled"
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and stock_of(bowl) == 3
