"""Who takes the payment of a paid booking: the shop, built on top of this app.

Workshops hold places and keep the waiting list; they know nothing of orders or carts.
The shop registers, in its AppConfig.ready(), the address where a booking is paid
(`register_checkout`) and how places go into the visitor's cart (`register_cart`), so
that a paid workshop is paid with the objects in one order; without them, paid bookings
have no payment page to offer.
"""

from collections.abc import Callable

_checkout_url: Callable[[str], str] | None = None
_add_to_cart: Callable[..., str] | None = None


def register_checkout(url_for_token: Callable[[str], str]) -> None:
    """`url_for_token(booking.token)` is the page where that booking is paid."""
    global _checkout_url
    _checkout_url = url_for_token


def checkout_url(token: str) -> str:
    if _checkout_url is None:
        raise LookupError(
            "No app takes the payment of workshop bookings (see workshops/payments.py)."
        )
    return _checkout_url(token)


def register_cart(add_places: Callable[..., str]) -> None:
    """`add_places(request, workshop=…, places=…, title=…)` puts the places in the visitor's
    cart and returns the cart's address; it raises `BookingError` (its message for the
    visitor) when the cart refuses them."""
    global _add_to_cart
    _add_to_cart = add_places


def takes_places_in_cart() -> bool:
    return _add_to_cart is not None


def add_places_to_cart(request, *, workshop, places: int, title: str) -> str:
    if _add_to_cart is None:
        raise LookupError("No app keeps a cart of workshop places (see workshops/payments.py).")
    return _add_to_cart(request, workshop=workshop, places=places, title=title)
