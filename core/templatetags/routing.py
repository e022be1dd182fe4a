from django import template

from core.routing import ancestors_of

register = template.Library()


@register.filter
def ancestors(page):
    """`page|ancestors`: from the home page down to the parent, found once per request."""
    return ancestors_of(page)
