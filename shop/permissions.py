"""Who may do what with orders in the Wagtail admin.

An order changes only through the services (payment, fulfilment, refund), so nobody,
superusers included, gets Wagtail's add, edit or delete views for it: an amount is never
typed in by hand. Reading an order, with the buyer's name and address, needs
`shop.view_order`; each action needs its own permission, because refunding moves money
and shipping does not. Migration 0002 creates the custom permissions and grants them all
to the «boutique» group.
"""

from django.contrib.auth import get_user_model

from wagtail.permission_policies import ModelPermissionPolicy

# Actions, as the policy names them; the permission is "shop.<action>_order".
VIEW = "view"
FULFIL = "fulfil"
REFUND = "refund"
NEVER = frozenset({"add", "change", "delete"})

# Not about one order: a permission of its own, kept on the order's content type so that
# Wagtail's group editor lists it with the others.
LOW_STOCK_PERMISSION = "shop.view_low_stock"


class OrderPermissionPolicy(ModelPermissionPolicy):
    def user_has_permission(self, user, action):
        return action not in NEVER and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        allowed = set(actions) - NEVER
        if not allowed:  # not even superusers
            return get_user_model().objects.none()
        return super().users_with_any_permission(allowed)
