import pytest


@pytest.fixture
def stripe_settings(settings, localstripe):
    """Point the gateway at the session's localstripe."""
    settings.STRIPE_SECRET_KEY = "sk_test_local"
    settings.STRIPE_PUBLISHABLE_KEY = "pk_test_local"
    settings.STRIPE_WEBHOOK_SECRET = "whsec_test_local"
    settings.STRIPE_API_BASE = localstripe.base_url
    settings.STRIPE_LOCAL = True
    return settings


@pytest.fixture
def started_order(stripe_settings):
    """An order of one piece whose PaymentIntent exists at (local) Stripe, unpaid."""
    from shop import services

    from .helpers import create_order, product

    order = create_order((product("TOY-001", stock=3), 1))
    services.order_start_payment(order=order)
    return order
