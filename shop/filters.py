"""Filters of the back office's order listing (django-filter, rendered by Wagtail)."""

import django_filters

from django import forms
from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet

from shop.models import Order


def _translated_name(code: str) -> str:
    return get_language_info(code)["name_translated"]


# «japonais» in the reader's language, however late the choices are read.
translated_name = lazy(_translated_name, str)


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

    language = django_filters.ChoiceFilter(
        label=_("Langue"),
        choices=[(code, translated_name(code)) for code, _name in settings.LANGUAGES],
        empty_label=_("Toutes"),
        widget=forms.RadioSelect,
    )

    class Meta:
        model = Order
        fields = ["status", "created_at", "delivery", "language"]
