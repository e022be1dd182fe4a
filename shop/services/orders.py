"""Orders: made from a cart or for a workshop booking, cancelled, fulfilled.

An order is recorded pending, with its stock reserved (`shop.services.stock`) and its
prices read again from the database: what the cart or the page showed is not trusted.

A cart's places at paid workshops are held by the same order: one booking per workshop,
in the buyer's name, awaiting the payment until the order's reservation ends
(`workshops.services.booking_create`, under the workshop's lock), one line each. A
booking promoted from a waiting list is paid by an order of its own, whose one line is
its places (`order_create_for_booking`). Either way the order's payment, failure or
expiry confirms or releases the places in `workshops.services`, under the order's lock
first, then the workshop's, then the bookings' (the lock order everywhere); stock is
taken before the workshops are locked, and given back before too.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from catalogue.models import CraftObjectPage
from exhibition.legal import terms_of_sale
from shop.cart import CartLine, SeatLine, capped_message
from shop.exceptions import OutOfStock, PlacesUnavailable, ShopError
from shop.models import Order, OrderLine, ShopSettings
from shop.pricing import compute_totals
from shop.selectors import objects_in_language
from shop.services.stock import stock_release, stock_reserve
from workshops import services as workshop_services
from workshops.emails import page_in_language
from workshops.models import Booking, WorkshopPage

# What cancelling an order does to the workshop bookings it pays.
CANCEL_BOOKINGS = "cancel"  # the payment failed: the places go to the waiting list
EXPIRE_BOOKINGS = "expire"  # the hold lapsed unpaid: likewise, marked as expired
KEEP_BOOKINGS = "keep"  # the payment could not start: the visitor may try again in time


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
    seats: list[SeatLine] = (),
) -> Order:
    """Reserve the stock of every line and the places of every seat line, and record a
    pending order, or change nothing. The order keeps the version of the terms of sale
    that the checkout linked to, which its buyer accepted."""
    if not lines and not seats:
        raise ShopError(_("Votre panier est vide."))
    # One unpaid order must not hold a whole stock: the cart brings quantities down to
    # the cap, an order asked past the cart is refused.
    cap = shop_settings.max_quantity_per_object
    if over := [line for line in lines if line.quantity > cap]:
        raise ShopError(capped_message(over[0].title, cap))
    quantities = {line.product.pk: line.quantity for line in lines}
    places = {seat.workshop.pk: seat.places for seat in seats}
    reserved_until = timezone.now() + timedelta(minutes=shop_settings.reservation_minutes)
    with transaction.atomic():
        short = stock_reserve(quantities=quantities)
        if short:
            transaction.set_rollback(True)
            raise OutOfStock(short)
        bookings = _hold_places(places, customer, language, reserved_until)
        # Prices are read again inside the transaction: what the cart showed is not trusted.
        products = CraftObjectPage.objects.select_related("material", "craft").in_bulk(
            list(quantities)
        )
        workshops = WorkshopPage.objects.in_bulk(list(places))
        totals = compute_totals(
            [products[pk].price * quantity for pk, quantity in quantities.items()]
            + [workshops[pk].price * count for pk, count in places.items()],
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
            reserved_until=reserved_until,
            language=language,
            **_accepted_terms(language),
        )
        # Each line reads as the buyer read it, in the order's language; the French title
        # is kept beside it for the shop's staff.
        shown = objects_in_language(products.values(), language)
        OrderLine.objects.bulk_create(
            OrderLine(
                order=order,
                product=products[pk],
                sku=products[pk].sku,
                title=shown[pk].title,
                title_fr=products[pk].title,
                material=shown[pk].material,
                craft=shown[pk].craft,
                unit_price=products[pk].price,
                quantity=quantity,
            )
            for pk, quantity in sorted(quantities.items())
        )
        OrderLine.objects.bulk_create(
            _booking_line(order, workshops[pk], bookings[pk]) for pk in sorted(bookings)
        )
    return order


def _accepted_terms(language: str) -> dict:
    terms = terms_of_sale(language)
    return {"terms_version": terms.version, "terms_page": terms} if terms else {}


def _hold_places(places: dict[int, int], customer: Customer, language: str, until):
    """A booking awaiting payment until `until` for each workshop's places, by workshop pk,
    in the workshops' key order (their locks too); `PlacesUnavailable` when one cannot."""
    bookings = {}
    for pk, count in sorted(places.items()):
        workshop = WorkshopPage.objects.get(pk=pk)
        try:
            booking = workshop_services.booking_create(
                workshop=workshop,
                visitor=workshop_services.Visitor(
                    first_name=customer.first_name,
                    last_name=customer.last_name,
                    email=customer.email,
                    phone=customer.phone,
                ),
                places=count,
                language=language,
                hold_until=until,
            )
        except workshop_services.BookingError as error:
            title = page_in_language(workshop, language).title  # before the rollback mark
            transaction.set_rollback(True)
            raise PlacesUnavailable(
                _("« %(title)s » : %(reason)s") % {"title": title, "reason": error}
            ) from error
        if booking.status != Booking.Status.PENDING_PAYMENT:  # made free meanwhile
            transaction.set_rollback(True)
            raise PlacesUnavailable(
                _("« %(title)s » ne se paie plus en ligne.") % {"title": workshop.title}
            )
        bookings[pk] = booking
    return bookings


def _booking_line(order: Order, workshop: WorkshopPage, booking: Booking) -> OrderLine:
    return OrderLine(
        order=order,
        booking=booking,
        sku=f"ATELIER-{workshop.pk}",
        title=_workshop_line_title(workshop, booking.language),
        title_fr=_workshop_line_title(workshop, settings.LANGUAGE_CODE),
        unit_price=workshop.price,
        quantity=booking.places,
    )


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
        _booking_line(order, workshop, locked).save()
    return order


def _workshop_line_title(workshop: WorkshopPage, language: str) -> str:
    """«Atelier kumiko (6 mars 2021, 14 h 00)», from the workshop's page in `language`."""
    page = page_in_language(workshop, language)
    with translation.override(language):
        when = date_format(timezone.localtime(workshop.starts_at), "DATETIME_FORMAT")
    return f"{page.title} ({when})"[:255]


def order_cancel(*, order: Order, reason: str, bookings: str = CANCEL_BOOKINGS) -> Order:
    """Cancel a pending order and give back what it holds, under its row lock.

    An order already settled, or one whose payment went through (even one that only
    waits for its refund, see `order_refund_unhonoured`), is left as it is.
    """
    with transaction.atomic():
        locked = Order.objects.select_for_update().get(pk=order.pk)
        if locked.status == Order.Status.PENDING and not locked.paid_at:
            _cancel_locked(locked, reason, bookings=bookings)
    order.refresh_from_db()
    return order


def _cancel_locked(order: Order, reason: str, *, bookings: str):
    stock_release(order=order)
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
