"""Who takes the payment of a paid booking: the shop, built on top of this app.

Workshops hold places and keep the waiting list; they know nothing of orders. The shop
registers the address where a booking is paid (`register_checkout` in its
AppConfig.ready()); without one, paid bookings have no payment page to offer.
"""

from collections.abc import Callable

_checkout_url: Callable[[str], str] | None = None


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
