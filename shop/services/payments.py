"""Payments: started for the amount recorded on the order, settled from Stripe's word.

Payment success comes from Stripe (signed webhook, or the API asked by the return page,
the retry, the expiry and the reconciliation), never from the browser. Whatever asks,
`order_settle` decides: a succeeded intent pays the order (`order_mark_paid`: once,
under the order's row lock, with the amount checked); one that can no longer be paid
cancels it when the caller says so; anything else leaves it pending. A declined card
leaves the intent payable with another card: the order stays pending until its reservation
lapses (`expiry`) or the buyer cancels it (`order_cancel_by_buyer`).

Locks: the order's row first, then, for a booking it pays, the workshop's and the
bookings' (through `workshops.services`).
"""

import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from core.money import to_minor_units
from shop import emails, gateway
from shop.exceptions import PaymentError
from shop.models import Order
from shop.services.orders import CANCEL_BOOKINGS, KEEP_BOOKINGS, order_cancel
from shop.services.refunds import order_refund_after_commit
from shop.services.stock import stock_reserve_again
from workshops import services as workshop_services

logger = logging.getLogger(__name__)

SUCCEEDED = "succeeded"
# An intent nobody can pay any more (the expiry, the buyer's cancel or the staff's).
CANCELED = "canceled"


def order_start_payment(*, order: Order) -> gateway.Intent:
    """Create (or find again) the order's PaymentIntent, for the amount recorded on the order."""
    if order.payment_intent_id:
        return gateway.retrieve_payment_intent(order.payment_intent_id)
    # The description may reach the buyer (Stripe's receipt): in the order's language,
    # whichever page starts the payment; the metadata name that language for the staff.
    with translation.override(order.language):
        description = _("Commande %(number)s") % {"number": order.number}
    try:
        intent = gateway.create_payment_intent(
            amount=to_minor_units(order.total, order.currency),
            currency=order.currency,
            metadata={"order_number": order.number, "language": order.language},
            idempotency_key=f"order-{order.number}",
            description=description,
            receipt_email=order.email,
        )
    except PaymentError:
        # No payment can start: give the reserved pieces back at once. Booked places stay
        # held until their deadline: the visitor can try again from the booking page.
        order_cancel(order=order, reason=_("Paiement indisponible"), bookings=KEEP_BOOKINGS)
        raise
    try:
        Order.objects.filter(pk=order.pk).update(payment_intent_id=intent.id)
    except DatabaseError:
        _abandon_payment_start(order, intent.id)
        raise
    order.payment_intent_id = intent.id
    return intent


def _abandon_payment_start(order: Order, intent_id: str):
    """The database failed right after Stripe created the order's intent.

    The order does not know its intent, so no page can show the intent's client secret
    and nobody can pay it; it is cancelled at Stripe all the same, so that no money can
    ever be taken for it. Giving the pieces back may fail too while the database is
    away: the order then stays pending without an intent, and the expiry or
    `reconcile_payments` cancels it once its reservation lapses.
    """
    try:
        gateway.cancel_payment_intent(intent_id)
    except PaymentError:
        logger.warning("Could not cancel the orphan payment %s of order %s", intent_id, order)
    try:
        order_cancel(order=order, reason=_("Paiement indisponible"), bookings=KEEP_BOOKINGS)
    except DatabaseError:
        logger.warning("Order %s left pending: the database is unavailable", order)


def stripe_js_context(language: str) -> dict:
    """What the payment page needs to load Stripe.js (localstripe serves a fake one), with
    the language its card form speaks: the page's."""
    return {
        "publishable_key": settings.STRIPE_PUBLISHABLE_KEY,
        "stripe_js_url": gateway.stripe_js_url(),
        "stripe_local": gateway.is_local(),
        "stripe_locale": gateway.stripe_js_locale(language),
    }


def stripe_is_local() -> bool:
    """True while localstripe stands in for Stripe (development and tests)."""
    return gateway.is_local()


def order_confirm_with_test_card(*, order: Order, card_number: str) -> gateway.Intent:
    """localstripe only: confirm server-side with a test card, as Stripe.js would."""
    return gateway.confirm_payment_intent_for_tests(
        order.payment_intent_id, payment_method=card_number
    )


# Settlement


def order_settle(
    *,
    order: Order,
    intent: gateway.Intent | None = None,
    cancel_reason: str | None = None,
    bookings: str = CANCEL_BOOKINGS,
) -> Order:
    """Settle the order from what Stripe says of its PaymentIntent.

    Without `intent`, Stripe is asked (`PaymentError` if it cannot answer; nothing is
    changed then). A succeeded intent pays the order, or has it refunded when the order
    can no longer be honoured. Any other status cancels the order with `cancel_reason`
    (the payment failed, or was cancelled at Stripe), or, without one, leaves it pending.
    Safe to repeat, and against a concurrent webhook: every change is made under the
    order's row lock, and a paid order is never cancelled.
    """
    if order.paid_at:
        return order
    if intent is None:
        if not order.payment_intent_id:
            return order
        intent = gateway.retrieve_payment_intent(order.payment_intent_id)
    if intent.status == SUCCEEDED:
        paid = order_mark_paid(
            payment_intent_id=intent.id, amount=intent.amount, currency=intent.currency
        )
        return paid or order
    if cancel_reason is not None:
        return order_cancel(order=order, reason=cancel_reason, bookings=bookings)
    return order


def order_abandon_payment(
    *, order: Order, cancel_reason: str, bookings: str = CANCEL_BOOKINGS
) -> Order:
    """Cancel the order's payment at Stripe, then the order; a payment that went through
    in between wins, and pays the order instead.

    Cancelling at Stripe first means that nobody can pay once the pieces are back on sale.
    Raises `PaymentError` when Stripe cannot be reached or refuses (an intent still
    processing): nothing is changed then, and cancelling blind could drop a payment.
    """
    if order.paid_at:
        return order
    if not order.payment_intent_id:  # no payment ever started: nothing to ask Stripe
        return order_cancel(order=order, reason=cancel_reason, bookings=bookings)
    intent = gateway.cancel_payment_intent(order.payment_intent_id)
    return order_settle(order=order, intent=intent, cancel_reason=cancel_reason, bookings=bookings)


def order_cancel_by_buyer(*, order: Order) -> Order:
    """The buyer gave up on the payment page («Annuler la commande»).

    A declined card does not cancel the order (the buyer may try another card until the
    reservation lapses); only this, or the expiry, does. Cancelled at Stripe first, as
    `order_abandon_payment` does: a payment that went through in between pays the order
    instead, and `PaymentError` means nothing was changed.
    """
    return order_abandon_payment(order=order, cancel_reason=_("Annulée par l’acheteur"))


def order_mark_paid(*, payment_intent_id: str, amount: int, currency: str) -> Order | None:
    """Apply a succeeded payment once; a repeated or late notification changes nothing.

    `order_settle` calls it once Stripe said the intent succeeded, with Stripe's amount.
    """
    with transaction.atomic():
        order = (
            Order.objects.select_for_update().filter(payment_intent_id=payment_intent_id).first()
        )
        if order is None:
            logger.warning("Payment %s matches no order", payment_intent_id)
            return None
        if order.paid_at:
            return order
        expected = to_minor_units(order.total, order.currency)
        if amount != expected or currency.lower() != order.currency.lower():
            logger.error(
                "Payment %s for order %s: %s %s received, %s expected; left unpaid",
                payment_intent_id,
                order.number,
                amount,
                currency,
                expected,
            )
            return order
        if order.stock_released and stock_reserve_again(order=order):
            # Paid after its reservation lapsed and the pieces were sold meanwhile.
            order.paid_at = timezone.now()
            order.save(update_fields=["paid_at"])
            order_refund_after_commit(order=order)
            return order
        if not _confirm_bookings(order):
            # Paid after the booking was cancelled, or after its hold lapsed and the
            # places went to someone else.
            order.paid_at = timezone.now()
            order.save(update_fields=["paid_at"])
            order_refund_after_commit(order=order)
            return order
        order.stock_released = False
        order.status = Order.Status.PAID
        order.paid_at = timezone.now()
        order.cancel_reason = ""
        order.save(update_fields=["status", "paid_at", "stock_released", "cancel_reason"])
        transaction.on_commit(lambda: emails.send_order_paid(order.pk))
    return order


def _confirm_bookings(order: Order) -> bool:
    lines = order.lines.filter(booking__isnull=False).select_related("booking")
    return all([workshop_services.booking_confirm_payment(booking=line.booking) for line in lines])
