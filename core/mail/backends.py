"""EMAIL_BACKEND: every message Django sends (the shop's, the workshops', Wagtail's
notifications, password resets) goes into the outbox, then out through
EMAIL_DELIVERY_BACKEND (SMTP in production, the console in development, locmem in tests).

The caller never sees a mail server's failure: the message is stored and the worker
(`manage.py send_queued_emails --loop`) tries it again later.
"""

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.mail.backends.base import BaseEmailBackend
from django.db import transaction

from . import outbox
from .models import OutgoingEmail


class OutboxEmailBackend(BaseEmailBackend):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if settings.EMAIL_DELIVERY_BACKEND == f"{__name__}.{type(self).__name__}":
            raise ImproperlyConfigured("EMAIL_DELIVERY_BACKEND must be the one that delivers.")

    def send_messages(self, email_messages):
        queued = 0
        for message in email_messages:
            if not message.recipients():
                continue  # as Django's own backends: nothing to send
            with transaction.atomic():
                # Stored as already claimed: this first attempt is ours; the row becomes
                # visible to the worker only once it says how that attempt went.
                row = outbox.store(message, status=OutgoingEmail.Status.SENDING)
            # The message itself, not its stored copy: the same object reaches the real
            # backend as without the outbox (the tests' locmem keeps it in mail.outbox).
            outbox.attempt(row, message)
            queued += 1
        return queued
