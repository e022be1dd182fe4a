"""What an order costs: its lines, the delivery fee, the VAT they contain.

Prices are VAT included; the arithmetic itself (rounding, VAT part) is core.money's.
"""

from dataclasses import dataclass
from decimal import Decimal

from core.money import vat_part


@dataclass(frozen=True)
class Totals:
    subtotal: Decimal
    delivery_fee: Decimal
    total: Decimal
    vat_rate: Decimal
    vat_amount: Decimal


def delivery_fee(mode: str, shop_settings) -> Decimal:
    from shop.models import Order

    fees = {
        Order.Delivery.PICKUP: Decimal("0.00"),
        Order.Delivery.FRANCE: shop_settings.delivery_france,
        Order.Delivery.EU: shop_settings.delivery_eu,
    }
    return fees[mode]


def compute_totals(line_totals, *, delivery: str | None, shop_settings) -> Totals:
    subtotal = sum(line_totals, Decimal("0.00"))
    fee = delivery_fee(delivery, shop_settings) if delivery else Decimal("0.00")
    total = subtotal + fee
    return Totals(
        subtotal=subtotal,
        delivery_fee=fee,
        total=total,
        vat_rate=shop_settings.vat_rate,
        vat_amount=vat_part(total, shop_settings.vat_rate),
    )
