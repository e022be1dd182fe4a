"""The Stripe gateway against a real localstripe (no database needed)."""

import hashlib
import hmac
import json
import queue
import socket
import threading
import time
import uuid
from decimal import Decimal
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import stripe

from django.core.exceptions import ImproperlyConfigured

from shop import gateway
from shop.gateway import CardDeclined, InvalidWebhook, PaymentError, PaymentGatewayUnavailable

VISA = "4242424242424242"
DECLINED = "4000000000000341"
THREE_D_SECURE = ["4000002760003184", "4000000000003220"]
WEBHOOK_SECRET = "whsec_test_local"


def key() -> str:
    return uuid.uuid4().hex


def new_intent(amount=1999, **metadata):
    return gateway.create_payment_intent(
        amount=amount, currency="eur", metadata=metadata, idempotency_key=key()
    )


def paid_intent(amount=1999):
    intent = new_intent(amount)
    return gateway.confirm_payment_intent_for_tests(intent.id, payment_method=VISA)


def sign(payload: bytes, secret=WEBHOOK_SECRET, timestamp=None) -> str:
    """A Stripe-Signature header, computed as Stripe does."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    signed = f"{timestamp}.".encode() + payload
    signature = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={signature}"


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_api_version_is_pinned_to_the_installed_library_major_release():
    assert gateway.API_VERSION.split(".")[1] == stripe.api_version.split(".")[1]


# Payment intents


def test_created_intent_round_trips_amount_and_metadata(stripe_settings):
    created = gateway.create_payment_intent(
        amount=1999,
        currency="EUR",
        metadata={"order": "A-42"},
        idempotency_key=key(),
        description="Commande A-42",
        receipt_email="client@example.fr",
    )
    assert created.id.startswith("pi_")
    assert created.client_secret.startswith(created.id + "_secret_")
    assert created.status == "requires_payment_method"
    assert gateway.retrieve_payment_intent(created.id) == created
    assert (created.amount, created.currency) == (1999, "eur")
    # localstripe refuses description and receipt_email: locally they travel in the metadata.
    assert created.metadata == {
        "order": "A-42",
        "description": "Commande A-42",
        "receipt_email": "client@example.fr",
    }


def test_outside_local_mode_the_params_for_real_stripe_are_sent(stripe_settings):
    stripe_settings.STRIPE_LOCAL = False
    with pytest.raises(PaymentError, match="Unexpected automatic_payment_methods"):
        new_intent()


def test_amount_must_be_positive_minor_units(stripe_settings):
    for amount in (0, -5, 19.99, Decimal("19.99")):
        with pytest.raises(ValueError):
            new_intent(amount)


def test_localstripe_ignores_idempotency_keys(stripe_settings):
    # Stripe would return the first intent again; tests must not rely on that locally.
    params = {"amount": 500, "currency": "eur", "metadata": {}, "idempotency_key": "same"}
    first = gateway.create_payment_intent(**params)
    assert gateway.create_payment_intent(**params).id != first.id


def test_confirm_with_visa_succeeds(stripe_settings):
    intent = paid_intent()
    assert intent.status == "succeeded"
    assert gateway.retrieve_payment_intent(intent.id).status == "succeeded"


def test_declined_card_raises_card_declined_and_the_intent_awaits_another_card(
    stripe_settings,
):
    intent = new_intent()
    with pytest.raises(CardDeclined) as declined:
        gateway.confirm_payment_intent_for_tests(intent.id, payment_method=DECLINED)
    assert declined.value.code == "card_declined"
    assert declined.value.user_message.startswith("Votre carte a été refusée.")
    assert gateway.retrieve_payment_intent(intent.id).status == "requires_payment_method"


def test_a_declined_intent_is_paid_by_another_card(stripe_settings):
    intent = new_intent()
    with pytest.raises(CardDeclined):
        gateway.confirm_payment_intent_for_tests(intent.id, payment_method=DECLINED)
    paid = gateway.confirm_payment_intent_for_tests(intent.id, payment_method=VISA)
    assert paid.id == intent.id and paid.status == "succeeded"


@pytest.mark.parametrize("card", THREE_D_SECURE)
def test_three_d_secure_card_requires_action(stripe_settings, card):
    intent = gateway.confirm_payment_intent_for_tests(new_intent().id, payment_method=card)
    assert intent.status == "requires_action"


@pytest.mark.parametrize(
    ("authenticate", "status"), [(True, "succeeded"), (False, "requires_payment_method")]
)
def test_three_d_secure_authentication_completes_or_fails_the_payment(
    stripe_settings, authenticate, status
):
    intent = gateway.confirm_payment_intent_for_tests(
        new_intent().id, payment_method=THREE_D_SECURE[0], authenticate=authenticate
    )
    assert intent.status == status


def test_confirm_helper_accepts_stripe_test_payment_method_ids(stripe_settings):
    intent = gateway.confirm_payment_intent_for_tests(
        new_intent().id, payment_method="pm_card_visa"
    )
    assert intent.status == "succeeded"


def test_confirm_helper_refuses_live_keys(stripe_settings):
    stripe_settings.STRIPE_SECRET_KEY = "sk_live_nope"
    with pytest.raises(ImproperlyConfigured):
        gateway.confirm_payment_intent_for_tests("pi_x", payment_method=VISA)


def test_cancel_cancels_and_a_second_cancel_is_harmless(stripe_settings):
    intent = new_intent()
    assert gateway.cancel_payment_intent(intent.id).status == "canceled"
    assert gateway.cancel_payment_intent(intent.id).status == "canceled"


def test_cancelling_a_paid_intent_returns_it_unchanged(stripe_settings):
    intent = paid_intent()
    assert gateway.cancel_payment_intent(intent.id) == intent


def test_unknown_intent_is_a_payment_error(stripe_settings):
    with pytest.raises(PaymentError) as error:
        gateway.retrieve_payment_intent("pi_doesnotexist")
    assert not isinstance(error.value, PaymentGatewayUnavailable)
    with pytest.raises(PaymentError):
        gateway.cancel_payment_intent("pi_doesnotexist")


# Refunds


def test_full_refund(stripe_settings):
    intent = paid_intent(2500)
    refund = gateway.refund(payment_intent_id=intent.id, amount=None, idempotency_key=key())
    assert refund.id.startswith("re_")
    assert (refund.amount, refund.status) == (2500, "succeeded")


def test_partial_refunds(stripe_settings):
    intent = paid_intent(2500)
    first = gateway.refund(payment_intent_id=intent.id, amount=1000, idempotency_key=key())
    second = gateway.refund(payment_intent_id=intent.id, amount=500, idempotency_key=key())
    assert (first.amount, first.status) == (1000, "succeeded")
    assert (second.amount, second.status) == (500, "succeeded")
    assert first.id != second.id


def test_refunding_an_unpaid_intent_is_a_payment_error(stripe_settings):
    with pytest.raises(PaymentError, match="Cannot refund"):
        gateway.refund(payment_intent_id=new_intent().id, amount=None, idempotency_key=key())


# Webhooks

EVENT = {
    "id": "evt_test",
    "object": "event",
    "type": "payment_intent.succeeded",
    "data": {"object": {"id": "pi_test", "object": "payment_intent", "amount": 1999}},
}


def test_parse_webhook_accepts_a_signed_payload(stripe_settings):
    payload = json.dumps(EVENT).encode()
    event = gateway.parse_webhook(payload=payload, signature_header=sign(payload))
    assert event == gateway.Event(
        id="evt_test", type="payment_intent.succeeded", object=EVENT["data"]["object"]
    )


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(lambda payload: sign(payload, secret="whsec_other"), id="other secret"),
        pytest.param(lambda payload: sign(payload + b" "), id="tampered payload"),
        pytest.param(lambda payload: sign(payload, timestamp=int(time.time()) - 600), id="old"),
        pytest.param(lambda payload: "", id="no header"),
        pytest.param(lambda payload: "garbage", id="garbage header"),
    ],
)
def test_parse_webhook_rejects_what_stripe_did_not_sign(stripe_settings, header):
    payload = json.dumps(EVENT).encode()
    with pytest.raises(InvalidWebhook):
        gateway.parse_webhook(payload=payload, signature_header=header(payload))


@pytest.mark.parametrize("payload", [b"not json", b"\xff\xfe", b"[]", b'{"id": "evt_x"}'])
def test_parse_webhook_rejects_a_signed_payload_that_is_not_an_event(stripe_settings, payload):
    with pytest.raises(InvalidWebhook):
        gateway.parse_webhook(payload=payload, signature_header=sign(payload))


@pytest.fixture
def webhook_receiver(localstripe):
    """An HTTP server on 127.0.0.1 that queues the webhooks localstripe delivers to it."""
    received = queue.Queue()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.put((self.headers["Stripe-Signature"], body))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    webhook_id = localstripe.register_webhook(
        f"http://127.0.0.1:{server.server_port}/",
        secret=WEBHOOK_SECRET,
        events=["payment_intent.succeeded"],
    )
    yield received
    localstripe.disable_webhook(webhook_id)
    server.shutdown()
    server.server_close()


def test_payment_intent_succeeded_webhook_is_delivered_signed(stripe_settings, webhook_receiver):
    intent = paid_intent()
    deadline = time.monotonic() + 5
    while True:
        # Other tests' events may arrive too: wait for this intent's.
        signature, payload = webhook_receiver.get(timeout=max(deadline - time.monotonic(), 0.01))
        event = gateway.parse_webhook(payload=payload, signature_header=signature)
        if event.object["id"] == intent.id:
            break
    assert event.type == "payment_intent.succeeded"
    assert event.object["status"] == "succeeded"
    assert event.object["amount"] == 1999


# Configuration and outages


def test_unreachable_gateway_is_unavailable(stripe_settings):
    stripe_settings.STRIPE_API_BASE = f"http://127.0.0.1:{closed_port()}"
    with pytest.raises(PaymentGatewayUnavailable) as error:
        gateway.retrieve_payment_intent("pi_x")
    assert "indisponible" in error.value.user_message


def test_missing_secret_key_is_a_configuration_error(stripe_settings):
    stripe_settings.STRIPE_SECRET_KEY = ""
    with pytest.raises(ImproperlyConfigured):
        gateway.retrieve_payment_intent("pi_x")


def test_stripe_js_comes_from_localstripe_locally(stripe_settings, localstripe):
    assert gateway.stripe_js_url() == f"{localstripe.base_url}/js.stripe.com/v3/"
    stripe_settings.STRIPE_API_BASE = None
    stripe_settings.STRIPE_LOCAL = False
    assert gateway.stripe_js_url() == "https://js.stripe.com/v3/"
