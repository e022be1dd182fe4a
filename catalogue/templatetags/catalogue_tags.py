"""The catalogue's template tags: prices, object cards, the current edition's catalogue."""

from decimal import Decimal, InvalidOperation

from django import template
from django.utils.formats import number_format
from django.utils.translation import get_language

from catalogue import cards
from core.caching import cached_for_content

register = template.Library()

# U+202F NARROW NO-BREAK SPACE, the French typographic space before a currency sign.
NARROW_NBSP = "\u202f"


@register.filter
def price(value):
    """A price in euros as each language writes it: «1 250,00 €», «€1,250.00», «€1,250.00»."""
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(value)
    except (InvalidOperation, TypeError, ValueError):
        return ""
    number = number_format(amount, decimal_pos=2, force_grouping=True)
    if get_language() in ("en", "ja"):
        return f"€{number}"
    return f"{number}{NARROW_NBSP}€"


@register.simple_tag(takes_context=True)
def object_cards(context, objects, heading="h3"):
    """`{% object_cards objects as cards %}`: the objects' cards, from the cache when it can."""
    return cards.object_cards(objects or [], request=context.get("request"), heading=heading)


@register.simple_tag(takes_context=True)
def current_catalogue(context):
    """The catalogue of the edition featured on the home page, for the main menu.

    Kept in the cache until the content changes, and on the request.
    """
    request = context.get("request")
    if request is not None and hasattr(request, "_current_catalogue"):
        return request._current_catalogue
    catalogue = None
    root = context.get("site_root")
    if root is not None:
        catalogue = cached_for_content(f"current-catalogue:{root.pk}", lambda: _catalogue_of(root))
    if request is not None:
        request._current_catalogue = catalogue
    return catalogue


def _catalogue_of(root):
    get_featured_edition = getattr(root.specific, "get_featured_edition", None)
    edition = get_featured_edition() if get_featured_edition else None
    return edition.catalogue_page() if edition else None
