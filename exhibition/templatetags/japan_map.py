"""{% japan_map items active=None %}: offline inline-SVG map of Japan.

Usage::

    {% load japan_map %}
    {% japan_map collectivites active=page %}

``items`` are objects (typically Wagtail pages) with ``latitude``,
``longitude``, ``title`` (or ``short_name``), ``name_ja`` and ``url``;
items without coordinates are left out. ``active`` (an item or a URL)
highlights the matching point. ``map_id`` must be unique if the map appears
more than once on a page (it prefixes the SVG title/desc ids).
"""

from django import template

from exhibition.japan_map import VIEWBOX, inset_frame, map_points, outline_paths

register = template.Library()


@register.inclusion_tag("components/japan_map.html")
def japan_map(items, active=None, map_id="japan-map"):
    return {
        "paths": outline_paths(),
        "points": map_points(items, active=active),
        "viewbox": VIEWBOX,
        "inset": inset_frame(),
        "map_id": map_id,
    }
