"""What staff do with a paid order: ship it or hand it over, refund it through localstripe."""

from decimal import Decimal

import pytest

from django.urls import reverse

from core.money import format_price
from shop.models import Order, Refund
from tests.shop.admin.helpers import (
    inspect_url,
    mark_paid_in_db,
    messages_of,
    new_order,
    pay,
)

pytestmark = pytest.mark.django_db


# Fulfilment


def test_marking_a_paid_delivery_order_as_shipped(client, boutique_user, shop_settings, products):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 1)]))
    client.force_login(boutique_user)
    response = client.post(reverse("orders:fulfil", args=[order.pk]), follow=True)
    assert response.redirect_chain[-1][0] == inspect_url(order)
    assert messages_of(response) == [f"Commande {order.number} marquée comme expédiée."]
    order.refresh_from_db()
    assert order.status == Order.Status.SHIPPED
    assert order.fulfilled_at is not None


def test_marking_a_paid_pickup_order_as_collected(client, boutique_user, shop_settings, products):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 1)], delivery="pickup"))
    client.force_login(boutique_user)
    page = client.get(inspect_url(order)).content.decode()
    assert "Marquer comme retirée" in page
    response = client.post(reverse("orders:fulfil", args=[order.pk]), follow=True)
    assert messages_of(response) == [
        f"Commande {order.number} marquée comme retirée à la boutique."
    ]
    assert Order.objects.get(pk=order.pk).status == Order.Status.COLLECTED


def test_a_pending_order_cannot_be_marked_as_shipped(
    client, boutique_user, shop_settings, products
):
    order = new_order(shop_settings, [(products[0], 1)])
    client.force_login(boutique_user)
    assert "Marquer comme expédiée" not in client.get(inspect_url(order)).content.decode()
    response = client.post(reverse("orders:fulfil", args=[order.pk]), follow=True)
    assert messages_of(response) == ["Seule une commande payée peut être expédiée ou retirée."]
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING
    assert order.fulfilled_at is None


def test_actions_only_accept_post(client, boutique_user, shop_settings, products):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 1)]))
    client.force_login(boutique_user)
    assert client.get(reverse("orders:fulfil", args=[order.pk])).status_code == 405
    assert client.get(reverse("orders:refund", args=[order.pk])).status_code == 405
    assert Order.objects.get(pk=order.pk).status == Order.Status.PAID


# Refunds, through localstripe


@pytest.fixture
def paid_order(stripe_settings, shop_settings, products):
    return pay(new_order(shop_settings, [(products[0], 1), (products[1], 2)]))


FORM_ERROR = "Rien n’a été remboursé\u00a0: vérifiez le formulaire."


def refund(client, order, amount, reason="", confirm=True):
    data = {"refund-amount": amount, "refund-reason": reason}
    if confirm:
        data["refund-confirm"] = "on"
    return client.post(reverse("orders:refund", args=[order.pk]), data, follow=True)


def test_refunding_part_then_the_rest_of_an_order(client, boutique_user, paid_order):
    order = paid_order
    client.force_login(boutique_user)
    page = client.get(inspect_url(order))
    assert page.context["refund_form"]["amount"].value() == order.total

    response = refund(client, order, "10,50", reason="Éclat sur le couvercle")
    assert messages_of(response) == [f"10,50\u202f€ remboursés sur la commande {order.number}."]
    order.refresh_from_db()
    assert order.refunded_amount == Decimal("10.50")
    assert order.status == Order.Status.PAID

    rest = order.total - Decimal("10.50")
    response = refund(client, order, str(rest))
    order.refresh_from_db()
    assert order.refunded_amount == order.total
    assert order.status == Order.Status.REFUNDED
    refunds = list(order.refunds.order_by("created_at", "pk"))
    assert [r.amount for r in refunds] == [Decimal("10.50"), rest]
    assert [r.reason for r in refunds] == ["Éclat sur le couvercle", ""]
    assert all(r.created_by == boutique_user for r in refunds)
    assert all(r.stripe_refund_id.startswith("re_") for r in refunds)
    html = client.get(inspect_url(order)).content.decode()
    assert "Éclat sur le couvercle" in html
    assert 'name="refund-amount"' not in html  # nothing left to refund


def test_a_refund_above_what_remains_is_refused_and_changes_nothing(
    client, boutique_user, paid_order
):
    order = paid_order
    client.force_login(boutique_user)
    refund(client, order, "20")
    too_much = order.total - Decimal("20") + Decimal("0.01")
    response = refund(client, order, str(too_much))
    assert response.status_code == 200
    assert messages_of(response) == [FORM_ERROR]
    assert response.context["refund_form"].errors["amount"] == [
        f"Il reste au plus {format_price(order.total - 20)} à rembourser sur cette commande."
    ]
    assert response.context["refund_form"]["amount"].value() == str(too_much)  # as typed
    order.refresh_from_db()
    assert order.refunded_amount == Decimal("20.00")
    assert order.refunds.count() == 1


@pytest.mark.parametrize(
    ("amount", "confirm", "field", "error"),
    [
        ("", True, "amount", "Indiquez le montant à rembourser."),
        ("10", False, "confirm", "Cochez la case de confirmation pour rembourser."),
        ("0", True, "amount", None),
        ("abc", True, "amount", None),
        ("1,234", True, "amount", None),
    ],
)
def test_an_incomplete_refund_form_refunds_nothing(
    client, boutique_user, paid_order, amount, confirm, field, error
):
    client.force_login(boutique_user)
    response = refund(client, paid_order, amount, confirm=confirm)
    assert messages_of(response) == [FORM_ERROR]
    errors = response.context["refund_form"].errors
    assert list(errors) == [field]
    if error:
        assert errors[field] == [error]
    assert error is None or error in response.content.decode()
    assert Refund.objects.filter(order=paid_order).count() == 0


def test_an_unpaid_order_cannot_be_refunded(client, boutique_user, shop_settings, products):
    order = new_order(shop_settings, [(products[0], 1)])
    client.force_login(boutique_user)
    assert 'name="refund-amount"' not in client.get(inspect_url(order)).content.decode()
    response = refund(client, order, "1")
    assert messages_of(response) == ["Seule une commande payée peut être remboursée."]
    assert not Refund.objects.filter(order=order).exists()


def test_stripe_out_of_reach_refunds_nothing_and_says_so(
    client, boutique_user, paid_order, settings
):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens there
    client.force_login(boutique_user)
    response = refund(client, paid_order, "5")
    assert messages_of(response) == [
        "Stripe ne répond pas\u00a0: rien n’a été remboursé. Réessayez dans quelques minutes."
    ]
    paid_order.refresh_from_db()
    assert paid_order.refunded_amount == 0
    assert not paid_order.refunds.exists()
