"""What the shop adds to the pages of the apps below it: where an object is put in the
cart (core/page_context.py), where a workshop booking is paid (workshops/payments.py)."""

from django.urls import reverse

from wagtail.models import Site

from core.caching import cached_for_content
from shop.models import ShopSettings


def object_purchase(page, request) -> dict:
    """Where the object page's «Ajouter au panier» form posts, and the most it may ask:
    the stock, within the pieces one order may hold (ShopSettings)."""
    return {
        "cart_add_url": reverse("shop:cart_add", args=[page.pk]),
        "quantity_max": min(page.stock, quantity_cap(request)),
    }


def quantity_cap(request) -> int:
    """The pieces of one object an order may hold, on the request's site: the same on
    every object page, so read once for them all and kept until the settings are saved
    (shop/apps.py renews the site's cache then), not once per object page."""
    site = Site.find_for_request(request)
    return cached_for_content(
        f"shop-quantity-cap:{getattr(site, 'pk', '')}",
        lambda: ShopSettings.for_request(request).max_quantity_per_object,
        tags=(),
    )


def booking_checkout_url(token: str) -> str:
    return reverse("shop:booking_checkout", kwargs={"token": token})
