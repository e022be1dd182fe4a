"""Laptop settings: debug on, console email, an obviously fake secret."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-use-in-production")

# Without real keys, payments go to the localstripe that `make run` starts.
if not os.environ.get("STRIPE_SECRET_KEY"):
    os.environ.setdefault("STRIPE_SECRET_KEY", "sk_test_local")
    os.environ.setdefault("STRIPE_PUBLISHABLE_KEY", "pk_test_local")
    os.environ.setdefault("STRIPE_WEBHOOK_SECRET", "whsec_local_dev")
    os.environ.setdefault("STRIPE_API_BASE", "http://127.0.0.1:8420")
os.environ.setdefault("DJANGO_DEBUG", "true")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

from .base import *  # noqa: E402,F403
from .base import INSTALLED_APPS, STORAGES  # noqa: E402

# The demo (`seed_demo`) is for development and tests, never installed in production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
# Runserver serves static files itself; no manifest needed.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
