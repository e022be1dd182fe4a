"""The pieces an order holds: taken when it is made, given back when it is cancelled.

Stock is reserved by a conditional UPDATE that only succeeds while enough stock remains:
concurrent checkouts for the last piece cannot both win, on any database. The database's
own "stock >= 0" check is the last guard.
"""

from django.db import IntegrityError, transaction
from django.db.models import F

from catalogue.models import CraftObjectPage
from shop.models import Order


def stock_reserve(*, quantities: dict[int, int]) -> list[str]:
    """Decrement each object's stock if enough remains; the titles of those that fell short."""
    short = []
    # A fixed order of row locks: two carts holding the same objects cannot deadlock.
    for pk, quantity in sorted(quantities.items()):
        try:
            with transaction.atomic():
                updated = CraftObjectPage.objects.filter(
                    pk=pk, on_sale=True, stock__gte=quantity
                ).update(stock=F("stock") - quantity)
        except IntegrityError:  # the database's own "stock >= 0" check, as a last guard
            updated = 0
        if updated:
            CraftObjectPage.objects.mirror_commerce_to_translations(pk, stock_change=-quantity)
        else:
            product = CraftObjectPage.objects.filter(pk=pk).only("title").first()
            short.append(product.title if product else str(pk))
    return short


def stock_reserve_again(*, order: Order) -> list[str]:
    """Take again the pieces of an order that had given them back (see `stock_reserve`)."""
    return stock_reserve(
        quantities={
            line.product_id: line.quantity for line in order.lines.filter(product__isnull=False)
        }
    )


def stock_release(*, order: Order) -> None:
    """Give the order's pieces back, once; the caller saves `stock_released` with the order,
    under the order's row lock."""
    if order.stock_released:
        return
    for line in order.lines.filter(product__isnull=False):
        CraftObjectPage.objects.filter(pk=line.product_id).update(stock=F("stock") + line.quantity)
        CraftObjectPage.objects.mirror_commerce_to_translations(
            line.product_id, stock_change=line.quantity
        )
    order.stock_released = True
