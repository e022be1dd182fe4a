"""The Stripe boundary: the only module of the project that imports `stripe`.

It speaks PaymentIntents through a `stripe.StripeClient` (never the global
`stripe.api_key`), returns small frozen dataclasses instead of Stripe objects and
turns Stripe's errors into ours: `PaymentGatewayUnavailable` (network, rate limit,
Stripe's own 5xx), `CardDeclined` (with a message for the customer), `PaymentError`
(anything else) and `InvalidWebhook`. Amounts cross it as integer minor units, as Stripe
counts them; `core.money` converts them from and to the orders' Decimals.

Settings, read on every call so that tests can override them:

- ``STRIPE_SECRET_KEY`` (required): ``sk_live_…`` / ``sk_test_…``; any ``sk_…`` for localstripe.
- ``STRIPE_PUBLISHABLE_KEY``: ``pk_…``, for Stripe.js in the checkout page (unused here).
- ``STRIPE_WEBHOOK_SECRET``: the ``whsec_…`` of the webhook endpoint.
- ``STRIPE_API_BASE``: None for Stripe itself, ``"http://127.0.0.1:8420"`` for localstripe.
- ``STRIPE_LOCAL``: True when STRIPE_API_BASE is a localstripe (default: STRIPE_API_BASE is set).
- ``STRIPE_API_VERSION``: defaults to ``API_VERSION``.

The same code runs against Stripe with real keys and STRIPE_API_BASE = None; the only
branch is STRIPE_LOCAL, which leaves out the parameters localstripe refuses.

localstripe 1.15 (``python -m shop.localstripe_server``), as checked against the server:

- Creating a PaymentIntent with any parameter it does not know fails (400 "Unexpected
  …"): ``automatic_payment_methods``, ``description``, ``receipt_email``. Locally the
  description and the email go into the metadata instead.
- The Idempotency-Key header is ignored: the same key creates a second intent.
- ``confirm`` with ``payment_method`` answers 500 "Not implemented": set the intent's
  payment method with an update, then confirm (`confirm_payment_intent_for_tests`).
- Cards: 4242 4242 4242 4242 succeeds. 4000 0000 0000 0341 is declined at confirm (402
  card_declined, so `CardDeclined`; the intent goes back to requires_payment_method with
  last_payment_error). 4000 0000 0000 0002 *succeeds*: localstripe only declines it
  when attached to a customer. 3-D Secure cards (4000 0027 6000 3184, 4000 0000 0000
  3220, 4000 0025 0000 3155…) leave the intent in requires_action until
  ``POST /v1/payment_intents/<id>/_authenticate`` (client_secret, success).
- Refunds are always "succeeded". Without an amount, a refund takes the whole charge
  again even after partial refunds, and refunding more than was paid is not refused.
- Cancelling a succeeded or canceled intent: 400 "Bad request", with no error code.
- Webhooks are registered with ``POST /_config/webhooks/<id>`` (`LocalStripe.register_webhook`),
  sent once (no retry) about 1 s after the event, signed like Stripe's
  (``t=<event.created>,v1=<HMAC-SHA256>``); events say api_version "2017-08-15".
- Its fake Stripe.js (``<STRIPE_API_BASE>/js.stripe.com/v3/``, see `stripe_js_url`) has
  the card element only, as plain inputs whose change handlers get no event.
  ``confirmCardPayment(clientSecret, …)`` ignores the card, opens a 3-D Secure dialog
  and posts ``_authenticate``, which works only on an intent already in requires_action:
  locally the server must first confirm with a 3-D Secure card
  (`confirm_payment_intent_for_tests(id, payment_method="4000002760003184")`).
  "Fail authentication" sends the intent back to requires_payment_method.
"""

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date

import stripe

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

from core.security import origin
from shop.exceptions import CardDeclined, InvalidWebhook, PaymentError, PaymentGatewayUnavailable

# The API version stripe 16.1 is written for. Upgrade the library and this together:
# the response shapes we read depend on it.
API_VERSION = "2026-10-28.endive"

# Statuses from which an intent can no longer be cancelled.
_FINAL_STATUSES = frozenset({"canceled", "succeeded"})


@dataclass(frozen=True)
class Intent:
    id: str
    client_secret: str
    status: str
    amount: int
    currency: str
    metadata: dict[str, str]


@dataclass(frozen=True)
class Refund:
    id: str
    amount: int
    status: str


@dataclass(frozen=True)
class Event:
    id: str
    type: str
    object: dict


# Payment intents and refunds


def create_payment_intent(
    *,
    amount: int,
    currency: str,
    metadata: dict[str, str],
    idempotency_key: str,
    description: str = "",
    receipt_email: str = "",
) -> Intent:
    """A PaymentIntent of `amount` minor units, for Stripe.js to confirm with the card."""
    if not isinstance(amount, int) or isinstance(amount, bool) or amount <= 0:
        raise ValueError(f"amount must be a positive int of minor units, got {amount!r}")
    params = {"amount": amount, "currency": currency.lower(), "metadata": dict(metadata)}
    extra = {"description": description, "receipt_email": receipt_email}
    extra = {key: value for key, value in extra.items() if value}
    if is_local():
        params["metadata"].update(extra)
    else:
        params.update(extra, automatic_payment_methods={"enabled": True})
    with _stripe_errors():
        intent = _client().v1.payment_intents.create(
            params=params, options={"idempotency_key": idempotency_key}
        )
    return _intent(intent)


def retrieve_payment_intent(intent_id: str) -> Intent:
    with _stripe_errors():
        return _intent(_client().v1.payment_intents.retrieve(intent_id))


def cancel_payment_intent(intent_id: str) -> Intent:
    """Cancel the intent; one already canceled or succeeded is returned as it is."""
    with _stripe_errors():
        try:
            return _intent(_client().v1.payment_intents.cancel(intent_id))
        except stripe.InvalidRequestError:
            # Stripe refuses to cancel a final intent (localstripe without an error code).
            intent = retrieve_payment_intent(intent_id)
            if intent.status not in _FINAL_STATUSES:
                raise
    return intent


def refund(*, payment_intent_id: str, amount: int | None, idempotency_key: str) -> Refund:
    """Refund `amount` minor units of the intent's payment, or all of it when None."""
    params = {"payment_intent": payment_intent_id}
    if amount is not None:
        params["amount"] = amount
    with _stripe_errors():
        result = _client().v1.refunds.create(
            params=params, options={"idempotency_key": idempotency_key}
        )
    return Refund(id=result.id, amount=result.amount, status=result.status)


# Webhooks and Stripe.js


def parse_webhook(*, payload: bytes, signature_header: str) -> Event:
    """The event of a webhook request, once its Stripe-Signature header is verified.

    Stripe's default tolerance applies: a signature older than 5 minutes is refused.
    """
    secret = _required_setting("STRIPE_WEBHOOK_SECRET")
    try:
        event = _client().construct_event(payload, signature_header, secret)
        return Event(id=event.id, type=event.type, object=event.data.object.to_dict())
    except stripe.SignatureVerificationError as error:
        raise InvalidWebhook(f"Bad signature: {error}") from error
    except (ValueError, AttributeError, KeyError, TypeError) as error:
        # Not UTF-8, not JSON, or JSON that is not an event.
        raise InvalidWebhook(f"Bad payload: {error!r}") from error


def stripe_js_url() -> str:
    """Where the checkout page loads Stripe.js from: localstripe serves a fake one."""
    if is_local():
        return f"{settings.STRIPE_API_BASE.rstrip('/')}/js.stripe.com/v3/"
    return "https://js.stripe.com/v3/"


# The languages of Stripe.js's Elements (its `locale` option) that the site speaks; any
# other language lets Stripe.js follow the browser's ("auto").
STRIPE_JS_LOCALES = frozenset({"fr", "en", "ja"})


def stripe_js_locale(language: str) -> str:
    """The `locale` option of Stripe.js for a page in `language`."""
    code = (language or "").split("-")[0].lower()
    return code if code in STRIPE_JS_LOCALES else "auto"


# Tests and development


def confirm_payment_intent_for_tests(
    intent_id: str, *, payment_method: str, authenticate: bool | None = None
) -> Intent:
    """Confirm server-side what Stripe.js confirms in the browser; test keys only.

    `payment_method` is a PaymentMethod id ("pm_card_visa", "pm_…") or a test card
    number, made into a card PaymentMethod first (localstripe only: Stripe refuses raw
    card numbers). The intent's payment method is set by an update, then the intent is
    confirmed, because localstripe does not implement confirm with payment_method.

    What localstripe does: 4242424242424242 → "succeeded" (payment_intent.succeeded
    webhook); 4000000000000341 → `CardDeclined` (code "card_declined"), intent back to
    "requires_payment_method" (payment_intent.payment_failed webhook); 3-D Secure cards
    (4000002760003184, 4000000000003220, 4000002500003155…) → "requires_action", which
    is also the state its fake Stripe.js needs. With `authenticate` True or False the
    3-D Secure step is then completed or failed through localstripe's ``_authenticate``
    endpoint: "succeeded", or "requires_payment_method" with the card detached.
    """
    if not _required_setting("STRIPE_SECRET_KEY").startswith("sk_test_"):
        raise ImproperlyConfigured("confirm_payment_intent_for_tests needs a test secret key.")
    client = _client()
    with _stripe_errors():
        if payment_method.isdigit():
            expiry = {"exp_month": 12, "exp_year": date.today().year + 3}
            card = {"number": payment_method, "cvc": "123", **expiry}
            created = client.v1.payment_methods.create(params={"type": "card", "card": card})
            payment_method = created.id
        client.v1.payment_intents.update(intent_id, params={"payment_method": payment_method})
        intent = client.v1.payment_intents.confirm(intent_id)
        if intent.status == "requires_action" and authenticate is not None:
            client.raw_request(
                "post",
                f"/v1/payment_intents/{intent_id}/_authenticate",
                client_secret=intent.client_secret,
                success="true" if authenticate else "false",
            )
            intent = client.v1.payment_intents.retrieve(intent_id)
    return _intent(intent)


# Plumbing


def _client() -> stripe.StripeClient:
    return _build_client(
        _required_setting("STRIPE_SECRET_KEY"),
        getattr(settings, "STRIPE_API_BASE", None),
        getattr(settings, "STRIPE_API_VERSION", API_VERSION),
    )


@functools.lru_cache(maxsize=4)
def _build_client(secret_key: str, api_base: str | None, api_version: str) -> stripe.StripeClient:
    # Cached per settings, so that connections are reused between calls.
    return stripe.StripeClient(
        secret_key,
        stripe_version=api_version,
        base_addresses={"api": api_base} if api_base else None,
        max_network_retries=2,
    )


def local_script_origin() -> str | None:
    """localstripe's origin while it stands in for Stripe (its Stripe.js and API), else
    None: the Content-Security-Policy allows it (core.security.register_script_origin)."""
    return origin(settings.STRIPE_API_BASE) if is_local() else None


def is_local() -> bool:
    api_base = getattr(settings, "STRIPE_API_BASE", None)
    return getattr(settings, "STRIPE_LOCAL", api_base is not None)


def _required_setting(name: str) -> str:
    value = getattr(settings, name, None)
    if not value:
        raise ImproperlyConfigured(f"The {name} setting is required for payments.")
    return value


@contextmanager
def _stripe_errors() -> Iterator[None]:
    try:
        yield
    except stripe.CardError as error:
        raise CardDeclined(
            error.user_message or str(error), code=error.code, decline_code=_decline_code(error)
        ) from error
    except (stripe.APIConnectionError, stripe.RateLimitError) as error:
        raise PaymentGatewayUnavailable(str(error)) from error
    except stripe.APIError as error:  # Stripe's own 5xx
        raise PaymentGatewayUnavailable(str(error), code=error.code) from error
    except stripe.StripeError as error:
        raise PaymentError(str(error), code=error.code) from error


def _decline_code(error: stripe.CardError) -> str | None:
    return getattr(error.error, "decline_code", None)


def _intent(intent: stripe.PaymentIntent) -> Intent:
    return Intent(
        id=intent.id,
        client_secret=intent.client_secret,
        status=intent.status,
        amount=intent.amount,
        currency=intent.currency,
        metadata=intent.metadata.to_dict() if intent.metadata else {},
    )
