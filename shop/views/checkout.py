import functools
import logging

from django.conf import settings
from django.contrib import messages
from django.db import InterfaceError, OperationalError
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_POST

from core.rate_limits import rate_limit
from shop.cart import PENDING_ORDER_KEY, Cart
from shop.exceptions import (
    CardDeclined,
    OutOfStock,
    PaymentError,
    PaymentGatewayUnavailable,
    PlacesUnavailable,
    ShopError,
)
from shop.forms import CheckoutForm
from shop.models import Order, ShopSettings
from shop.pricing import compute_totals
from shop.services import expiry, orders, payments
from shop.views.cart import limit_cart
from workshops.models import Booking

logger = logging.getLogger(__name__)

# The checkout and order pages carry the buyer's name, address and order: no shared
# cache (proxy, CDN) may keep them, nor the browser's disk.
private_no_store = cache_control(private=True, no_store=True)

# What the buyer reads when the database goes away during the checkout. Before the
# payment, no money can have been taken (an order is recorded before its PaymentIntent,
# and an intent its order could not record is cancelled). After it, Stripe holds the
# truth: the webhook, retried by Stripe, or `reconcile_payments` settles the order.
BEFORE_PAYMENT = gettext_lazy(
    "Nous ne pouvons pas enregistrer votre commande pour l’instant. "
    "Rien n’a été débité : veuillez réessayer dans quelques minutes."
)
AFTER_PAYMENT = gettext_lazy(
    "Nous ne pouvons pas vérifier votre paiement pour l’instant. S’il a été accepté, "
    "votre commande sera confirmée par courriel dans quelques minutes ; "
    "sinon, rien n’a été débité."
)


def database_unavailable_is_503(message):
    """The view answers 503 with `message` when the database fails, not a server error.

    The page is built without the database: no template context processors (cart,
    settings, navigation all read it) and no session write (Django does not save the
    session of a 5xx response).
    """

    def decorator(view):
        @functools.wraps(view)
        def wrapper(request, *args, **kwargs):
            try:
                return view(request, *args, **kwargs)
            except (OperationalError, InterfaceError):
                logger.exception("Database unavailable in %s", request.path)
                return _unavailable_page(message)

        return wrapper

    return decorator


def _unavailable_page(message) -> HttpResponse:
    html = render_to_string(
        "shop/unavailable.html",
        {"message": message, "language": get_language() or settings.LANGUAGE_CODE},
    )
    response = HttpResponse(html, status=503)
    response["Retry-After"] = "120"
    add_never_cache_headers(response)
    return response


@private_no_store
@rate_limit("checkout", methods=("POST",))
@database_unavailable_is_503(BEFORE_PAYMENT)
def checkout(request):
    cart = Cart(request.session)
    shop_settings = ShopSettings.for_request(request)
    if limit_cart(request, cart, shop_settings):
        # Nothing is ordered: the buyer sees the cart that is left before paying for it.
        return redirect("shop:cart")
    lines = cart.lines()
    seat_lines = cart.seat_lines()
    if not lines and not seat_lines:
        messages.info(request, _("Votre panier est vide."))
        return redirect("shop:cart")
    if not all(line.orderable for line in [*lines, *seat_lines]):
        # The cart page disables «Passer commande» then; the server never relies on it.
        messages.error(
            request,
            _(
                "Certains articles de votre panier ne sont plus disponibles : retirez-les ou "
                "ajustez les quantités pour passer commande."
            ),
        )
        return redirect("shop:cart")
    # Places alone have nothing to deliver: no delivery is asked, nor an address.
    form = CheckoutForm(request.POST or None, delivers=bool(lines))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        _cancel_previous_attempt(request)
        try:
            order = orders.order_create(
                lines=lines,
                seats=seat_lines,
                customer=orders.Customer(
                    **{k: data.get(k, "") for k in orders.Customer.__dataclass_fields__}
                ),
                delivery=data["delivery"],
                shop_settings=shop_settings,
                language=get_language() or settings.LANGUAGE_CODE,
            )
        except OutOfStock as error:
            cart.limit_to_stock()
            messages.error(request, str(error))
            return redirect("shop:cart")
        except PlacesUnavailable as error:
            cart.limit_places_to_what_is_left()
            messages.error(request, str(error))
            return redirect("shop:cart")
        except ShopError as error:  # e.g. the cap of the settings, lowered a moment ago
            messages.error(request, str(error))
            return redirect("shop:cart")
        try:
            payments.order_start_payment(order=order)
        except PaymentError:
            messages.error(
                request,
                _(
                    "Le paiement est momentanément indisponible ; rien n’a été débité. "
                    "Veuillez réessayer dans quelques minutes."
                ),
            )
            return redirect("shop:checkout")
        request.session[PENDING_ORDER_KEY] = order.token
        return redirect("shop:payment", token=order.token)
    line_totals = [line.line_total for line in [*lines, *seat_lines]]
    options = {
        mode: compute_totals(line_totals, delivery=mode, shop_settings=shop_settings)
        for mode in Order.Delivery.values
    }
    selected = form.data.get("delivery") or Order.Delivery.PICKUP
    return render(
        request,
        "shop/checkout.html",
        {
            "form": form,
            "lines": lines,
            "seat_lines": seat_lines,
            "options": options,
            "totals": options.get(selected, options[Order.Delivery.PICKUP]),
            "shop": shop_settings,
        },
        status=400 if form.errors else 200,
    )


@private_no_store
@database_unavailable_is_503(BEFORE_PAYMENT)
@require_GET
def booking_checkout(request, token):
    """A workshop booking's payment, from its page or the email of a freed place: its order
    (made once, however often the link is followed), then the shop's payment page."""
    booking = get_object_or_404(Booking, token=token)
    if not booking.awaits_payment():
        return redirect(booking.get_absolute_url())
    try:
        order = orders.order_create_for_booking(
            booking=booking, shop_settings=ShopSettings.for_request(request)
        )
    except ShopError as error:
        messages.error(request, str(error))
        return redirect(booking.get_absolute_url())
    try:
        payments.order_start_payment(order=order)
    except PaymentError:
        messages.error(
            request,
            _(
                "Le paiement est momentanément indisponible ; rien n’a été débité et vos places "
                "restent réservées. Veuillez réessayer dans quelques minutes."
            ),
        )
        return redirect(booking.get_absolute_url())
    return redirect("shop:payment", token=order.token)


@private_no_store
@rate_limit("payment", methods=("POST",))
@database_unavailable_is_503(BEFORE_PAYMENT)
def payment(request, token):
    order = get_object_or_404(Order, token=token)
    if order.paid_at:
        return redirect(order.get_absolute_url())
    if order.status == Order.Status.PENDING and order.reserved_until < timezone.now():
        expiry.orders_release_expired()
        order.refresh_from_db()
    bookings = _bookings_of(order)
    if order.status == Order.Status.PENDING and any(not b.awaits_payment() for b in bookings):
        # A booking was cancelled or expired on the workshop's side: the order cannot be
        # honoured whole; its pieces and its other places go back.
        orders.order_cancel(order=order, reason=_("Réservation close"))
        order.refresh_from_db()
    booking = _booking_of(order)
    context = {
        "order": order,
        "lines": order.lines.all(),
        "booking": booking,
        "holds_places": bool(bookings),
        # The note tells why nothing can be paid now: the reservation's time is over, or
        # the order was cancelled before it (by the buyer, or replaced by a new one).
        "expired": order.reserved_until <= timezone.now(),
    }
    if order.status != Order.Status.PENDING:
        if booking is not None:
            return redirect(order.get_absolute_url())  # the booking's page says why
        return render(request, "shop/payment.html", {**context, "closed": True})
    intent = payments.order_start_payment(order=order)
    return render(
        request,
        "shop/payment.html",
        {
            **context,
            "client_secret": intent.client_secret,
            **payments.stripe_js_context(get_language() or settings.LANGUAGE_CODE),
        },
    )


@private_no_store
@database_unavailable_is_503(AFTER_PAYMENT)
def payment_return(request, token):
    """Where Stripe.js sends the buyer: ask Stripe itself, never trust the browser."""
    order = get_object_or_404(Order, token=token)
    try:
        order = payments.order_settle(order=order)
    except PaymentGatewayUnavailable:
        pass  # the webhook or the reconciliation will settle it; the status page says so
    # The cart's own order empties it; a booking's payment link leaves it alone.
    is_cart_order = request.session.get(PENDING_ORDER_KEY) == order.token
    if order.paid_at and (is_cart_order or _booking_of(order) is None):
        Cart(request.session).clear()
        request.session.pop(PENDING_ORDER_KEY, None)
    return redirect(order.get_absolute_url())


@rate_limit("payment", methods=("POST",))
@database_unavailable_is_503(AFTER_PAYMENT)
@require_POST
def payment_cancel(request, token):
    """«Annuler la commande» on the payment page: the pieces (and places) go back on sale,
    once Stripe has cancelled the payment; a payment that went through meanwhile wins.

    A declined card does not come here: the buyer tries another card on the same page.
    """
    order = get_object_or_404(Order, token=token)
    booking = _booking_of(order)
    try:
        order = payments.order_cancel_by_buyer(order=order)
    except PaymentError:
        messages.error(
            request,
            _(
                "Nous ne pouvons pas annuler la commande pour l’instant ; rien n’a été "
                "débité. Réessayez dans quelques minutes, ou laissez la réservation expirer."
            ),
        )
        return redirect("shop:payment", token=order.token)
    if booking is not None:
        return redirect(booking.get_absolute_url())  # it says the booking is cancelled
    if order.paid_at:
        return redirect(order.get_absolute_url())
    if request.session.get(PENDING_ORDER_KEY) == order.token:
        request.session.pop(PENDING_ORDER_KEY)
    messages.success(
        request,
        _(
            "Votre commande a été annulée et vos objets remis en vente. "
            "Ils sont toujours dans votre panier."
        ),
    )
    return redirect("shop:cart")


@private_no_store
def order_status(request, token):
    order = get_object_or_404(Order.objects.prefetch_related("lines"), token=token)
    booking = _booking_of(order)
    if booking is not None:
        # The booking's page tells where the places stand, paid or not.
        return redirect(booking.get_absolute_url())
    return render(
        request,
        "shop/order_status.html",
        {"order": order, "lines": order.lines.all(), "shop": ShopSettings.for_request(request)},
    )


@require_POST
def local_confirm(request, token):
    """localstripe only: confirm server-side with the card typed in its fake card element.

    localstripe's Stripe.js cannot confirm a new PaymentIntent with a card; the shim
    (static/js/localstripe-shim.js) sends the card number here instead. Never mounted
    against real Stripe.
    """
    if not payments.stripe_is_local():
        raise Http404
    order = get_object_or_404(Order, token=token)
    if order.status != Order.Status.PENDING or order.paid_at:
        return _no_longer_payable(order)
    number = "".join(ch for ch in request.POST.get("number", "") if ch.isdigit())
    if not 12 <= len(number) <= 19:
        return JsonResponse({"error": {"message": _("Numéro de carte incomplet.")}}, status=400)
    try:
        intent = payments.order_confirm_with_test_card(order=order, card_number=number)
    except CardDeclined as error:
        return JsonResponse({"error": {"message": error.user_message}}, status=402)
    except PaymentError as error:
        if order.payment_intent_id:
            return _no_longer_payable(order)
        return JsonResponse({"error": {"message": error.user_message}}, status=402)
    return JsonResponse({"status": intent.status, "id": intent.id})


def _no_longer_payable(order: Order) -> JsonResponse:
    """localstripe only: what Stripe.js answers for an intent that cannot be confirmed any
    more (cancelled by the expiry, or already paid), with the intent's status."""
    status = payments.order_start_payment(order=order).status if order.payment_intent_id else ""
    error = {
        "type": "invalid_request_error",
        "code": "payment_intent_unexpected_state",
        "message": "",
        "payment_intent": {"status": status},
    }
    return JsonResponse({"error": error}, status=409)


def _bookings_of(order: Order) -> list[Booking]:
    lines = order.lines.filter(booking__isnull=False).select_related("booking")
    return [line.booking for line in lines]


def _booking_of(order: Order) -> Booking | None:
    """The booking an order pays when it pays nothing else (a booking's own payment link,
    or a cart of one workshop's places): its pages are the booking's."""
    lines = list(order.lines.select_related("booking")[:2])
    if len(lines) == 1 and lines[0].booking_id:
        return lines[0].booking
    return None


def _cancel_previous_attempt(request):
    token = request.session.pop(PENDING_ORDER_KEY, None)
    previous = (
        Order.objects.filter(token=token, status=Order.Status.PENDING).first() if token else None
    )
    if previous is None:
        return
    try:
        payments.order_abandon_payment(
            order=previous, cancel_reason=_("Remplacée par une nouvelle commande")
        )
    except PaymentError:
        pass  # leave it to expire: cancelling blind could drop a payment in flight
