import pytest


@pytest.fixture
def started_order(stripe_settings):
    """An order of one piece whose PaymentIntent exists at (local) Stripe, unpaid."""
    from shop.services import payments

    from .helpers import create_order, product

    order = create_order((product("TOY-001", stock=3), 1))
    payments.order_start_payment(order=order)
    return order
