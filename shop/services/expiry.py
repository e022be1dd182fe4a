"""Orders whose reservation lapsed unpaid: cancelled, their pieces and places given back.

`manage.py release_expired_orders` runs this; the payment page does too, for its order.
"""

import logging

from django.utils.translation import gettext as _

from shop.exceptions import PaymentError
from shop.models import Order
from shop.services.orders import EXPIRE_BOOKINGS
from shop.services.payments import order_abandon_payment

logger = logging.getLogger(__name__)


def orders_release_expired(*, now=None) -> int:
    """Cancel pending orders whose reservation lapsed; a payment that did go through wins."""
    released = 0
    for order in Order.objects.expired(now):
        try:
            order = order_abandon_payment(
                order=order, cancel_reason=_("Réservation expirée"), bookings=EXPIRE_BOOKINGS
            )
        except PaymentError:
            # Stripe is unreachable, or refuses to cancel an intent still processing:
            # try again on the next run rather than guess.
            logger.warning("Expired order %s left pending for now", order.number)
            continue
        if order.status == Order.Status.CANCELLED:
            released += 1
    return released
