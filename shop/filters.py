"""Filters of the back office's order listing (django-filter, rendered by Wagtail)."""

import django_filters

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from shop.models import Order


class OrderFilterSet(WagtailFilterSet):
    status = django_filters.MultipleChoiceFilter(
        label=_("Statut"), choices=Order.Status.choices, widget=forms.CheckboxSelectMultiple
    )
    # Whole days in the site's time zone: "to" includes the orders of that day.
    created_at = django_filters.DateFromToRangeFilter(
        label=_("Date de commande"), widget=DateRangePickerWidget
    )
    delivery = django_filters.ChoiceFilter(
        label=_("Livraison"),
        choices=Order.Delivery.choices,
        empty_label=_("Toutes"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Order
        fields = ["status", "created_at", "delivery"]
