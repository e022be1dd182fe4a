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
