"""What the shop adds to the pages of the apps below it: where an object is put in the
cart (core/page_context.py), where a workshop booking is paid (workshops/payments.py)."""

from django.urls import reverse

from shop.models import ShopSettings


def object_purchase(page, request) -> dict:
    """Where the object page's «Ajouter au panier» form posts, and the most it may ask:
    the stock, within the pieces one order may hold (ShopSettings)."""
    cap = ShopSettings.for_request(request).max_quantity_per_object
    return {
        "cart_add_url": reverse("shop:cart_add", args=[page.pk]),
        "quantity_max": min(page.stock, cap),
    }


def booking_checkout_url(token: str) -> str:
    return reverse("shop:booking_checkout", kwargs={"token": token})
