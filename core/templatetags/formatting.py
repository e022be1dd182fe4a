"""Generic presentation filters: dates as each language writes them, lists, pagination."""

import datetime

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()


def _day(value: datetime.date) -> str:
    # French writes the first day of a month as an ordinal: «1er février».
    if value.day == 1 and (get_language() or "").startswith("fr"):
        return "1<sup>er</sup>"
    return str(value.day)


@register.filter(is_safe=True)
def date_long(value):
    """«1er février 2021» in French; the locale's long date elsewhere."""
    if not isinstance(value, datetime.date):
        return ""
    if not (get_language() or "").startswith("fr"):
        return date_filter(value, "DATE_FORMAT")
    return mark_safe(f"{_day(value)} {date_filter(value, 'F Y')}")


@register.simple_tag
def date_range(start, end):
    """Two dates as «2–13 mars 2021», «27 février – 13 mars 2021» or «jusqu’au 27 février 2021»,
    each end in a <time datetime> element."""

    def time(value, text):
        return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)

    if not isinstance(end, datetime.date):
        return ""
    if not isinstance(start, datetime.date) or start == end:
        text = time(end, date_long(end))
        if isinstance(start, datetime.date):
            return text
        return format_html(_("jusqu’au {}"), text)
    if not (get_language() or "").startswith("fr"):
        return format_html("{} – {}", time(start, date_long(start)), time(end, date_long(end)))
    if start.year != end.year:
        first = date_long(start)
    elif start.month != end.month:
        first = mark_safe(f"{_day(start)} {date_filter(start, 'F')}")
    else:
        first = mark_safe(_day(start))
    # A thin gap around the dash only when the sides contain spaces («27 février – 13 mars»).
    separator = "\u2013" if start.month == end.month and start.year == end.year else "\u00a0\u2013 "
    return format_html("{}{}{}", time(start, first), separator, time(end, date_long(end)))


@register.filter
def as_list(value):
    """Wrap one object in a list, for tags that expect an iterable (the map)."""
    if value is None:
        return []
    return [value]


@register.filter
def get_item(mapping, key):
    """`options|get_item:"france"`: a dictionary's value by a key held in a variable."""
    try:
        return mapping.get(key)
    except AttributeError:
        return None


@register.filter
def elided_pages(page_obj, on_each_side=2):
    """Page numbers around the current one, with «…» gaps (Paginator.ELLIPSIS)."""
    paginator = page_obj.paginator
    return paginator.get_elided_page_range(page_obj.number, on_each_side=on_each_side, on_ends=1)


@register.filter
def lowerfirst(value):
    """«Ce champ est obligatoire.» → «ce champ est obligatoire.», after «Courriel :»."""
    text = str(value)
    return text[:1].lower() + text[1:]
