"""`manage.py reconcile_payments`: Stripe is asked about every waiting order and wins."""

import io
import socket
from datetime import timedelta

import pytest

from django.core import mail
from django.core.management import CommandError, call_command
from django.utils import timezone

from shop import gateway
from shop.models import Order, Refund
from shop.services import orders, payments

from .helpers import (
    DECLINED,
    PICKUP_CHECKOUT,
    VISA,
    create_order,
    event_payload,
    fresh,
    intent_payload,
    post_webhook,
    product,
    stock_of,
)

pytestmark = pytest.mark.django_db

THREE_D_SECURE = "4000002760003184"


def reconcile(*args):
    """Run the command as cron does: its standard output and error."""
    out, err = io.StringIO(), io.StringIO()
    call_command("reconcile_payments", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


@pytest.fixture
def run(django_capture_on_commit_callbacks):
    """reconcile_payments, with what its services run after their commits (emails, refunds)."""

    def run(*args):
        with django_capture_on_commit_callbacks(execute=True):
            return reconcile(*args)

    return run


def started(*items):
    order = create_order(*items)
    payments.order_start_payment(order=order)
    return order


def age(order, *, minutes=30, lapsed=False):
    """The order as it stands `minutes` later: created that long ago, reservation maybe over."""
    changes = {"created_at": timezone.now() - timedelta(minutes=minutes)}
    if lapsed:
        changes["reserved_until"] = timezone.now() - timedelta(minutes=1)
    Order.objects.filter(pk=order.pk).update(**changes)
    order.refresh_from_db()
    return order


def test_paid_order_whose_webhook_never_arrived_is_paid_exactly_once(
    client, stripe_settings, run, django_capture_on_commit_callbacks
):
    tray = product(stock=3)
    client.post(f"/fr/boutique/panier/ajouter/{tray.pk}/", {"quantity": 1})
    response = client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)
    order = Order.objects.get()
    assert response.status_code == 302 and response["Location"].endswith("/paiement/")
    # The buyer pays, then closes the tab; the webhook is lost.
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    age(order)

    out, _ = run()
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.paid_at
    assert stock_of(tray) == 2
    assert len(mail.outbox) == 2
    assert f"{order.number}\u00a0: payée" in out
    assert "payées\u00a0: 1\u00a0;" in out

    paid_at = order.paid_at
    out, _ = run()
    order.refresh_from_db()
    assert order.paid_at == paid_at and stock_of(tray) == 2
    assert len(mail.outbox) == 2
    assert "payées\u00a0: 0\u00a0;" in out

    # Stripe's webhook finally arrives: acknowledged, and nothing happens twice.
    with django_capture_on_commit_callbacks(execute=True):
        response = post_webhook(
            client, event_payload("payment_intent.succeeded", intent_payload(order))
        )
    assert response.status_code == 200
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.paid_at == paid_at
    assert stock_of(tray) == 2
    assert len(mail.outbox) == 2


def test_webhook_first_then_reconciliation_changes_nothing(
    client, stripe_settings, run, django_capture_on_commit_callbacks
):
    tray = product(stock=3)
    order = started((tray, 1))
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    with django_capture_on_commit_callbacks(execute=True):
        post_webhook(client, event_payload("payment_intent.succeeded", intent_payload(order)))
    age(order)
    out, _ = run()
    assert "payées\u00a0: 0\u00a0;" in out
    assert len(mail.outbox) == 2 and stock_of(tray) == 2


def test_recent_orders_are_left_to_the_buyer_and_the_webhook(stripe_settings, run):
    order = started((product(stock=3), 1))
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    run()
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING
    run("--older-than", "0")
    order.refresh_from_db()
    assert order.status == Order.Status.PAID


def test_declined_order_waits_for_another_card_then_is_cancelled_when_its_reservation_lapses(
    stripe_settings, run
):
    knife = product(stock=1)
    order = age(started((knife, 1)))
    with pytest.raises(gateway.CardDeclined):
        gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=DECLINED)

    out, _ = run("-v", "2")
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING
    assert "laissée en attente (pas encore payée, réservation en cours)" in out

    age(order, lapsed=True)
    run()
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED
    assert order.cancel_reason == "Réservation expirée"
    assert stock_of(knife) == 1
    # Cancelled at Stripe too: the buyer can no longer pay for a piece back on sale.
    assert gateway.retrieve_payment_intent(order.payment_intent_id).status == "canceled"


def test_intent_cancelled_at_stripe_cancels_the_order(stripe_settings, run):
    tray = product(stock=3)
    order = age(started((tray, 2)))
    gateway.cancel_payment_intent(order.payment_intent_id)
    out, _ = run()
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and order.cancel_reason == "Paiement annulé"
    assert stock_of(tray) == 3
    assert "annulées\u00a0: 1\u00a0;" in out


def test_payment_waiting_for_3d_secure_is_left_alone(stripe_settings, run):
    tray = product(stock=3)
    order = age(started((tray, 1)))
    intent = gateway.confirm_payment_intent_for_tests(
        order.payment_intent_id, payment_method=THREE_D_SECURE
    )
    assert intent.status == "requires_action"
    out, _ = run()
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING and stock_of(tray) == 2
    assert order.number not in out  # verbosity 1 tells only what changed
    assert "laissées en attente\u00a0: 1\u00a0;" in out


def test_order_whose_payment_never_started_is_cancelled_once_its_reservation_lapses(
    stripe_settings, run
):
    tray = product(stock=3)
    order = age(create_order((tray, 1)))
    run()
    assert Order.objects.get(pk=order.pk).status == Order.Status.PENDING
    age(order, lapsed=True)
    run()
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and stock_of(tray) == 3


def paid_then_cancelled(piece):
    """Paid at Stripe while the expiry cancelled the order, and the webhook was lost."""
    order = age(started((piece, 1)))
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    orders.order_cancel(order=order, reason="Réservation expirée", bookings=orders.EXPIRE_BOOKINGS)
    return order


def test_payment_for_an_order_cancelled_meanwhile_restores_it_when_the_piece_is_there(
    stripe_settings, run
):
    tray = product(stock=3)
    order = paid_then_cancelled(tray)
    assert stock_of(tray) == 3
    out, _ = run()
    order.refresh_from_db()
    assert order.status == Order.Status.PAID and order.cancel_reason == ""
    assert stock_of(tray) == 2
    assert len(mail.outbox) == 2


def test_payment_for_an_order_cancelled_meanwhile_is_refunded_once_if_the_piece_was_sold(
    stripe_settings, run
):
    knife = product(stock=1)
    order = paid_then_cancelled(knife)
    create_order((fresh(knife), 1))  # someone else takes the piece
    out, _ = run()
    order.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and order.refunded_amount == order.total
    assert stock_of(knife) == 0
    assert not mail.outbox
    assert "remboursées : 1 ;" in out
    run("--older-than", "0")
    assert Refund.objects.filter(order=order).count() == 1


def test_intent_left_open_for_a_cancelled_order_is_cancelled_at_stripe(stripe_settings, run):
    order = age(started((product(stock=3), 1)))
    orders.order_cancel(order=order, reason="Remplacée par une nouvelle commande")
    run()
    assert gateway.retrieve_payment_intent(order.payment_intent_id).status == "canceled"
    assert Order.objects.get(pk=order.pk).status == Order.Status.CANCELLED


def test_unsent_confirmation_is_sent_again_once(stripe_settings, run):
    order = age(started((product(stock=3), 1)))
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    run()
    assert len(mail.outbox) == 2
    # The mail server had failed: emails.send_order_paid cleared the mark.
    Order.objects.filter(pk=order.pk).update(confirmation_sent_at=None)
    mail.outbox.clear()
    out, _ = run("--older-than", "0")
    assert len(mail.outbox) == 2
    assert "confirmations renvoyées\u00a0: 1\u00a0;" in out
    run("--older-than", "0")
    assert len(mail.outbox) == 2


def test_amount_that_does_not_match_is_reported_and_left_pending(stripe_settings, run):
    order = age(started((product(stock=3), 1)))
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    Order.objects.filter(pk=order.pk).update(total=order.total + 1)
    with pytest.raises(CommandError, match="1 commande est à vérifier"):
        run()
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING and order.paid_at is None
    assert not mail.outbox


def snapshot(*pieces):
    return (
        list(
            Order.objects.order_by("pk").values_list(
                "status", "paid_at", "stock_released", "refunded_amount", "confirmation_sent_at"
            )
        ),
        [stock_of(piece) for piece in pieces],
        Refund.objects.count(),
    )


def test_dry_run_tells_what_it_would_do_and_writes_nothing(stripe_settings, run):
    tray, knife = product(stock=3), product(stock=2)
    paid = age(started((tray, 1)))
    gateway.confirm_payment_intent_for_tests(paid.payment_intent_id, payment_method=VISA)
    lapsed = age(started((knife, 1)), lapsed=True)
    cancelled = age(started((fresh(tray), 1)))
    gateway.cancel_payment_intent(cancelled.payment_intent_id)
    before = snapshot(tray, knife)

    out, _ = run("--dry-run", "-v", "2")
    assert snapshot(tray, knife) == before
    assert not mail.outbox
    assert gateway.retrieve_payment_intent(lapsed.payment_intent_id).status != "canceled"
    assert f"[simulation] {paid.number}\u00a0: payée" in out
    assert f"[simulation] {lapsed.number}\u00a0: annulée" in out
    assert "Simulation terminée, rien n’a été modifié" in out
    assert "payées\u00a0: 1\u00a0; annulées\u00a0: 2\u00a0;" in out


def test_stripe_unreachable_is_a_command_error_and_changes_nothing(stripe_settings, run):
    tray, knife = product(stock=3), product(stock=2)
    order = age(started((tray, 1)), lapsed=True)
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    age(create_order((knife, 1)), lapsed=True)  # needs no Stripe
    before = snapshot(tray, knife)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    stripe_settings.STRIPE_API_BASE = f"http://127.0.0.1:{closed}"
    with pytest.raises(CommandError, match="Stripe est injoignable"):
        run()
    assert snapshot(tray, knife) == before
    assert not mail.outbox


def test_quiet_run_prints_nothing_and_bad_options_are_refused(stripe_settings, run):
    gateway.confirm_payment_intent_for_tests(
        age(started((product(stock=3), 1))).payment_intent_id, payment_method=VISA
    )
    assert run("-v", "0") == ("", "")
    assert Order.objects.get().status == Order.Status.PAID
    with pytest.raises(CommandError):
        run("--older-than", "-5")
