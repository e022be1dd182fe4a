from datetime import timedelta
from decimal import Decimal

import pytest

from django.core import mail
from django.utils import timezone

from wagtail.models import Locale

from catalogue.models import CraftObjectPage
from core.money import to_minor_units
from shop import exceptions, gateway
from shop.models import Order, Refund
from shop.services import expiry, orders, payments, refunds

from .helpers import DECLINED, VISA, changed, create_order, fresh, product, stock_of

pytestmark = pytest.mark.django_db


def paid_order(capture, *items):
    order = create_order(*items)
    intent = payments.order_start_payment(order=order)
    intent = gateway.confirm_payment_intent_for_tests(intent.id, payment_method=VISA)
    with capture(execute=True):  # what runs after the commit: the emails
        payments.order_mark_paid(payment_intent_id=intent.id, amount=intent.amount, currency="eur")
    order.refresh_from_db()
    return order


def test_order_reserves_stock_and_snapshots_prices():
    bowl = product(stock=3, price="64.00")
    order = create_order((bowl, 2), delivery="france")
    bowl.refresh_from_db()
    assert bowl.stock == 1
    line = order.lines.get()
    assert (line.title, line.sku, line.unit_price, line.quantity) == (
        bowl.title,
        bowl.sku,
        Decimal("64.00"),
        2,
    )
    assert order.subtotal == Decimal("128.00")
    assert order.delivery_fee == Decimal("9.90")
    assert order.total == Decimal("137.90")
    # 20 % VAT included: 137.90 × 20 / 120
    assert order.vat_amount == Decimal("22.98")
    assert order.status == Order.Status.PENDING and order.reserved_until > timezone.now()


def test_price_comes_from_the_database_not_from_the_cart():
    stale = product(stock=3, price="64.00")
    changed(stale, price="70.00")  # the price changed after the cart was filled
    order = create_order((stale, 1))
    assert order.total == Decimal("70.00")


def test_a_short_line_rolls_back_every_reservation():
    tray = product(stock=5)
    bowl = product(stock=1)
    with pytest.raises(exceptions.OutOfStock) as error:
        create_order((tray, 2), (bowl, 2))
    assert bowl.title in str(error.value)
    tray.refresh_from_db()
    bowl.refresh_from_db()
    assert (tray.stock, bowl.stock) == (5, 1)
    assert not Order.objects.exists()


def test_empty_cart_is_refused():
    with pytest.raises(exceptions.ShopError):
        create_order()


def test_payment_intent_amount_is_the_order_total(stripe_settings):
    order = create_order((product(stock=2, price="89.50"), 1), delivery="eu")
    intent = payments.order_start_payment(order=order)
    assert intent.amount == 8950 + 1990
    assert gateway.retrieve_payment_intent(intent.id).metadata["order_number"] == order.number


def test_payment_marks_order_paid_once_and_sends_two_emails(
    stripe_settings, django_capture_on_commit_callbacks
):
    order = paid_order(django_capture_on_commit_callbacks, (product(stock=4), 1))
    assert order.status == Order.Status.PAID and order.paid_at
    assert len(mail.outbox) == 2
    confirmation, notification = mail.outbox
    assert order.number in confirmation.subject and confirmation.to == ["claire@example.org"]
    assert order.status_url() in confirmation.body
    assert order.number in notification.subject
    payments.order_mark_paid(
        payment_intent_id=order.payment_intent_id,
        amount=to_minor_units(order.total, "eur"),
        currency="eur",
    )
    assert len(mail.outbox) == 2


def test_a_tampered_amount_does_not_pay_the_order(stripe_settings):
    order = create_order((product(stock=4), 1))
    intent = payments.order_start_payment(order=order)
    payments.order_mark_paid(payment_intent_id=intent.id, amount=100, currency="eur")
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING and order.paid_at is None
    payments.order_mark_paid(payment_intent_id=intent.id, amount=intent.amount, currency="usd")
    order.refresh_from_db()
    assert order.paid_at is None


def test_declined_payment_cancels_the_order_and_releases_stock(stripe_settings):
    knife = product(stock=1)
    order = create_order((knife, 1))
    intent = payments.order_start_payment(order=order)
    with pytest.raises(gateway.CardDeclined):
        gateway.confirm_payment_intent_for_tests(intent.id, payment_method=DECLINED)
    payments.order_settle(order=order, cancel_reason="Carte refusée")
    order.refresh_from_db()
    knife.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and order.stock_released
    assert knife.stock == 1
    # A second failure notice does not give the piece back twice.
    payments.order_settle(order=order, cancel_reason="Carte refusée")
    knife.refresh_from_db()
    assert knife.stock == 1


def test_expired_reservations_are_released(stripe_settings):
    tray = product(stock=2)
    order = create_order((tray, 2))
    payments.order_start_payment(order=order)
    later = timezone.now() + timedelta(hours=2)
    assert expiry.orders_release_expired(now=later) == 1
    order.refresh_from_db()
    tray.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and order.cancel_reason == "Réservation expirée"
    assert tray.stock == 2
    assert expiry.orders_release_expired(now=later) == 0


def test_expiry_does_not_cancel_an_order_whose_payment_went_through(stripe_settings):
    tray = product(stock=2)
    order = create_order((tray, 1))
    intent = payments.order_start_payment(order=order)
    gateway.confirm_payment_intent_for_tests(intent.id, payment_method=VISA)
    expiry.orders_release_expired(now=timezone.now() + timedelta(hours=2))
    order.refresh_from_db()
    tray.refresh_from_db()
    assert order.status == Order.Status.PAID and tray.stock == 1


def test_payment_after_expiry_takes_the_stock_again_when_it_is_there(stripe_settings):
    tray = product(stock=2)
    order = create_order((tray, 1))
    intent = payments.order_start_payment(order=order)
    orders.order_cancel(order=order, reason="Réservation expirée")
    tray.refresh_from_db()
    assert tray.stock == 2
    payments.order_mark_paid(payment_intent_id=intent.id, amount=intent.amount, currency="eur")
    order.refresh_from_db()
    tray.refresh_from_db()
    assert order.status == Order.Status.PAID and tray.stock == 1


def test_payment_after_expiry_of_a_piece_sold_meanwhile_is_refunded(
    stripe_settings, django_capture_on_commit_callbacks
):
    knife = product(stock=1)
    order = create_order((knife, 1))
    intent = payments.order_start_payment(order=order)
    gateway.confirm_payment_intent_for_tests(intent.id, payment_method=VISA)
    orders.order_cancel(order=order, reason="Réservation expirée")
    create_order((fresh(knife), 1))  # someone else takes the piece
    with django_capture_on_commit_callbacks(execute=True):
        payments.order_mark_paid(payment_intent_id=intent.id, amount=intent.amount, currency="eur")
    order.refresh_from_db()
    knife.refresh_from_db()
    assert knife.stock == 0
    assert order.status == Order.Status.CANCELLED
    assert order.refunded_amount == order.total
    assert Refund.objects.filter(order=order, amount=order.total).exists()


def test_partial_then_full_refund(stripe_settings, django_capture_on_commit_callbacks):
    order = paid_order(django_capture_on_commit_callbacks, (product(stock=3, price="50.00"), 2))
    refunds.order_refund(order=order, amount=Decimal("30.00"), reason="Geste commercial")
    assert order.refunded_amount == Decimal("30.00") and order.status == Order.Status.PAID
    with pytest.raises(exceptions.ShopError):
        refunds.order_refund(order=order, amount=Decimal("1000.00"))
    refunds.order_refund(order=order, amount=order.refundable_amount)
    assert order.status == Order.Status.REFUNDED
    assert order.refunds.count() == 2


def test_unpaid_orders_cannot_be_refunded_or_fulfilled():
    order = create_order((product(stock=3), 1))
    with pytest.raises(exceptions.ShopError):
        refunds.order_refund(order=order, amount=Decimal("1.00"))
    with pytest.raises(exceptions.ShopError):
        orders.order_mark_fulfilled(order=order)


def test_fulfilment_depends_on_the_delivery_mode(
    stripe_settings, django_capture_on_commit_callbacks
):
    order = paid_order(django_capture_on_commit_callbacks, (product(stock=3), 1))
    orders.order_mark_fulfilled(order=order)
    assert order.status == Order.Status.COLLECTED


def test_gateway_outage_at_checkout_releases_the_stock(settings):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"
    tray = product(stock=2)
    order = create_order((tray, 1))
    with pytest.raises(gateway.PaymentGatewayUnavailable):
        payments.order_start_payment(order=order)
    order.refresh_from_db()
    tray.refresh_from_db()
    assert order.status == Order.Status.CANCELLED and tray.stock == 2


def test_release_command_reports_what_it_did(stripe_settings):
    import io

    from django.core.management import call_command

    tray = product(stock=2)
    order = create_order((tray, 1))
    Order.objects.filter(pk=order.pk).update(reserved_until=timezone.now() - timedelta(minutes=1))
    out = io.StringIO()
    call_command("release_expired_orders", stdout=out)
    assert "1 commande expirée annulée" in out.getvalue()
    assert stock_of(tray) == 2


def translate(page, *languages):
    """Translations of the object, made as the editor's "Traduire" makes them (its
    exhibitor and edition are translated with it)."""
    for language in languages:
        locale = Locale.objects.get(language_code=language)
        page.copy_for_translation(locale, copy_parents=True).save_revision().publish()


def test_translations_show_the_stock_left_after_a_sale():
    tray = product(stock=3)
    translate(tray, "en", "ja")
    create_order((tray, 2))
    translated = CraftObjectPage.objects.filter(translation_key=tray.translation_key).exclude(
        pk=tray.pk
    )
    assert translated.count() == 2
    assert set(translated.values_list("stock", flat=True)) == {1}
