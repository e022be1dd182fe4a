from django import template

from core.routing import ancestors_of

register = template.Library()


@register.filter
def ancestors(page):
    """`page|ancestors`: from the home page down to the parent, found once per request."""
    return ancestors_of(page)


@register.filter
def is_within(page, other):
    """True when `page` is `other` or one of its descendants (for the active menu item)."""
    page_path = getattr(page, "path", None)
    other_path = getattr(other, "path", None)
    return bool(page_path and other_path and page_path.startswith(other_path))
