"""Test settings: fast hashing, local-memory cache and email, temporary media."""

import os
import tempfile

os.environ.setdefault("DJANGO_SECRET_KEY", "test-only-key")

# Tests start their own localstripe and point these at it (tests/shop/conftest.py).
os.environ.setdefault("STRIPE_SECRET_KEY", "sk_test_local")
os.environ.setdefault("STRIPE_PUBLISHABLE_KEY", "pk_test_local")
os.environ.setdefault("STRIPE_WEBHOOK_SECRET", "whsec_test_local")
os.environ.setdefault("STRIPE_API_BASE", "http://127.0.0.1:9")

from .base import *  # noqa: E402,F403
from .base import INSTALLED_APPS, STORAGES  # noqa: E402

DEBUG = False
# The demo (`seed_demo`) is for development and tests, never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Django's test runner sets EMAIL_BACKEND to locmem; tests of the outbox (tests/core/mail/)
# turn it back on, and it delivers to locmem too.
EMAIL_BACKEND = EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = tempfile.mkdtemp(prefix="tem-test-media-")
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# The test client's host, so that links in emails and pages resolve through it.
PUBLIC_BASE_URL = WAGTAILADMIN_BASE_URL = WAGTAILAPI_BASE_URL = "http://testserver"
# Rate limits off: tests and fuzzing hit the same views from one address many times a
# second; tests/test_rate_limits.py turns them on.
RATE_LIMITS_ENABLED = False
