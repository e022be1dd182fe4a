"""Presentation helpers of the shop's templates: look-ups, form widgets, countries."""

from django import template

from shop.forms import COUNTRY_CHOICES

register = template.Library()

COUNTRY_NAMES = dict(COUNTRY_CHOICES)


@register.simple_tag
def field_widget(bound_field, **attrs):
    """A form field's widget with extra HTML attributes (autocomplete, inputmode…).

    Empty values are left out. Django still adds aria-invalid and aria-describedby (help
    text, errors) itself, as long as `attrs` does not set aria-describedby.
    """
    attrs = {name.replace("_", "-"): value for name, value in attrs.items() if value}
    return bound_field.as_widget(attrs=attrs)


@register.filter
def country_name(code):
    """The name of a country of the checkout form from its ISO code: «BE» → «Belgique»."""
    return COUNTRY_NAMES.get(code, code)
