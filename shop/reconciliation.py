"""Settle with Stripe what the webhooks left unsettled (`manage.py reconcile_payments`).

A webhook can be lost (the site was down for longer than Stripe retries, a deploy went
wrong, the endpoint was misconfigured) and the buyer may close the tab before the return
page asks Stripe. Stripe is the reference for money; this asks it about every order that
still waits and applies what it says through `order_settle`, as the webhook does, so that
the row locks and status checks there make a late webhook, a second run or a concurrent
return page harmless: an order is paid, emailed and refunded at most once. It asks Stripe
itself (rather than let `order_settle` ask) to say what it would do in a dry run.

What is looked at, in an order that lets a Stripe outage stop the run before anything
was written:

1. pending orders with a PaymentIntent: succeeded → paid (stock, bookings, emails, or
   a refund when the order can no longer be honoured); canceled → cancelled, stock
   released; processing → left alone; waiting for the buyer → left alone while the
   reservation runs, then cancelled at Stripe and here, like the expiry;
2. orders cancelled here in the last day while their intent may still be paid (a race
   with the expiry, a payment_failed webhook before a second card succeeded): a payment
   that went through restores the order or is refunded; an intent still open is
   cancelled at Stripe, so that nobody can pay for pieces back on sale;
3. orders paid but not honoured (paid after their reservation lapsed and the piece was
   sold) whose refund failed: the refund is tried again;
4. pending orders without a PaymentIntent (the database failed while the payment was
   starting): nobody could pay them; cancelled once their reservation lapses;
5. paid orders whose confirmation could not be sent: sent again.
"""

import enum
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from shop import emails, gateway
from shop.exceptions import PaymentError, PaymentGatewayUnavailable, ShopError
from shop.models import Order
from shop.services.orders import CANCEL_BOOKINGS, EXPIRE_BOOKINGS, order_cancel
from shop.services.payments import order_abandon_payment, order_settle
from shop.services.refunds import order_refund_unhonoured

logger = logging.getLogger(__name__)

# How long a cancelled order's intent is checked again. The expiry and the payment page
# cancel an intent at Stripe along with its order, and every run cancels the ones left
# open: past a day, nothing can be paid any more for a cancelled order.
RECHECK_CANCELLED = timedelta(days=1)

# Intent statuses where the next step is the buyer's (card, 3-D Secure): nothing is paid.
_AWAITING_BUYER = frozenset({"requires_payment_method", "requires_confirmation", "requires_action"})


class Outcome(enum.Enum):
    PAID = "paid"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"
    EMAILED = "emailed"
    LEFT_PENDING = "left_pending"
    ERROR = "error"

    @property
    def label(self) -> str:
        return str(_LABELS[self])


_LABELS = {
    Outcome.PAID: gettext_lazy("payée"),
    Outcome.CANCELLED: gettext_lazy("annulée"),
    Outcome.REFUNDED: gettext_lazy("remboursée"),
    Outcome.EMAILED: gettext_lazy("confirmation renvoyée"),
    Outcome.LEFT_PENDING: gettext_lazy("laissée en attente"),
    Outcome.ERROR: gettext_lazy("à vérifier"),
}


@dataclass(frozen=True)
class Settlement:
    """What was done (or, in a dry run, would be done) to one order, and why."""

    order: str
    outcome: Outcome
    reason: str


def orders_reconcile(
    *, older_than: timedelta, dry_run: bool = False, now: datetime | None = None
) -> Iterator[Settlement]:
    """Settle every order that waits on Stripe, one at a time, as the generator advances.

    Orders younger than `older_than` are skipped: their buyer may be paying right now.
    Raises `PaymentGatewayUnavailable` as soon as Stripe cannot be reached; the
    orders settled before stay settled (each one is settled whole or not at all).
    """
    now = now or timezone.now()
    cutoff = now - older_than
    pending = Order.objects.filter(status=Order.Status.PENDING, paid_at__isnull=True)
    for order in pending.filter(payment_intent_id__isnull=False, created_at__lte=cutoff).order_by(
        "created_at"
    ):
        yield order_reconcile(order=order, now=now, dry_run=dry_run)
    cancelled = Order.objects.filter(
        status=Order.Status.CANCELLED,
        paid_at__isnull=True,
        payment_intent_id__isnull=False,
        created_at__range=(now - RECHECK_CANCELLED, cutoff),
    )
    for order in cancelled.order_by("created_at"):
        settlement = _recheck_cancelled(order, dry_run=dry_run)
        if settlement is not None:
            yield settlement
    unhonoured = Order.objects.filter(
        status__in=[Order.Status.PENDING, Order.Status.CANCELLED],
        paid_at__lte=cutoff,
        refunded_amount__lt=F("total"),
    )
    for order in unhonoured.order_by("paid_at"):
        yield _refund(order, dry_run=dry_run)
    for order in pending.filter(payment_intent_id__isnull=True, created_at__lte=cutoff).order_by(
        "created_at"
    ):
        yield _settle_without_intent(order, now=now, dry_run=dry_run)
    unconfirmed = Order.objects.filter(
        status=Order.Status.PAID, paid_at__lte=cutoff, confirmation_sent_at__isnull=True
    )
    for order in unconfirmed.order_by("paid_at"):
        yield _send_confirmation(order, dry_run=dry_run)


def order_reconcile(*, order: Order, now: datetime, dry_run: bool = False) -> Settlement:
    """Settle one pending order from what Stripe says of its PaymentIntent."""
    try:
        intent = gateway.retrieve_payment_intent(order.payment_intent_id)
    except PaymentGatewayUnavailable:
        raise
    except PaymentError as error:  # e.g. an intent of another Stripe account
        return Settlement(
            order.number,
            Outcome.ERROR,
            _("Stripe ne connaît pas ce paiement : %(error)s") % {"error": error},
        )
    if intent.status == "succeeded":
        return _mark_paid(order, intent, dry_run=dry_run)
    if intent.status == "canceled":
        if not dry_run:
            # Cancelled by the expiry (whose own update then failed) or from Stripe's
            # dashboard: nobody can pay it any more.
            lapsed = order.reserved_until < now
            order_settle(
                order=order,
                intent=intent,
                cancel_reason=_("Paiement annulé"),
                bookings=EXPIRE_BOOKINGS if lapsed else CANCEL_BOOKINGS,
            )
        return Settlement(order.number, Outcome.CANCELLED, _("paiement annulé chez Stripe"))
    if intent.status not in _AWAITING_BUYER:  # processing, or a capture we never ask for
        return Settlement(
            order.number, Outcome.LEFT_PENDING, _("paiement en cours de traitement chez Stripe")
        )
    if order.reserved_until >= now:
        return Settlement(
            order.number, Outcome.LEFT_PENDING, _("pas encore payée, réservation en cours")
        )
    if dry_run:
        return Settlement(order.number, Outcome.CANCELLED, _("réservation expirée sans paiement"))
    # As the expiry does: cancel at Stripe first, so that the buyer cannot pay once the
    # pieces are back on sale; a payment that went through in between wins.
    try:
        order = order_abandon_payment(
            order=order, cancel_reason=_("Réservation expirée"), bookings=EXPIRE_BOOKINGS
        )
    except PaymentGatewayUnavailable:
        raise
    except PaymentError:  # it started processing meanwhile
        return Settlement(
            order.number, Outcome.LEFT_PENDING, _("paiement en cours de traitement chez Stripe")
        )
    order.refresh_from_db()
    if order.status != Order.Status.CANCELLED or order.paid_at:
        return _paid_settlement(order)
    return Settlement(order.number, Outcome.CANCELLED, _("réservation expirée sans paiement"))


def _recheck_cancelled(order: Order, *, dry_run: bool) -> Settlement | None:
    try:
        intent = gateway.retrieve_payment_intent(order.payment_intent_id)
        if intent.status in _AWAITING_BUYER and not dry_run:
            intent = gateway.cancel_payment_intent(intent.id)
    except PaymentGatewayUnavailable:
        raise
    except PaymentError as error:  # unknown to Stripe, or processing: next run
        logger.warning("Cancelled order %s: payment %s: %s", order, order.payment_intent_id, error)
        return None
    if intent.status == "succeeded":
        # `order_settle` takes the pieces again if they are still there, else refunds.
        return _mark_paid(order, intent, dry_run=dry_run)
    return None


def _mark_paid(order: Order, intent: gateway.Intent, *, dry_run: bool) -> Settlement:
    if dry_run:
        return Settlement(order.number, Outcome.PAID, _("paiement réussi chez Stripe"))
    # The webhook's own service: under the order's row lock, once, with the amount checked.
    order_settle(order=order, intent=intent)
    order.refresh_from_db()
    return _paid_settlement(order)


def _paid_settlement(order: Order) -> Settlement:
    """What a succeeded payment did to the order: paid, refunded, or left for a human."""
    if order.is_paid:
        return Settlement(order.number, Outcome.PAID, _("paiement réussi chez Stripe"))
    if order.paid_at:
        return Settlement(
            order.number,
            Outcome.REFUNDED,
            _("paiement réussi, mais la commande ne peut plus être honorée"),
        )
    return Settlement(
        order.number,
        Outcome.ERROR,
        _("montant ou devise payés différents de la commande, laissée en attente"),
    )


def _refund(order: Order, *, dry_run: bool) -> Settlement:
    reason = _("payée mais pas honorée, remboursement dû")
    if not dry_run:
        try:
            order_refund_unhonoured(order=order)
        except PaymentGatewayUnavailable:
            raise
        except (PaymentError, ShopError) as error:
            return Settlement(
                order.number,
                Outcome.ERROR,
                _("le remboursement a échoué : %(error)s") % {"error": error},
            )
    return Settlement(order.number, Outcome.REFUNDED, reason)


def _settle_without_intent(order: Order, *, now: datetime, dry_run: bool) -> Settlement:
    if order.reserved_until >= now:
        return Settlement(
            order.number, Outcome.LEFT_PENDING, _("paiement pas commencé, réservation en cours")
        )
    if not dry_run:
        order_cancel(order=order, reason=_("Réservation expirée"), bookings=EXPIRE_BOOKINGS)
    return Settlement(order.number, Outcome.CANCELLED, _("paiement jamais commencé"))


def _send_confirmation(order: Order, *, dry_run: bool) -> Settlement:
    if not dry_run:
        # Marks the order under its row lock before sending: never twice.
        emails.send_order_paid(order.pk)
        order.refresh_from_db()
        if order.confirmation_sent_at is None:
            return Settlement(
                order.number, Outcome.ERROR, _("la confirmation n’a pas pu être envoyée")
            )
    return Settlement(order.number, Outcome.EMAILED, _("confirmation jamais envoyée"))
