"""The shop's back office in the Wagtail admin: orders, their two actions, the stock report.

Views stay thin: fulfilment and refunds go through `shop.services`, which hold the rules
and the row locks; these views only check permissions, call them and say what happened.
"""

import datetime
from decimal import Decimal

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.generic import View

from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.views.reports import ReportView
from wagtail.permissions import policy_registry

from catalogue.models import CraftObjectPage
from core.money import format_price
from shop.exceptions import PaymentError, PaymentGatewayUnavailable, ShopError
from shop.forms import COUNTRY_CHOICES
from shop.models import Order
from shop.permissions import FULFIL, LOW_STOCK_PERMISSION, REFUND
from shop.services import orders, refunds

DEFAULT_LOW_STOCK_THRESHOLD = 2


class DateTimeColumn(Column):
    """An absolute date and time: an order is looked up by when it was placed, not "3 days ago"."""

    def get_value(self, instance):
        value = super().get_value(instance)
        return date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT") if value else ""


def status_is_primary(order) -> bool:
    # Wagtail hatches a status tag that is not "primary", as it does drafts: orders that
    # were never paid.
    return order.status not in {Order.Status.PENDING, Order.Status.CANCELLED}


class MoneyColumn(Column):
    def get_value(self, instance):
        return format_price(super().get_value(instance))


# Spreadsheet export


def _csv_datetime(value):
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


def _xlsx_datetime(value):
    # Excel has no time zones: write the time as read on a clock in Paris.
    return timezone.make_naive(value) if timezone.is_aware(value) else value


def _csv_text(value):
    # A buyer's name or address that starts like a formula must stay text in a spreadsheet
    # (CSV injection); XLSX cells are typed as text by Wagtail already.
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


class OrderIndexView(generic.IndexView):
    custom_value_preprocess = {
        **generic.IndexView.custom_value_preprocess,
        datetime.datetime: {"csv": _csv_datetime, "xlsx": _xlsx_datetime},
        str: {"csv": _csv_text},
    }

    def get_filename(self):
        return f"{self.export_filename}-{timezone.localdate():%Y-%m-%d}"


# Order detail and actions


class RefundForm(forms.Form):
    amount = forms.DecimalField(
        label=gettext_lazy("Montant à rembourser (€)"),
        min_value=Decimal("0.01"),
        max_digits=10,
        decimal_places=2,
        localize=True,  # "12,50" as staff type it
        error_messages={"required": gettext_lazy("Indiquez le montant à rembourser.")},
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    reason = forms.CharField(label=gettext_lazy("Motif"), max_length=255, required=False)
    # A refund cannot be undone, and the amount is prefilled with all that remains.
    confirm = forms.BooleanField(
        label=gettext_lazy(
            "Je confirme ce remboursement : Stripe l’exécute aussitôt, il ne peut pas être annulé."
        ),
        error_messages={
            "required": gettext_lazy("Cochez la case de confirmation pour rembourser.")
        },
    )

    def __init__(self, *args, order, **kwargs):
        self.order = order
        kwargs.setdefault("initial", {"amount": order.refundable_amount})
        super().__init__(*args, prefix="refund", **kwargs)

    def clean_amount(self):
        # The service checks again under a row lock; this is for a clear message.
        amount = self.cleaned_data["amount"]
        if self.order.paid_at and amount > self.order.refundable_amount:
            raise forms.ValidationError(
                _("Il reste au plus %(max)s à rembourser sur cette commande.")
                % {"max": format_price(self.order.refundable_amount)}
            )
        return amount


class OrderInspectView(generic.InspectView):
    template_name = "shop/admin/order_inspect.html"
    page_title = gettext_lazy("Commande")

    def get_object(self, queryset=None):
        orders = Order.objects.prefetch_related("lines", "refunds__created_by")
        return get_object_or_404(orders, pk=self.pk)

    @cached_property
    def can_fulfil(self):
        return self.object.status == Order.Status.PAID and self.user_has_permission(FULFIL)

    @cached_property
    def can_refund(self):
        return self.object.refundable_amount > 0 and self.user_has_permission(REFUND)

    def get_context_data(self, refund_form=None, **kwargs):
        context = super().get_context_data(**kwargs)
        order = self.object
        if refund_form is None and self.can_refund:
            refund_form = RefundForm(order=order)
        context.update(
            order=order,
            status_primary=status_is_primary(order),
            country_name=dict(COUNTRY_CHOICES).get(order.country, order.country),
            remaining=order.total - order.refunded_amount,
            can_fulfil=self.can_fulfil,
            can_refund=self.can_refund,
            fulfil_url=reverse("orders:fulfil", args=[order.pk]),
            refund_url=reverse("orders:refund", args=[order.pk]),
            refund_form=refund_form,
        )
        return context


class OrderFulfilView(generic.PermissionCheckedMixin, View):
    model = Order
    permission_required = FULFIL
    http_method_names = ["post"]

    def post(self, request, pk):
        order = get_object_or_404(Order, pk=pk)
        try:
            orders.order_mark_fulfilled(order=order)
        except ShopError as error:
            messages.error(request, str(error))
        else:
            if order.status == Order.Status.COLLECTED:
                message = _("Commande %(number)s marquée comme retirée à la boutique.")
            else:
                message = _("Commande %(number)s marquée comme expédiée.")
            messages.success(request, message % {"number": order.number})
        return redirect("orders:inspect", order.pk)


class OrderRefundView(OrderInspectView):
    """The refund form's POST: back to the order once refunded, else the order page again,
    with the form as it was typed and what went wrong."""

    permission_required = REFUND
    http_method_names = ["post"]

    def post(self, request, *args, **kwargs):
        form = RefundForm(request.POST, order=self.object)
        if not form.is_valid():
            messages.error(request, _("Rien n’a été remboursé : vérifiez le formulaire."))
        elif self.refund(form.cleaned_data["amount"], form.cleaned_data["reason"]):
            return redirect("orders:inspect", self.object.pk)
        return self.render_to_response(self.get_context_data(refund_form=form))

    def refund(self, amount, reason) -> bool:
        order = self.object
        try:
            refunds.order_refund(order=order, amount=amount, user=self.request.user, reason=reason)
        except ShopError as error:
            message = str(error)
        except PaymentGatewayUnavailable:
            message = _(
                "Stripe ne répond pas : rien n’a été remboursé. Réessayez dans quelques minutes."
            )
        except PaymentError as error:
            message = _("Stripe a refusé le remboursement, rien n’a été remboursé (%(error)s).") % {
                "error": error
            }
        else:
            messages.success(
                self.request,
                _("%(amount)s remboursés sur la commande %(number)s.")
                % {"amount": format_price(amount), "number": order.number},
            )
            return True
        messages.error(self.request, message)
        return False


# Stock


def low_stock_threshold() -> int:
    return getattr(settings, "SHOP_LOW_STOCK_THRESHOLD", DEFAULT_LOW_STOCK_THRESHOLD)


class LowStockReportView(ReportView):
    """Objects on sale, live on the site, with few pieces left; stock is edited on the page."""

    page_title = gettext_lazy("Stock bas")
    header_icon = "warning"
    index_url_name = "shop_low_stock"
    index_results_url_name = "shop_low_stock_results"
    default_ordering = "stock"
    paginate_by = 100
    list_export = ["title", "sku", "collectivite", "stock", "price"]
    export_headings = {"title": gettext_lazy("Objet"), "collectivite": gettext_lazy("Collectivité")}

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(LOW_STOCK_PERMISSION):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @cached_property
    def columns(self):
        return [
            TitleColumn("title", label=_("Objet"), sort_key="title", get_url=self._edit_url),
            Column("sku", label=_("Référence")),
            Column("collectivite", label=_("Collectivité")),
            Column("stock", label=_("Stock"), sort_key="stock"),
            MoneyColumn("price", label=_("Prix TTC")),
        ]

    def get_base_queryset(self):
        # The shop sells the French page; its translations show the same stock. One row
        # per object, not one per language.
        return (
            CraftObjectPage.objects.live()
            .filter(
                locale__language_code=settings.LANGUAGE_CODE,
                on_sale=True,
                stock__lte=low_stock_threshold(),
            )
            .select_related("collectivite")
        )

    def order_queryset(self, queryset):
        return queryset.order_by(self.ordering, "title", "pk")

    def get_page_subtitle(self):
        threshold = low_stock_threshold()
        return ngettext(
            "%(count)s exemplaire ou moins", "%(count)s exemplaires ou moins", threshold
        ) % {"count": threshold}

    def get_filename(self):
        return f"stock-bas-{timezone.localdate():%Y-%m-%d}"

    @cached_property
    def editable_ids(self):
        # Stock is edited on the object's page: link only where this user may edit it.
        policy = policy_registry.get_by_type(CraftObjectPage)
        pages = policy.instances_user_has_permission_for(self.request.user, "change")
        return set(pages.filter(pk__in=self.get_base_queryset()).values_list("pk", flat=True))

    def _edit_url(self, page):
        if page.pk in self.editable_ids:
            return reverse("wagtailadmin_pages:edit", args=[page.pk])
        return None
