"""Small presentation helpers for the site's templates: prices, dates, pagination."""

import datetime
from decimal import Decimal, InvalidOperation

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

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


@register.filter
def as_list(value):
    """Wrap one object in a list, for tags that expect an iterable (the map)."""
    if value is None:
        return []
    return [value]


@register.filter
def is_within(page, other):
    """True when `page` is `other` or one of its descendants (for the active menu item)."""
    page_path = getattr(page, "path", None)
    other_path = getattr(other, "path", None)
    return bool(page_path and other_path and page_path.startswith(other_path))


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
def elided_pages(page_obj, on_each_side=2):
    """Page numbers around the current one, with «…» gaps (Paginator.ELLIPSIS)."""
    paginator = page_obj.paginator
    return paginator.get_elided_page_range(page_obj.number, on_each_side=on_each_side, on_ends=1)


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


@register.filter
def with_editions(participations):
    """(participation, edition) pairs for a collectivité's ExhibitorPages, editions fetched
    in one query instead of one get_parent() per row."""
    from exhibition.models import EditionPage

    participations = list(participations)
    parent_paths = {p.path[: -EditionPage.steplen] for p in participations}
    editions = {e.path: e for e in EditionPage.objects.filter(path__in=parent_paths)}
    return [(p, editions.get(p.path[: -EditionPage.steplen])) for p in participations]
