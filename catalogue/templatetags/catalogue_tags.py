"""The catalogue's template tags: object cards, the current edition's catalogue.

Prices are `{% load money %}` (core/templatetags/money.py).
"""

from django import template

from catalogue import cards
from core.caching import cached_for_content

register = template.Library()


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
        catalogue = cached_for_content(
            f"current-catalogue:{root.pk}", lambda: _catalogue_of(root), tags=()
        )
    if request is not None:
        request._current_catalogue = catalogue
    return catalogue


def _catalogue_of(root):
    get_featured_edition = getattr(root.specific, "get_featured_edition", None)
    edition = get_featured_edition() if get_featured_edition else None
    return edition.catalogue_page() if edition else None
