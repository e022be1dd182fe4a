"""Issue 15, point 7: an email that can't be sent (mail server down) is kept, retried by
`send_queued_emails`, and delivered exactly once, through a real SMTP server (aiosmtpd)."""

import threading
from datetime import timedelta
from email import message_from_bytes

import pytest
from aiosmtpd.controller import Controller

from django.core import mail
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.models import F
from django.test import override_settings

from core.mail import outbox
from core.mail.models import OutgoingEmail
from shop.emails import send_order_paid
from shop.models import Order
from tests.conftest import free_port
from tests.factories import OrderFactory, OrderLineFactory

OUTBOX = "core.mail.backends.OutboxEmailBackend"
SMTP = "django.core.mail.backends.smtp.EmailBackend"


class Inbox:
    """aiosmtpd's handler: keeps every message the server accepted."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.rcpt_tos, message_from_bytes(envelope.content)))
        return "250 Message accepted for delivery"


class MailServer:
    """A real SMTP server on a loopback port of its own, stopped until `start()`."""

    def __init__(self):
        self.port = free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp():
    server = MailServer()
    with override_settings(
        EMAIL_BACKEND=OUTBOX,
        EMAIL_DELIVERY_BACKEND=SMTP,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=server.port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
        EMAIL_TIMEOUT=5,
    ):
        yield server
    server.stop()


def a_while_later(minutes=1):
    """The queued messages' next try comes due (instead of waiting for the clock)."""
    OutgoingEmail.objects.update(next_attempt_at=F("next_attempt_at") - timedelta(minutes=minutes))


def text_of(message):
    """The decoded text of every part (bodies travel base64- or quoted-printable-encoded)."""
    return "".join(
        part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
        for part in message.walk()
        if part.get_content_maintype() == "text"
    )


def paid_order():
    order = OrderFactory(status=Order.Status.PAID, language="fr")
    OrderLineFactory(order=order)
    return order


@pytest.mark.django_db
def test_an_order_s_emails_wait_while_the_mail_server_is_down_then_leave_once(smtp):
    order = paid_order()

    send_order_paid(order.pk)  # the mail server is down: no exception reaches the buyer

    order.refresh_from_db()
    assert order.confirmation_sent_at is not None
    queued = OutgoingEmail.objects.order_by("pk")
    assert [row.status for row in queued] == ["pending", "pending"]
    assert all(row.attempts == 1 and "Connection" in row.last_error for row in queued)
    assert smtp.inbox.messages == []

    smtp.start()
    call_command("send_queued_emails")
    assert smtp.inbox.messages == []  # not due yet: the next try is a minute later

    a_while_later()
    call_command("send_queued_emails")
    assert [row.status for row in queued.all()] == ["sent", "sent"]
    recipients = sorted(to for tos, _message in smtp.inbox.messages for to in tos)
    assert len(smtp.inbox.messages) == 2 and order.email in recipients
    buyer = next(m for tos, m in smtp.inbox.messages if tos == [order.email])
    assert order.number in buyer["Subject"]
    assert order.status_url() in text_of(buyer)

    a_while_later(60)
    call_command("send_queued_emails")
    assert len(smtp.inbox.messages) == 2


@pytest.mark.django_db
def test_a_message_is_sent_at_once_when_the_server_is_up(smtp):
    smtp.start()
    mail.send_mail("Objet", "Corps", "boutique@example.org", ["a@example.org"])
    assert len(smtp.inbox.messages) == 1
    row = OutgoingEmail.objects.get()
    assert row.status == "sent" and row.sent_at and row.attempts == 1
    call_command("send_queued_emails")
    assert len(smtp.inbox.messages) == 1


@pytest.mark.django_db
def test_bcc_recipients_are_kept_for_the_retry(smtp):
    mail.EmailMessage("Objet", "Corps", to=["a@example.org"], bcc=["b@example.org"]).send()
    smtp.start()
    a_while_later()
    call_command("send_queued_emails")
    ((recipients, message),) = smtp.inbox.messages
    assert recipients == ["a@example.org", "b@example.org"]
    assert "b@example.org" not in message.as_string()


@pytest.mark.django_db
def test_a_message_left_sending_by_a_crash_is_never_sent_again(smtp):
    mail.send_mail("Objet", "Corps", "boutique@example.org", ["a@example.org"])
    # The process died after the server took the message, before it was marked sent.
    OutgoingEmail.objects.update(status="sending")
    smtp.start()
    a_while_later(600)
    call_command("send_queued_emails")
    assert smtp.inbox.messages == []
    assert outbox.late_count(minutes=0) == 1


@pytest.mark.django_db
def test_a_message_of_a_transaction_rolled_back_is_neither_kept_nor_retried(smtp):
    class Abort(Exception):
        pass

    with pytest.raises(Abort), transaction.atomic():
        mail.send_mail("Objet", "Corps", "boutique@example.org", ["a@example.org"])
        raise Abort
    assert not OutgoingEmail.objects.exists()


@pytest.mark.django_db
def test_after_the_last_attempt_a_message_is_failed_and_left_alone(smtp):
    mail.send_mail("Objet", "Corps", "boutique@example.org", ["a@example.org"])
    OutgoingEmail.objects.update(attempts=outbox.MAX_ATTEMPTS - 1)
    a_while_later()
    call_command("send_queued_emails")
    row = OutgoingEmail.objects.get()
    assert row.status == "failed" and row.attempts == outbox.MAX_ATTEMPTS
    assert row.next_attempt_at is None


@pytest.mark.django_db
def test_the_wait_grows_with_each_failed_attempt():
    now = outbox.timezone.now()
    waits = [outbox.next_try(n, now) - now for n in range(1, 12)]
    assert waits == sorted(waits) and waits[0] == timedelta(minutes=1)
    assert waits[-1] == timedelta(hours=6)


@pytest.mark.transactional
@pytest.mark.django_db(transaction=True)
def test_two_workers_at_once_send_each_message_once(smtp):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: SQLite serialises writers, so it cannot show a race")
    for number in range(30):
        mail.send_mail(f"Objet {number}", "Corps", "boutique@example.org", ["a@example.org"])
    assert OutgoingEmail.objects.filter(status="pending").count() == 30
    smtp.start()
    a_while_later()
    barrier = threading.Barrier(2)

    def worker():
        try:
            barrier.wait()
            outbox.send_due(limit=100)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    subjects = sorted(message["Subject"] for _tos, message in smtp.inbox.messages)
    assert subjects == sorted(f"Objet {number}" for number in range(30))
    assert OutgoingEmail.objects.filter(status="sent").count() == 30
