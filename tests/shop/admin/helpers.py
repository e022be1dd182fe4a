"""Orders made, paid and looked at as the back office tests need them."""

import csv
import io

from django.urls import reverse
from django.utils import timezone

from shop import gateway
from shop.cart import CartLine
from shop.models import Order
from shop.services import orders, payments

VISA = "4242424242424242"
LIST_URL = "/admin/orders/"


def new_order(shop_settings, lines, *, delivery="france", **customer):
    customer = {
        "email": "claire.dubois@example.fr",
        "first_name": "Claire",
        "last_name": "Dubois",
        "phone": "+33 6 12 34 56 78",
        "address_line1": "12 rue des Lilas",
        "postal_code": "69003",
        "city": "Lyon",
        "country": "FR",
        **customer,
    }
    return orders.order_create(
        lines=[CartLine(product, quantity) for product, quantity in lines],
        customer=orders.Customer(**customer),
        delivery=delivery,
        shop_settings=shop_settings,
    )


def mark_paid_in_db(order):
    """For actions that never reach Stripe (fulfilment): the state a payment leaves."""
    Order.objects.filter(pk=order.pk).update(status=Order.Status.PAID, paid_at=timezone.now())
    order.refresh_from_db()
    return order


def pay(order):
    """A real payment through localstripe, applied as the webhook would."""
    intent = payments.order_start_payment(order=order)
    gateway.confirm_payment_intent_for_tests(intent.id, payment_method=VISA)
    payments.order_mark_paid(
        payment_intent_id=intent.id, amount=intent.amount, currency=intent.currency
    )
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    return order


def inspect_url(order):
    return reverse("orders:inspect", args=[order.pk])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def listed(client, query=""):
    response = client.get(LIST_URL + query)
    assert response.status_code == 200
    return [order.number for order in response.context["object_list"]]


def exported_csv(client, query=""):
    separator = "&" if query else "?"
    response = client.get(LIST_URL + query + separator + "export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))
