import pytest

# The demo's free and paid workshops: places at a paid one go into the cart.
from tests.workshops.conftest import free_workshop, paid_workshop  # noqa: F401


@pytest.fixture
def piece(db):
    """An object of the test's own, three in stock: the one `started_order` holds."""
    from .helpers import product

    return product(stock=3)


@pytest.fixture
def started_order(stripe_settings, piece):
    """An order of one `piece` whose PaymentIntent exists at (local) Stripe, unpaid."""
    from shop.services import payments

    from .helpers import create_order

    order = create_order((piece, 1))
    payments.order_start_payment(order=order)
    return order
