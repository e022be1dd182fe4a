"""Refunds: asked by the staff, or owed for a payment the shop can no longer honour.

Every refund goes through Stripe under the order's row lock, with an idempotency key per
refund, so that a retried request never refunds twice.
"""

import logging
from decimal import Decimal

from django.db import DatabaseError, transaction
from django.utils.translation import gettext as _

from core.money import to_minor_units
from shop import gateway
from shop.exceptions import PaymentError, ShopError
from shop.models import Order, Refund

logger = logging.getLogger(__name__)


def order_refund(*, order: Order, amount: Decimal, user=None, reason: str = "") -> Refund:
    """Refund part or all of a paid order through Stripe."""
    amount = Decimal(amount)
    if not order.paid_at or not order.payment_intent_id:
        raise ShopError(_("Seule une commande payée peut être remboursée."))
    if amount <= 0 or amount > order.refundable_amount:
        raise ShopError(
            _("Le montant doit être compris entre 0,01 € et %(max)s €.")
            % {"max": order.refundable_amount}
        )
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if amount > locked.refundable_amount:
            raise ShopError(_("Ce montant dépasse ce qui reste à rembourser."))
        result = gateway.refund(
            payment_intent_id=locked.payment_intent_id,
            amount=to_minor_units(amount, locked.currency),
            idempotency_key=f"refund-{locked.number}-{locked.refunds.count() + 1}",
        )
        refund = Refund.objects.create(
            order=locked, amount=amount, stripe_refund_id=result.id, reason=reason, created_by=user
        )
        locked.refunded_amount += amount
        if locked.refunded_amount == locked.total:
            locked.status = Order.Status.REFUNDED
        locked.save(update_fields=["refunded_amount", "status"])
    order.refresh_from_db()
    return refund


def order_refund_unhonoured(*, order: Order) -> Order:
    """Refund in full a payment that arrived for an order we can no longer honour.

    Such an order is paid (`paid_at`) but pending or cancelled: its reservation lapsed
    and the piece was sold, or its workshop places went to someone else. Keeping the
    money is never an option; restoring the order was tried first, by `order_mark_paid`.
    Safe to repeat: what was already refunded is not refunded again.
    """
    if order.is_paid:  # honoured after all: not this function's business
        return order
    if order.lines.filter(booking__isnull=False).exists():
        reason = _("Places d’atelier plus disponibles")
        status_reason = _("Places d’atelier plus disponibles : remboursée")
    else:
        reason = _("Objet épuisé entre-temps")
        status_reason = _("Objet épuisé entre-temps : remboursée")
    if order.refundable_amount > 0:
        order_refund(order=order, amount=order.refundable_amount, reason=reason)
    Order.objects.filter(pk=order.pk).update(
        status=Order.Status.CANCELLED, cancel_reason=status_reason
    )
    order.refresh_from_db()
    return order


def order_refund_after_commit(*, order: Order) -> None:
    """Refund an unhonoured payment once the transaction that recorded it commits."""
    order_pk = order.pk
    transaction.on_commit(lambda: _refund_unhonoured(order_pk))


def _refund_unhonoured(order_pk: int):
    # Run after the commit of the payment: a failure here must not lose the event (the
    # webhook would answer 500 for an event already recorded). The order keeps its
    # payment date without its refund, which `reconcile_payments` looks for and retries.
    try:
        order_refund_unhonoured(order=Order.objects.get(pk=order_pk))
    except (PaymentError, ShopError, DatabaseError):
        logger.exception("Refund of order %s failed; reconcile_payments will retry it", order_pk)
