from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from shop import admin_views
from shop.admin_panels import LowStockPanel
from shop.filters import OrderFilterSet
from shop.models import Order
from shop.permissions import LOW_STOCK_PERMISSION, OrderPermissionPolicy

# Before anything asks the registry for the Order policy, or Wagtail would create its own.
register_permission_policy(Order, OrderPermissionPolicy(Order))

NOWRAP = "w-whitespace-nowrap"  # a utility class of Wagtail's admin CSS

DELIVERY_SHORT = {
    Order.Delivery.PICKUP: _("Retrait"),
    Order.Delivery.FRANCE: _("France"),
    Order.Delivery.EU: _("UE"),
}


class OrderViewSet(ModelViewSet):
    """Orders are listed, searched, exported and inspected; never created or edited here."""

    model = Order
    name = "orders"
    icon = "list-ul"
    menu_label = _("Commandes")
    menu_order = 150
    add_to_admin_menu = True
    # Orders are not content: nothing to find in the reference index, nothing to copy.
    add_to_reference_index = False
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = admin_views.OrderIndexView
    inspect_view_class = admin_views.OrderInspectView

    list_display = [
        TitleColumn(
            "number",
            label=_("Numéro"),
            sort_key="number",
            url_name="orders:inspect",
            classname=NOWRAP,
        ),
        admin_views.DateTimeColumn(
            "created_at", label=_("Créée le"), sort_key="created_at", classname=NOWRAP
        ),
        Column("customer_name", label=_("Client"), sort_key="last_name"),
        "email",
        StatusTagColumn(
            "get_status_display",
            label=_("Statut"),
            sort_key="status",
            primary=admin_views.status_is_primary,
        ),
        Column("delivery", label=_("Livraison"), accessor=lambda o: DELIVERY_SHORT[o.delivery]),
        Column("language", label=_("Langue"), accessor="language_name", sort_key="language"),
        admin_views.MoneyColumn("total", label=_("Total TTC"), sort_key="total", classname=NOWRAP),
        admin_views.DateTimeColumn(
            "paid_at", label=_("Payée le"), sort_key="paid_at", classname=NOWRAP
        ),
    ]
    filterset_class = OrderFilterSet
    search_fields = ["number", "email", "last_name"]
    search_backend_name = None  # orders are not in the search index: plain database lookups
    ordering = "-created_at"
    list_per_page = 50

    list_export = [
        "number",
        "created_at",
        "paid_at",
        "fulfilled_at",
        "get_status_display",
        "first_name",
        "last_name",
        "email",
        "phone",
        "get_delivery_display",
        "language_name",
        "address_line1",
        "address_line2",
        "postal_code",
        "city",
        "country",
        "subtotal",
        "delivery_fee",
        "total",
        "vat_rate",
        "vat_amount",
        "refunded_amount",
    ]
    export_headings = {
        "get_status_display": _("Statut"),
        "get_delivery_display": _("Livraison"),
        "language_name": _("Langue"),
    }
    export_filename = "commandes"

    def get_urlpatterns(self):
        # Built here rather than filtered from super(), which would construct the add and
        # edit views (and their forms) only to drop them: there is no such URL for orders.
        return [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
            path("inspect/<int:pk>/", self.inspect_view, name="inspect"),
            path("fulfil/<int:pk>/", self.fulfil_view, name="fulfil"),
            path("refund/<int:pk>/", self.refund_view, name="refund"),
        ]

    @property
    def fulfil_view(self):
        return self.construct_view(admin_views.OrderFulfilView)

    @property
    def refund_view(self):
        # The order page itself, answering the refund form's POST.
        return self.construct_view(admin_views.OrderRefundView, **self.get_inspect_view_kwargs())


@hooks.register("register_admin_viewset")
def register_order_viewset():
    return OrderViewSet()


@hooks.register("register_admin_urls")
def register_low_stock_report_urls():
    view = admin_views.LowStockReportView
    return [
        path("reports/stock-bas/", view.as_view(), name="shop_low_stock"),
        path(
            "reports/stock-bas/results/",
            view.as_view(results_only=True),
            name="shop_low_stock_results",
        ),
    ]


class LowStockMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(LOW_STOCK_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_low_stock_menu_item():
    return LowStockMenuItem(
        _("Stock bas"),
        reverse("shop_low_stock"),
        name="low-stock",
        icon_name="warning",
        order=650,
    )


class RecentOrdersPanel(Component):
    """The last orders on the dashboard, for whoever may read orders (buyers' names in them)."""

    name = "recent_orders"
    template_name = "shop/admin/panels/recent_orders.html"
    order = 240
    count = 5

    def get_context_data(self, parent_context):
        return {"orders": list(Order.objects.order_by("-created_at")[: self.count])}


@hooks.register("construct_homepage_panels")
def add_shop_dashboard_panels(request, panels):
    if LowStockPanel.is_shown_to(request.user):
        panels.append(LowStockPanel())
    if request.user.has_perm("shop.view_order"):
        panels.append(RecentOrdersPanel())
