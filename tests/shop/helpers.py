import hashlib
import hmac
import json
import time
from decimal import Decimal

from wagtail.models import Site

from catalogue.models import CraftObjectPage
from shop import gateway
from shop.cart import CartLine
from shop.models import ShopSettings
from shop.services import orders
from tests.factories import CraftObjectPageFactory

VISA = "4242424242424242"
DECLINED = "4000000000000341"
WEBHOOK_SECRET = "whsec_test_local"

BUYER = orders.Customer(
    email="claire@example.org",
    first_name="Claire",
    last_name="Dupont",
    phone="01 23 45 67 89",
    address_line1="12 rue des Potiers",
    postal_code="75011",
    city="Paris",
    country="FR",
)


# A buyer who collects the order at the MCJP: the smallest valid checkout form.
PICKUP_CHECKOUT = {
    "email": "claire@example.org",
    "first_name": "Claire",
    "last_name": "Dupont",
    "delivery": "pickup",
    "country": "FR",
    "accept_terms": "on",
}


def shop_settings() -> ShopSettings:
    return ShopSettings.for_site(Site.objects.get(is_default_site=True))


def product(*, stock=None, price=None) -> CraftObjectPage:
    """A new object to sell (tests/factories.py), with its own SKU, below a new exhibitor."""
    fields = {}
    if stock is not None:
        fields["stock"] = stock
    if price is not None:
        fields["price"] = Decimal(price)
    return CraftObjectPageFactory(**fields)


def fresh(page) -> CraftObjectPage:
    """The same object read anew from the database: what another visitor's cart holds."""
    return CraftObjectPage.objects.get(pk=page.pk)


def stock_of(page) -> int:
    """The object's stock as the database has it now."""
    return fresh(page).stock


def changed(page, *, stock=None, price=None) -> CraftObjectPage:
    """The object after an editor changed its stock or price (written straight to its row,
    as the shop's own updates are), read anew; `page` itself is left as it was."""
    changes = {}
    if stock is not None:
        changes["stock"] = stock
    if price is not None:
        changes["price"] = Decimal(price)
    CraftObjectPage.objects.filter(pk=page.pk).update(**changes)
    return fresh(page)


def create_order(*items, delivery="pickup"):
    """items: (product, quantity) pairs."""
    return orders.order_create(
        lines=[CartLine(p, q) for p, q in items],
        customer=BUYER,
        delivery=delivery,
        shop_settings=shop_settings(),
    )


def sign(payload: bytes, secret=WEBHOOK_SECRET, timestamp=None) -> str:
    """A Stripe-Signature header, computed as Stripe does."""
    timestamp = int(time.time()) if timestamp is None else timestamp
    signed = f"{timestamp}.".encode() + payload
    signature = hmac.new(secret.encode(), signed, hashlib.sha256).hexdigest()
    return f"t={timestamp},v1={signature}"


def intent_payload(order, **changes):
    """The order's PaymentIntent as Stripe puts it in a webhook event, as it is now."""
    intent = gateway.retrieve_payment_intent(order.payment_intent_id)
    return {
        "id": intent.id,
        "object": "payment_intent",
        "amount": intent.amount,
        "amount_received": intent.amount,
        "currency": intent.currency,
        "status": intent.status,
        **changes,
    }


def event_payload(event_type, intent, *, event_id="evt_test_1"):
    return json.dumps(
        {
            "id": event_id,
            "object": "event",
            "type": event_type,
            "api_version": "2017-08-15",
            "created": int(time.time()),
            "data": {"object": intent},
        }
    ).encode()


def post_webhook(client, payload, signature=None):
    return client.post(
        "/stripe/webhook/",
        data=payload,
        content_type="application/json",
        HTTP_STRIPE_SIGNATURE=signature if signature is not None else sign(payload),
    )
