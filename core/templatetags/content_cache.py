"""`{% content_cache "name" vary_on… tags=… %}…{% endcontent_cache %}`: a template fragment
kept as `cached_for_content` keeps a value (core/caching.py).

Django's `{% cache %}` knows no tags: a fragment showing other objects' cards would stay
in the cache after one of them sold. Here the fragment depends on the `tags` given (none
by default: what it renders notes its own, as cards do) and on the site; its key names
the language, as its text is translated.
"""

import hashlib

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from core.caching import cached_for_content

register = template.Library()


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, name, vary_on, tags):
        self.nodelist, self.name, self.vary_on, self.tags = nodelist, name, vary_on, tags

    def render(self, context):
        name = self.name.resolve(context)
        vary = ":".join(str(expression.resolve(context)) for expression in self.vary_on)
        digest = hashlib.sha1(vary.encode()).hexdigest()
        key = f"fragment:{name}:{get_language()}:{digest}"
        tags = tuple(self.tags.resolve(context) or ()) if self.tags is not None else ()
        html = cached_for_content(key, lambda: str(self.nodelist.render(context)), tags=tags)
        return mark_safe(html)  # noqa: S308 - the fragment's own template escaped it


@register.tag("content_cache")
def content_cache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes a fragment name at least.")
    tags = None
    if bits[-1].startswith("tags="):
        tags = parser.compile_filter(bits.pop()[len("tags=") :])
    nodelist = parser.parse(("endcontent_cache",))
    parser.delete_first_token()
    vary_on = [parser.compile_filter(bit) for bit in bits[2:]]
    return ContentCacheNode(nodelist, parser.compile_filter(bits[1]), vary_on, tags)
