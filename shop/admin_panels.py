"""The shop's panel on the admin dashboard: objects running out of stock.

Curators see their collectivité's objects (to edit them), the shop's staff every object
(with the full report). One query for the rows, however many it lists.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef

from wagtail.admin.ui.components import Component

from catalogue.admin_panels import LIMIT, editable_objects, may_edit_objects
from catalogue.models import CraftObjectPage
from shop.permissions import LOW_STOCK_PERMISSION


class LowStockPanel(Component):
    """On-sale French objects whose stock is at or below the shop's alert threshold.

    French only: the shop sells and counts the French page (translations carry copies).
    """

    name = "objects_low_stock"
    template_name = "shop/admin/panels/low_stock.html"
    order = 230

    @classmethod
    def is_shown_to(cls, user) -> bool:
        return user.has_perm(LOW_STOCK_PERMISSION) or may_edit_objects(user)

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        threshold = settings.SHOP_LOW_STOCK_THRESHOLD
        editable = editable_objects(user)
        objects = CraftObjectPage.objects.live().filter(
            locale__language_code=settings.LANGUAGE_CODE, on_sale=True, stock__lte=threshold
        )
        sees_all = user.has_perm(LOW_STOCK_PERMISSION)
        if not sees_all:
            objects = objects.filter(pk__in=editable.values("pk"))
        rows = list(
            objects.annotate(editable=Exists(editable.filter(pk=OuterRef("pk"))))
            .select_related("collectivite")
            .order_by("stock", "title")[: LIMIT + 1]
        )
        return {
            "objects": rows[:LIMIT],
            "more": len(rows) > LIMIT,
            "threshold": threshold,
            "show_report_link": sees_all,
        }
