import pytest

from django.core import mail

from shop import gateway
from shop.models import Order, StripeEvent

from .helpers import VISA, event_payload, intent_payload, post_webhook, sign, stock_of

pytestmark = pytest.mark.django_db


def succeeded(order, **changes):
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    return intent_payload(order, **{"status": "succeeded", **changes})


def test_signed_succeeded_event_pays_the_order(
    client, started_order, django_capture_on_commit_callbacks
):
    payload = event_payload("payment_intent.succeeded", succeeded(started_order))
    with django_capture_on_commit_callbacks(execute=True):
        response = post_webhook(client, payload)
    assert response.status_code == 200
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PAID
    assert len(mail.outbox) == 2


def test_second_delivery_of_the_same_event_has_no_effect(
    client, started_order, django_capture_on_commit_callbacks
):
    payload = event_payload("payment_intent.succeeded", succeeded(started_order))
    with django_capture_on_commit_callbacks(execute=True):
        post_webhook(client, payload)
        response = post_webhook(client, payload)
    assert response.status_code == 200 and b"Already" in response.content
    assert StripeEvent.objects.count() == 1
    assert len(mail.outbox) == 2


def test_another_event_for_an_already_paid_order_changes_nothing(
    client, started_order, django_capture_on_commit_callbacks
):
    intent = succeeded(started_order)
    with django_capture_on_commit_callbacks(execute=True):
        post_webhook(client, event_payload("payment_intent.succeeded", intent, event_id="evt_a"))
        post_webhook(client, event_payload("payment_intent.succeeded", intent, event_id="evt_b"))
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PAID
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    "signature",
    ["", "t=1,v1=deadbeef", sign(b"something else"), sign(b"{}", secret="whsec_wrong")],
)
def test_bad_signature_is_a_400_and_changes_nothing(client, started_order, signature):
    payload = event_payload("payment_intent.succeeded", succeeded(started_order))
    response = post_webhook(client, payload, signature=signature)
    assert response.status_code == 400
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PENDING
    assert not StripeEvent.objects.exists()


def test_replayed_old_event_is_refused(client, started_order):
    payload = event_payload("payment_intent.succeeded", succeeded(started_order))
    response = post_webhook(client, payload, signature=sign(payload, timestamp=1_600_000_000))
    assert response.status_code == 400
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PENDING


def test_tampered_amount_in_an_event_leaves_the_order_unpaid(client, started_order):
    intent = succeeded(started_order, amount=1, amount_received=1)
    post_webhook(client, event_payload("payment_intent.succeeded", intent))
    started_order.refresh_from_db()
    assert started_order.paid_at is None


def test_payment_failed_event_keeps_the_stock_for_another_card(client, started_order, piece):
    intent = {
        "id": started_order.payment_intent_id,
        "object": "payment_intent",
        "amount": 100,
        "currency": "eur",
        "last_payment_error": {"message": "Your card was declined."},
    }
    post_webhook(client, event_payload("payment_intent.payment_failed", intent))
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PENDING
    assert stock_of(piece) == 2


def test_webhook_answers_only_post(client):
    assert client.get("/stripe/webhook/").status_code == 405


def test_unknown_event_types_are_acknowledged_and_ignored(client):
    response = post_webhook(client, event_payload("customer.created", {"id": "cus_1"}))
    assert response.status_code == 200
    assert not StripeEvent.objects.exists()
