"""Delivering the outbox: each message through the real backend, at most once.

The guarantee is «never sent twice», so delivery is at-most-once per claim:

- a message is claimed (PENDING → SENDING) by one conditional UPDATE, committed before the
  mail server is called: of two workers, PostgreSQL lets the second's UPDATE find the row
  no longer PENDING, and SQLite runs them one after the other;
- the server's answer turns it to SENT, or back to PENDING with a later try (a refusal, a
  server down, a timeout) until MAX_ATTEMPTS, then FAILED;
- if the process dies between the server's acceptance and SENT (a window of one SMTP
  exchange), the message stays SENDING and is never retried by itself: it may or may not
  have left. `/health/` and the admin's outbox report it; a person checks the mail
  server's log and requeues it (docs/production.md). Retrying it automatically would
  risk the double send the shop's buyers must never get.

A message queued inside a transaction (a request's, a service's) is first tried at once,
within it: no worker sees the row before that transaction commits, and by then the row
says how the attempt went. If the transaction rolls back, the row goes with it.
"""

import email
import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.message import MIMEMixin
from django.db.models import F
from django.utils import timezone

from .models import OutgoingEmail

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 20
# Minutes before the next try after the n-th failure; then every 6 hours (about 4 days
# of trying in all before FAILED).
BACKOFF_MINUTES = [1, 2, 5, 10, 30, 60, 120, 240]
LAST_BACKOFF_MINUTES = 360


def next_try(attempts: int, now):
    index = attempts - 1
    minutes = BACKOFF_MINUTES[index] if index < len(BACKOFF_MINUTES) else LAST_BACKOFF_MINUTES
    return now + timedelta(minutes=minutes)


class _StoredMIME(MIMEMixin, email.message.Message):
    """A stored message parsed back, written out as Django's backends write their own."""


class StoredEmailMessage(EmailMessage):
    """An outbox row as the message Django's backends send: the stored MIME bytes as they
    were, to the stored envelope recipients."""

    def __init__(self, row: OutgoingEmail):
        super().__init__(subject=row.subject, from_email=row.sender, to=list(row.recipients))
        self._raw = bytes(row.message)

    def message(self, *args, **kwargs):
        return email.message_from_bytes(self._raw, _class=_StoredMIME)

    def recipients(self):
        return list(self.to)


def store(message: EmailMessage, *, status=OutgoingEmail.Status.PENDING) -> OutgoingEmail:
    now = timezone.now()
    claimed = status == OutgoingEmail.Status.SENDING
    return OutgoingEmail.objects.create(
        status=status,
        sender=message.from_email or settings.DEFAULT_FROM_EMAIL,
        recipients=message.recipients(),
        subject=str(message.subject or ""),
        message=message.message().as_bytes(linesep="\n"),
        attempts=1 if claimed else 0,
        claimed_at=now if claimed else None,
        next_attempt_at=None if claimed else now,
    )


def attempt(row: OutgoingEmail, message: EmailMessage) -> bool:
    """Send a claimed (SENDING) row's `message` through the real backend and record how it
    went; True once the mail server took it. Never raises for a delivery failure."""
    try:
        backend = get_connection(settings.EMAIL_DELIVERY_BACKEND, fail_silently=False)
        if backend.send_messages([message]) != 1:
            raise RuntimeError("the backend did not send the message")
    except Exception as error:
        now = timezone.now()
        failed = row.attempts >= MAX_ATTEMPTS
        logger.warning(
            "Email %s not sent (attempt %s): %s", row.pk, row.attempts, error.__class__.__name__
        )
        OutgoingEmail.objects.filter(pk=row.pk).update(
            status=OutgoingEmail.Status.FAILED if failed else OutgoingEmail.Status.PENDING,
            next_attempt_at=None if failed else next_try(row.attempts, now),
            last_error=f"{error.__class__.__name__}: {error}"[:2000],
        )
        return False
    OutgoingEmail.objects.filter(pk=row.pk).update(
        status=OutgoingEmail.Status.SENT, sent_at=timezone.now(), last_error=""
    )
    return True


def _claim(pk: int) -> bool:
    """PENDING → SENDING, committed; False when another process got there first."""
    return bool(
        OutgoingEmail.objects.filter(pk=pk, status=OutgoingEmail.Status.PENDING).update(
            status=OutgoingEmail.Status.SENDING,
            attempts=F("attempts") + 1,
            claimed_at=timezone.now(),
        )
    )


def due_ids(limit: int) -> list[int]:
    due = OutgoingEmail.objects.filter(
        status=OutgoingEmail.Status.PENDING, next_attempt_at__lte=timezone.now()
    ).order_by("next_attempt_at", "pk")
    return list(due.values_list("pk", flat=True)[:limit])


def send_due(limit: int = 100) -> tuple[int, int]:
    """Try every message whose time has come; (sent, failed) counts."""
    sent = failed = 0
    # One claim per message, each committed before its message goes to the server. Not a
    # batch locked with select_for_update(skip_locked): a worker dying in the middle would
    # leave the rest of its batch claimed though never tried, stuck for good.
    for pk in due_ids(limit):
        if not _claim(pk):
            continue
        row = OutgoingEmail.objects.get(pk=pk)
        if attempt(row, StoredEmailMessage(row)):
            sent += 1
        else:
            failed += 1
    return sent, failed


def late_count(minutes: int) -> int:
    """Messages not delivered `minutes` after they were queued, or stuck in SENDING."""
    before = timezone.now() - timedelta(minutes=minutes)
    return OutgoingEmail.objects.filter(
        status__in=[OutgoingEmail.Status.PENDING, OutgoingEmail.Status.SENDING],
        created_at__lt=before,
    ).count()
