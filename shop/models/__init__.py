from .orders import Order, OrderLine, OrderQuerySet, Refund
from .settings import ShopSettings
from .webhooks import StripeEvent

__all__ = ["Order", "OrderLine", "OrderQuerySet", "Refund", "ShopSettings", "StripeEvent"]
