"""`{% load money %}`: prices as each language writes them, in every template and email."""

from django import template
from django.utils.translation import gettext as _

from core.money import format_price

register = template.Library()


@register.filter
def price(value):
    """«1 250,00 €» in French, «€1,250.00» in English and Japanese; "" for no price."""
    return format_price(value)


@register.filter
def price_or_free(value):
    """«Gratuit» for zero, else the price: what a workshop place costs."""
    return format_price(value, free_label=_("Gratuit"))
