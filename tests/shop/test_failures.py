"""Payments survive failures: webhooks out of order, refunds that fail, the database
going away in the middle of a checkout. Money taken always ends up with a paid order or
back with the buyer."""

import io
from contextlib import contextmanager
from datetime import timedelta
from unittest import mock

import pytest

from django.core import mail
from django.core.management import call_command
from django.db import OperationalError, connection
from django.utils import timezone

from shop import gateway
from shop.models import Order, Refund, StripeEvent
from shop.services import orders

from .helpers import (
    DECLINED,
    PICKUP_CHECKOUT,
    VISA,
    changed,
    create_order,
    event_payload,
    intent_payload,
    post_webhook,
    product,
    stock_of,
)

pytestmark = pytest.mark.django_db

NOTHING_TAKEN = "Rien n’a été débité\u00a0: veuillez réessayer dans quelques minutes."
BEING_CHECKED = "S’il a été accepté, votre commande sera confirmée par courriel"


def deliver(client, capture, event_type, intent, event_id):
    with capture(execute=True):
        return post_webhook(client, event_payload(event_type, intent, event_id=event_id))


def reconcile(capture, *args):
    out = io.StringIO()
    with capture(execute=True):
        call_command("reconcile_payments", "--older-than", "0", *args, stdout=out)
    return out.getvalue()


# Webhooks out of order


def test_payment_failed_after_succeeded_leaves_the_order_paid(
    client, started_order, piece, django_capture_on_commit_callbacks
):
    gateway.confirm_payment_intent_for_tests(started_order.payment_intent_id, payment_method=VISA)
    succeeded = intent_payload(started_order)
    capture = django_capture_on_commit_callbacks
    deliver(client, capture, "payment_intent.succeeded", succeeded, "evt_1")
    deliver(client, capture, "payment_intent.succeeded", succeeded, "evt_2")
    response = deliver(
        client, capture, "payment_intent.payment_failed", {**succeeded, "status": "x"}, "evt_3"
    )
    assert response.status_code == 200
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PAID
    assert stock_of(piece) == 2
    assert len(mail.outbox) == 2


def test_payment_failed_arriving_after_a_second_card_succeeded_keeps_the_piece_sold(
    client, started_order, piece, django_capture_on_commit_callbacks
):
    # The first card's failure notice is delivered late, after the buyer paid with
    # another card, and before that payment's own notice.
    gateway.confirm_payment_intent_for_tests(started_order.payment_intent_id, payment_method=VISA)
    stale = intent_payload(
        started_order,
        status="requires_payment_method",
        last_payment_error={"message": "Your card was declined."},
    )
    capture = django_capture_on_commit_callbacks
    response = deliver(client, capture, "payment_intent.payment_failed", stale, "evt_1")
    assert response.status_code == 200
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PAID and stock_of(piece) == 2
    deliver(client, capture, "payment_intent.succeeded", intent_payload(started_order), "evt_2")
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PAID and stock_of(piece) == 2
    assert len(mail.outbox) == 2


def test_payment_failed_for_a_declined_card_keeps_the_reservation_for_another_card(
    client, started_order, piece, django_capture_on_commit_callbacks
):
    with pytest.raises(gateway.CardDeclined):
        gateway.confirm_payment_intent_for_tests(
            started_order.payment_intent_id, payment_method=DECLINED
        )
    deliver(
        client,
        django_capture_on_commit_callbacks,
        "payment_intent.payment_failed",
        intent_payload(started_order),
        "evt_1",
    )
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PENDING and stock_of(piece) == 2


@pytest.mark.parametrize(
    "event_type", ["payment_intent.succeeded", "payment_intent.payment_failed"]
)
def test_events_for_an_unknown_intent_are_acknowledged_and_change_nothing(
    client, started_order, piece, django_capture_on_commit_callbacks, event_type
):
    intent = {"id": "pi_unknown", "object": "payment_intent", "amount": 100, "currency": "eur"}
    response = deliver(client, django_capture_on_commit_callbacks, event_type, intent, "evt_1")
    # 200, or Stripe would retry for three days an event that nothing here can use.
    assert response.status_code == 200
    assert StripeEvent.objects.filter(event_id="evt_1").exists()
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PENDING and stock_of(piece) == 2
    assert not mail.outbox


def cancelled_by_expiry_then_paid(order):
    """The expiry cancels the order while Stripe accepts its payment: the webhook comes last."""
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    orders.order_cancel(order=order, reason="Réservation expirée", bookings=orders.EXPIRE_BOOKINGS)
    return intent_payload(order)


def test_succeeded_for_an_order_cancelled_by_expiry_restores_it_if_the_piece_is_there(
    client, started_order, piece, django_capture_on_commit_callbacks
):
    intent = cancelled_by_expiry_then_paid(started_order)
    assert stock_of(piece) == 3
    response = deliver(
        client, django_capture_on_commit_callbacks, "payment_intent.succeeded", intent, "evt_1"
    )
    assert response.status_code == 200
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PAID
    assert stock_of(piece) == 2
    assert len(mail.outbox) == 2


def test_succeeded_for_an_order_cancelled_by_expiry_is_refunded_if_the_piece_was_sold(
    client, started_order, piece, django_capture_on_commit_callbacks
):
    intent = cancelled_by_expiry_then_paid(started_order)
    create_order((changed(piece, stock=1), 1))  # the last piece went to someone else
    response = deliver(
        client, django_capture_on_commit_callbacks, "payment_intent.succeeded", intent, "evt_1"
    )
    assert response.status_code == 200
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.CANCELLED
    assert started_order.refunded_amount == started_order.total
    assert "remboursée" in started_order.cancel_reason
    assert stock_of(piece) == 0
    assert not mail.outbox  # no confirmation for an order we cannot honour


def test_refund_that_fails_when_the_webhook_arrives_is_retried_by_reconciliation(
    client, started_order, piece, django_capture_on_commit_callbacks
):
    intent = cancelled_by_expiry_then_paid(started_order)
    create_order((changed(piece, stock=1), 1))
    outage = gateway.PaymentGatewayUnavailable("Stripe is down")
    with mock.patch.object(gateway, "refund", side_effect=outage):
        response = deliver(
            client, django_capture_on_commit_callbacks, "payment_intent.succeeded", intent, "evt_1"
        )
    # The event is handled (Stripe need not retry it); the refund is owed, not forgotten.
    assert response.status_code == 200
    started_order.refresh_from_db()
    assert started_order.paid_at and started_order.refunded_amount == 0
    Order.objects.filter(pk=started_order.pk).update(paid_at=timezone.now() - timedelta(minutes=10))
    out = reconcile(django_capture_on_commit_callbacks)
    started_order.refresh_from_db()
    assert started_order.refunded_amount == started_order.total
    assert started_order.status == Order.Status.CANCELLED
    assert "remboursées\u00a0: 1\u00a0;" in out
    reconcile(django_capture_on_commit_callbacks)
    assert Refund.objects.filter(order=started_order).count() == 1


# The database going away


@contextmanager
def database_goes_away(*, at_sql=None, after=None, lasting=True):
    """Every query fails as when the database server is gone, from the first one whose SQL
    contains `at_sql`, or from the moment the gateway function `after` returns.

    Transaction control still goes through, so the test's own transaction survives. With
    `lasting` False, only that one query fails: a dropped connection, then recovery.
    """
    state = {"gone": at_sql is None and after is None, "results": [], "failed": False}
    control = ("SAVEPOINT", "RELEASE", "ROLLBACK")

    def failure():
        state["failed"] = True
        return OperationalError("server closed the connection unexpectedly")

    def fail(execute, sql, params, many, context):
        if state["failed"]:
            # A failure outside the code's atomic blocks marks the test's own transaction
            # for rollback; the query never reached the database, so that transaction
            # is in fact intact (in production there is no such outer transaction).
            connection.needs_rollback = state["failed"] = False
        if at_sql and at_sql in sql and not state["gone"]:
            state["gone"] = lasting
            if not lasting:
                raise failure()
        if state["gone"] and not sql.lstrip().upper().startswith(control):
            raise failure()
        return execute(sql, params, many, context)

    patches = []
    if after:
        real = getattr(gateway, after)

        def then_gone(*args, **kwargs):
            result = real(*args, **kwargs)
            state["results"].append(result)
            state["gone"] = True
            return result

        patches.append(mock.patch.object(gateway, after, then_gone))
    with connection.execute_wrapper(fail):
        for patch in patches:
            patch.start()
        try:
            yield state
        finally:
            for patch in patches:
                patch.stop()
            if state["failed"]:
                connection.needs_rollback = False


def start_checkout(client, stock=3):
    """A new object, `stock` of it, one of which is in the client's cart."""
    tray = product(stock=stock)
    client.post(f"/fr/boutique/panier/ajouter/{tray.pk}/", {"quantity": 1})
    return tray


def assert_unavailable_page(response, message):
    assert response.status_code == 503
    assert response["Retry-After"]
    html = response.content.decode()
    assert "Service momentanément indisponible" in html and message in html
    assert "Traceback" not in html


def test_database_gone_while_the_order_is_written_takes_nothing(client, stripe_settings):
    tray = start_checkout(client)
    with (
        mock.patch.object(gateway, "create_payment_intent") as create_intent,
        database_goes_away(at_sql='INSERT INTO "shop_order"'),
    ):
        response = client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)
    assert_unavailable_page(response, NOTHING_TAKEN)
    create_intent.assert_not_called()
    assert not Order.objects.exists()
    assert stock_of(tray) == 3  # the reservation was rolled back with the order


def test_database_gone_once_the_intent_exists_cancels_it_and_reconciliation_frees_the_stock(
    client, stripe_settings, django_capture_on_commit_callbacks
):
    tray = start_checkout(client)
    with database_goes_away(after="create_payment_intent") as outage:
        response = client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)
    assert_unavailable_page(response, NOTHING_TAKEN)
    (intent,) = outage["results"]
    # Nobody saw its client secret, and it can no longer be paid anyway.
    assert gateway.retrieve_payment_intent(intent.id).status == "canceled"
    order = Order.objects.get()
    assert order.status == Order.Status.PENDING and order.payment_intent_id is None
    assert stock_of(tray) == 2  # held until the reservation lapses
    # The database is back; the buyer's reservation lapses: reconciliation settles it.
    Order.objects.filter(pk=order.pk).update(reserved_until=timezone.now() - timedelta(minutes=1))
    reconcile(django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and stock_of(tray) == 3
    assert not mail.outbox


def test_connection_dropped_once_the_intent_exists_gives_everything_back_at_once(
    client, stripe_settings
):
    tray = start_checkout(client)
    with database_goes_away(at_sql='SET "payment_intent_id"', lasting=False):
        response = client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)
    assert_unavailable_page(response, NOTHING_TAKEN)
    order = Order.objects.get()
    assert order.status == Order.Status.CANCELLED and stock_of(tray) == 3


def test_database_gone_when_the_buyer_comes_back_from_paying(
    client, stripe_settings, django_capture_on_commit_callbacks
):
    tray = start_checkout(client)
    client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)
    order = Order.objects.get()
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    with database_goes_away(after="retrieve_payment_intent"):
        response = client.get(f"/fr/boutique/commande/{order.token}/retour/")
    assert_unavailable_page(response, BEING_CHECKED)
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING and order.paid_at is None
    # Money was taken for an order that exists: the next run settles it, once.
    reconcile(django_capture_on_commit_callbacks)
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and stock_of(tray) == 2
    assert len(mail.outbox) == 2
    response = deliver(
        client,
        django_capture_on_commit_callbacks,
        "payment_intent.succeeded",
        intent_payload(order),
        "evt_late",
    )
    assert response.status_code == 200 and len(mail.outbox) == 2


def test_payment_page_without_database_is_a_clear_503(client, started_order):
    with database_goes_away():
        response = client.get(f"/fr/boutique/commande/{started_order.token}/paiement/")
    assert_unavailable_page(response, NOTHING_TAKEN)


def test_webhook_during_an_outage_fails_so_that_stripe_delivers_it_again(
    client, started_order, django_capture_on_commit_callbacks
):
    gateway.confirm_payment_intent_for_tests(started_order.payment_intent_id, payment_method=VISA)
    payload = event_payload("payment_intent.succeeded", intent_payload(started_order))
    client.raise_request_exception = False
    with database_goes_away():
        response = post_webhook(client, payload)
    assert response.status_code >= 500  # Stripe retries any answer but a 2xx
    assert not StripeEvent.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = post_webhook(client, payload)
    assert response.status_code == 200
    started_order.refresh_from_db()
    assert started_order.status == Order.Status.PAID and len(mail.outbox) == 2
