from django import template

from core.structured_data import breadcrumb, to_script

register = template.Library()


@register.simple_tag(takes_context=True)
def structured_data(context, page):
    """`{% structured_data page %}`: the page's JSON-LD, in one script element.

    Pages describe themselves in `structured_data(request, context)` (a list of
    entities), reusing what their context already loaded; any other page gets its
    breadcrumb. Views without a page emit nothing.
    """
    request = context.get("request")
    if page is None or request is None or not hasattr(page, "get_full_url"):
        return ""
    if hasattr(page, "structured_data"):
        entities = page.structured_data(request, context=context)
    else:
        entities = [breadcrumb(request, page)]
    return to_script([entity for entity in entities if entity])
