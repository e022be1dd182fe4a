"""The Stripe webhook: unsigned, badly signed, malformed, or signed but absurd events.

A bad signature is a 400 and writes nothing, whatever the body. A correctly signed body
(only Stripe can send one) that is not an event Stripe would send must not be a server
error either: Stripe would retry it for three days.
"""

import json
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.test import Client

from tests.shop.helpers import WEBHOOK_SECRET, event_payload, sign

from .conftest import probe, snapshot
from .strategies import fuzz, hostile_text, intent_like, webhook_bodies, webhook_events

pytestmark = pytest.mark.django_db

URL = "/stripe/webhook/"

signatures = st.one_of(
    st.none(),
    hostile_text,
    st.just("t=1,v1=deadbeef"),
    st.integers(0, 2**40).map(lambda t: f"t={t},v1={'0' * 64}"),
)


def post(endpoint, body, signature, *, content_type="application/json", writes_allowed=False):
    headers = {} if signature is None else {"HTTP_STRIPE_SIGNATURE": signature}
    return probe(
        endpoint,
        Client(),
        "POST",
        URL,
        data=body,
        content_type=content_type,
        writes_allowed=writes_allowed,
        **headers,
    )


@fuzz(150)
@given(body=webhook_bodies(), signature=signatures)
def test_unsigned_or_badly_signed_bodies_are_refused(body, signature):
    response = post("webhook: bad signature", body, signature)
    assert response.status_code == 400, response.status_code


@fuzz(40)
@given(body=webhook_bodies(), secret=st.sampled_from(["whsec_wrong", ""]))
def test_signed_with_another_secret_or_too_old_is_refused(body, secret):
    old = int(time.time()) - 3600
    for signature in (sign(body, secret=secret or "x"), sign(body, timestamp=old)):
        response = post("webhook: wrong secret / replayed", body, signature)
        assert response.status_code == 400, response.status_code


@fuzz(150)
@given(event=webhook_events())
def test_signed_but_malformed_events_are_not_server_errors(stripe_settings, event):
    """Stripe signs only what it sends; this checks that a change in its format (or a
    mistake of ours) is answered, not crashed on. An event may be recorded as handled
    (StripeEvent), but no order changes: no intent in these matches an order."""
    body = json.dumps(event).encode()
    response = post("webhook: signed, malformed", body, sign(body), writes_allowed=True)
    assert response.status_code in (200, 400), response.status_code


@fuzz(100)
@given(
    event_type=st.sampled_from(["payment_intent.succeeded", "payment_intent.payment_failed"]),
    intent=intent_like(),
    event_id=st.text(min_size=1, max_size=20),
)
def test_signed_events_with_absurd_intents_change_no_order(
    stripe_settings, event_type, intent, event_id
):
    """A well-formed event whose PaymentIntent lacks fields or has the wrong types."""
    body = event_payload(event_type, intent, event_id=f"evt_fuzz_{event_id}")
    before = {k: v for k, v in snapshot().items() if k != "stripe events"}
    response = post("webhook: signed, absurd intent", body, sign(body), writes_allowed=True)
    assert response.status_code in (200, 400), response.status_code
    assert {k: v for k, v in snapshot().items() if k != "stripe events"} == before


@pytest.mark.parametrize("method", ["get", "put", "patch", "delete"])
def test_other_methods_are_405(method):
    response = probe("webhook: other methods", Client(), method, URL)
    assert response.status_code == 405


def test_a_huge_body_is_refused_without_reading_it_all():
    body = event_payload("payment_intent.succeeded", {"id": "pi_x", "pad": "a" * 5_000_000})
    response = post("webhook: bad signature", body, "t=1,v1=00")
    assert response.status_code == 400


def test_form_encoded_body_is_refused():
    response = post(
        "webhook: bad signature",
        "type=payment_intent.succeeded",
        sign(b"type=payment_intent.succeeded", secret=WEBHOOK_SECRET),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 400
