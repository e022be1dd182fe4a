"""Everything that changes orders, stock or money goes through these functions.

Stock is reserved when the order is created, by a conditional UPDATE that only succeeds
while enough stock remains: concurrent checkouts for the last piece cannot both win, on
any database. Payment success comes from Stripe (signed webhook, or the return page asking
the API), is applied once under a row lock, and never trusts an amount from the browser.

A workshop booking is paid the same way: an order whose one line is the booking's places
(`order_create_for_booking`). Its places are held by `workshops.services`, not by stock;
the order's payment, failure or expiry confirms or releases them there, under the order's
lock first, then the workshop's.
"""

import logging
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from catalogue.models import CraftObjectPage
from core.money import to_minor_units
from shop import emails, gateway
from shop.cart import CartLine
from shop.models import Order, OrderLine, Refund, ShopSettings
from shop.pricing import compute_totals
from workshops import services as workshop_services
from workshops.models import Booking, WorkshopPage

logger = logging.getLogger(__name__)

# What cancelling an order does to the workshop bookings it pays.
CANCEL_BOOKINGS = "cancel"  # the payment failed: the places go to the waiting list
EXPIRE_BOOKINGS = "expire"  # the hold lapsed unpaid: likewise, marked as expired
KEEP_BOOKINGS = "keep"  # the payment could not start: the visitor may try again in time


class ShopError(Exception):
    """A business rule refused the operation; the message is for the buyer or the staff."""


class OutOfStock(ShopError):
    def __init__(self, titles):
        self.titles = titles
        super().__init__(
            _("Plus assez de stock pour : %(titles)s. Votre panier a été mis à jour.")
            % {"titles": ", ".join(f"« {t} »" for t in titles)}
        )


@dataclass(frozen=True)
class Customer:
    email: str
    first_name: str
    last_name: str
    phone: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = ""


def order_create(
    *,
    lines: list[CartLine],
    customer: Customer,
    delivery: str,
    shop_settings: ShopSettings,
    language: str = "fr",
) -> Order:
    """Reserve the stock of every line and record a pending order, or change nothing."""
    if not lines:
        raise ShopError(_("Votre panier est vide."))
    quantities = {line.product.pk: line.quantity for line in lines}
    with transaction.atomic():
        short = _reserve_stock(quantities)
        if short:
            transaction.set_rollback(True)
            raise OutOfStock(short)
        # Prices are read again inside the transaction: what the cart showed is not trusted.
        products = CraftObjectPage.objects.in_bulk(list(quantities))
        totals = compute_totals(
            [products[pk].price * quantity for pk, quantity in quantities.items()],
            delivery=delivery,
            shop_settings=shop_settings,
        )
        address = (
            {}
            if delivery == Order.Delivery.PICKUP
            else {
                "address_line1": customer.address_line1,
                "address_line2": customer.address_line2,
                "postal_code": customer.postal_code,
                "city": customer.city,
                "country": customer.country,
            }
        )
        order = Order.objects.create(
            email=customer.email,
            first_name=customer.first_name,
            last_name=customer.last_name,
            phone=customer.phone,
            delivery=delivery,
            **address,
            subtotal=totals.subtotal,
            delivery_fee=totals.delivery_fee,
            total=totals.total,
            vat_rate=totals.vat_rate,
            vat_amount=totals.vat_amount,
            reserved_until=timezone.now() + timedelta(minutes=shop_settings.reservation_minutes),
            language=language,
        )
        OrderLine.objects.bulk_create(
            OrderLine(
                order=order,
                product=products[pk],
                sku=products[pk].sku,
                title=products[pk].title,
                unit_price=products[pk].price,
                quantity=quantity,
            )
            for pk, quantity in sorted(quantities.items())
        )
    return order


def order_create_for_booking(*, booking: Booking, shop_settings: ShopSettings) -> Order:
    """The order that pays a workshop booking: one line (its places), no delivery, reserved
    as long as the booking's hold. A pending order already made for it is returned again."""
    with transaction.atomic():
        locked = Booking.objects.select_for_update().get(pk=booking.pk)
        existing = Order.objects.filter(lines__booking=locked, status=Order.Status.PENDING).first()
        if existing is not None:
            return existing
        if not locked.awaits_payment():
            raise ShopError(_("Cette réservation n’attend plus de paiement."))
        # The price is read again here: what the page showed is not trusted.
        workshop = WorkshopPage.objects.get(pk=locked.workshop_id)
        if workshop.price <= 0:
            raise ShopError(_("Cet atelier est gratuit : il n’y a rien à payer."))
        totals = compute_totals(
            [workshop.price * locked.places], delivery=None, shop_settings=shop_settings
        )
        order = Order.objects.create(
            email=locked.email,
            first_name=locked.first_name,
            last_name=locked.last_name,
            phone=locked.phone,
            # Nothing to deliver: pick-up is the mode without an address or a fee.
            delivery=Order.Delivery.PICKUP,
            subtotal=totals.subtotal,
            delivery_fee=totals.delivery_fee,
            total=totals.total,
            vat_rate=totals.vat_rate,
            vat_amount=totals.vat_amount,
            reserved_until=locked.hold_until,
            language=locked.language,
        )
        starts = timezone.localtime(workshop.starts_at)
        OrderLine.objects.create(
            order=order,
            booking=locked,
            sku=f"ATELIER-{workshop.pk}",
            title=f"{workshop.title} ({starts:%d/%m/%Y %H:%M})"[:255],
            unit_price=workshop.price,
            quantity=locked.places,
        )
    return order


def _reserve_stock(quantities: dict[int, int]) -> list[str]:
    """Decrement each object's stock if enough remains; the titles of those that fell short."""
    short = []
    # A fixed order of row locks: two carts holding the same objects cannot deadlock.
    for pk, quantity in sorted(quantities.items()):
        try:
            with transaction.atomic():
                updated = CraftObjectPage.objects.filter(
                    pk=pk, on_sale=True, stock__gte=quantity
                ).update(stock=F("stock") - quantity)
        except IntegrityError:  # the database's own "stock >= 0" check, as a last guard
            updated = 0
        if updated:
            CraftObjectPage.objects.mirror_commerce_to_translations(pk)
        else:
            product = CraftObjectPage.objects.filter(pk=pk).only("title").first()
            short.append(product.title if product else str(pk))
    return short


def _release_stock(order: Order):
    if order.stock_released:
        return
    for line in order.lines.filter(product__isnull=False):
        CraftObjectPage.objects.filter(pk=line.product_id).update(stock=F("stock") + line.quantity)
        CraftObjectPage.objects.mirror_commerce_to_translations(line.product_id)
    order.stock_released = True


def order_start_payment(*, order: Order) -> gateway.Intent:
    """Create (or find again) the order's PaymentIntent, for the amount recorded on the order."""
    if order.payment_intent_id:
        return gateway.retrieve_payment_intent(order.payment_intent_id)
    try:
        intent = gateway.create_payment_intent(
            amount=to_minor_units(order.total, order.currency),
            currency=order.currency,
            metadata={"order_number": order.number},
            idempotency_key=f"order-{order.number}",
            description=_("Commande %(number)s") % {"number": order.number},
            receipt_email=order.email,
        )
    except gateway.PaymentError:
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
    except gateway.PaymentError:
        logger.warning("Could not cancel the orphan payment %s of order %s", intent_id, order)
    try:
        order_cancel(order=order, reason=_("Paiement indisponible"), bookings=KEEP_BOOKINGS)
    except DatabaseError:
        logger.warning("Order %s left pending: the database is unavailable", order)


def order_mark_paid(*, payment_intent_id: str, amount: int, currency: str) -> Order | None:
    """Apply a succeeded payment once; a repeated or late notification changes nothing."""
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
        if order.stock_released and _reserve_stock(
            {line.product_id: line.quantity for line in order.lines.filter(product__isnull=False)}
        ):
            # Paid after its reservation lapsed and the pieces were sold meanwhile.
            order.paid_at = timezone.now()
            order.save(update_fields=["paid_at"])
            transaction.on_commit(lambda: _refund_oversold(order.pk))
            return order
        if not _confirm_bookings(order):
            # Paid after the booking was cancelled, or after its hold lapsed and the
            # places went to someone else.
            order.paid_at = timezone.now()
            order.save(update_fields=["paid_at"])
            transaction.on_commit(lambda: _refund_oversold(order.pk))
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


def _refund_oversold(order_pk: int):
    # Run after the commit of the payment: a failure here must not lose the event (the
    # webhook would answer 500 for an event already recorded). The order keeps its
    # payment date without its refund, which `reconcile_payments` looks for and retries.
    try:
        order_refund_unhonoured(order=Order.objects.get(pk=order_pk))
    except (gateway.PaymentError, ShopError, DatabaseError):
        logger.exception("Refund of order %s failed; reconcile_payments will retry it", order_pk)


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


def order_payment_failed(*, payment_intent_id: str, reason: str) -> Order | None:
    """The card was declined or the buyer gave up: the pieces go back on sale."""
    with transaction.atomic():
        order = (
            Order.objects.select_for_update().filter(payment_intent_id=payment_intent_id).first()
        )
        # A payment that went through is never undone by a failure notice, even a late one
        # for an order that only waits for its refund (see `order_refund_unhonoured`).
        if order is None or order.status != Order.Status.PENDING or order.paid_at:
            return order
        _cancel_locked(order, reason, bookings=CANCEL_BOOKINGS)
    return order


def order_cancel(*, order: Order, reason: str, bookings: str = CANCEL_BOOKINGS) -> Order:
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if locked.status == Order.Status.PENDING:
            _cancel_locked(locked, reason, bookings=bookings)
    order.refresh_from_db()
    return order


def _cancel_locked(order: Order, reason: str, *, bookings: str):
    _release_stock(order)
    _release_bookings(order, reason, bookings)
    order.status = Order.Status.CANCELLED
    order.cancel_reason = reason[:255]
    order.save(update_fields=["status", "cancel_reason", "stock_released"])


def _release_bookings(order: Order, reason: str, outcome: str):
    if outcome == KEEP_BOOKINGS:
        return
    for line in order.lines.filter(booking__isnull=False).select_related("booking"):
        if outcome == EXPIRE_BOOKINGS:
            workshop_services.booking_expire(booking=line.booking)
        else:
            # The visitor sees why on the payment page; no email on top of it.
            workshop_services.booking_cancel(booking=line.booking, reason=reason, notify=False)


def order_sync_with_stripe(*, order: Order) -> Order:
    """Ask Stripe where the order's payment stands and settle the order accordingly."""
    if not order.payment_intent_id or order.paid_at:
        return order
    intent = gateway.retrieve_payment_intent(order.payment_intent_id)
    if intent.status == "succeeded":
        return (
            order_mark_paid(
                payment_intent_id=intent.id, amount=intent.amount, currency=intent.currency
            )
            or order
        )
    return order


def orders_release_expired(*, now=None) -> int:
    """Cancel pending orders whose reservation lapsed; a payment that did go through wins."""
    released = 0
    for order in Order.objects.expired(now):
        if order.payment_intent_id:
            try:
                intent = gateway.cancel_payment_intent(order.payment_intent_id)
            except gateway.PaymentError:
                # Stripe is unreachable, or refuses to cancel an intent still processing:
                # try again on the next run rather than guess.
                logger.warning("Expired order %s left pending for now", order.number)
                continue
            if intent.status == "succeeded":
                order_mark_paid(
                    payment_intent_id=intent.id, amount=intent.amount, currency=intent.currency
                )
                continue
        order_cancel(order=order, reason=_("Réservation expirée"), bookings=EXPIRE_BOOKINGS)
        released += 1
    return released


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


def order_mark_fulfilled(*, order: Order) -> Order:
    """Shipped (delivery) or collected (pick-up at the shop)."""
    if order.status != Order.Status.PAID:
        raise ShopError(_("Seule une commande payée peut être expédiée ou retirée."))
    order.status = (
        Order.Status.COLLECTED if order.delivery == Order.Delivery.PICKUP else Order.Status.SHIPPED
    )
    order.fulfilled_at = timezone.now()
    order.save(update_fields=["status", "fulfilled_at"])
    return order
