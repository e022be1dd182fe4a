"""Laptop settings: debug on, console email, an obviously fake secret."""

import os

os.environ.setdefault("DJANGO_SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
os.environ.setdefault("DJANGO_DEBUG", "true")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")

from .base import *  # noqa: E402,F403
from .base import STORAGES  # noqa: E402

ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
# Runserver serves static files itself; no manifest needed.
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
