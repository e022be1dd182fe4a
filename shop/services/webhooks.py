"""Stripe's signed notifications: verified, recorded once, dispatched by event type.

A bad signature changes nothing. An event already handled (duplicate delivery, replay)
is acknowledged and ignored: its id is recorded in the same transaction as its effect.
"""

import logging
from enum import Enum

from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from shop import gateway
from shop.exceptions import MalformedEvent, PaymentError, PaymentGatewayUnavailable
from shop.models import Order, StripeEvent
from shop.services.orders import order_cancel
from shop.services.payments import CANCELED, SUCCEEDED, order_settle

logger = logging.getLogger(__name__)


class Handled(Enum):
    OK = "OK."
    IGNORED = "Ignored."
    ALREADY = "Already handled."


def stripe_event_handle(*, payload: bytes, signature_header: str) -> Handled:
    """Apply a webhook's event once.

    Raises `InvalidWebhook` for a bad signature or payload, `MalformedEvent` for a signed
    event that is not the shape Stripe sends (refused and not recorded, so that a
    corrected delivery is still handled), and `PaymentGatewayUnavailable` when Stripe must
    be asked and cannot be: Stripe then delivers the event again later.
    """
    event = gateway.parse_webhook(payload=payload, signature_header=signature_header)
    handler = _HANDLERS.get(event.type)
    if handler is None:
        return Handled.IGNORED
    try:
        with transaction.atomic():
            StripeEvent.objects.create(event_id=event.id, type=event.type)
            handler(event.object)
    except IntegrityError:
        return Handled.ALREADY
    except (AttributeError, KeyError, TypeError, ValueError) as error:
        logger.error("Malformed %s event %s: %r", event.type, event.id, error)
        raise MalformedEvent(f"{event.type} {event.id}: {error!r}") from error
    return Handled.OK


def _payment_succeeded(intent: dict):
    # The event is signed: it is Stripe's word that this intent succeeded, for this amount.
    succeeded = gateway.Intent(
        id=intent["id"],
        client_secret="",
        status=SUCCEEDED,
        amount=int(intent.get("amount_received") or intent["amount"]),
        currency=intent["currency"],
        metadata={},
    )
    order = Order.objects.filter(payment_intent_id=succeeded.id).first()
    if order is None:
        logger.warning("Payment %s matches no order", succeeded.id)
        return
    order_settle(order=order, intent=succeeded)


def _payment_failed(intent: dict):
    error = intent.get("last_payment_error") or {}
    logger.info("Payment %s failed: %s", intent["id"], error.get("message"))
    # A declined card is not the end of the order: the intent goes back to
    # requires_payment_method and the buyer may pay it with another card, on the same page,
    # until the reservation lapses (the expiry, or the buyer's own cancel, releases it).
    # Stripe does not deliver events in order either: this notice can come after a second
    # card paid. So what Stripe says of the intent now decides, never the event. Unreachable,
    # it fails the request, and Stripe delivers the event again later.
    try:
        current = gateway.retrieve_payment_intent(intent["id"])
    except PaymentGatewayUnavailable:
        raise
    except PaymentError:  # unknown to Stripe: matches no order either
        current = None
    order = Order.objects.filter(payment_intent_id=intent["id"]).first()
    if order is None:
        return
    if current is None:
        # Stripe knows no such intent: nobody can ever pay this order.
        order_cancel(order=order, reason=_("Paiement refusé"))
    elif current.status == CANCELED:
        order_settle(order=order, intent=current, cancel_reason=_("Paiement annulé"))
    else:
        order_settle(order=order, intent=current)  # pays it if a second card succeeded


_HANDLERS = {
    "payment_intent.succeeded": _payment_succeeded,
    "payment_intent.payment_failed": _payment_failed,
}
