"""Presentation of workshops: when they take place, in the visitor's language.

What a place costs is `{{ price|price_or_free }}` (`{% load money %}`).
"""

import datetime

from django import template
from django.template.defaultfilters import date as date_filter
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from workshops.emails import page_in_language

register = template.Library()


def _lang() -> str:
    return (get_language() or "fr").split("-")[0]


def _day(value: datetime.datetime) -> str:
    lang = _lang()
    if lang == "ja":
        return date_filter(value, "Y年n月j日（D）")
    if lang == "fr":
        # French writes the first of the month as an ordinal: «samedi 1er mars».
        day = "1er" if value.day == 1 else str(value.day)
        return f"{date_filter(value, 'l')} {day} {date_filter(value, 'F Y')}"
    return date_filter(value, "l, F j, Y")


def _time(value: datetime.datetime) -> str:
    if _lang() == "fr":
        # «14 h», «14 h 30»: a French programme leaves out «00».
        return f"{value.hour}\u00a0h" + (f"\u00a0{value.minute:02d}" if value.minute else "")
    # «2:00 p.m.», «14:00»: each language's own format (config/formats/).
    return date_filter(value, "TIME_FORMAT")


@register.simple_tag
def workshop_when(workshop):
    """«samedi 6 mars 2021, de 14 h à 16 h», with machine-readable <time> elements."""
    start = timezone.localtime(workshop.starts_at)
    end = timezone.localtime(workshop.ends_at)

    def tag(value, text):
        return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)

    if start.date() != end.date():
        return format_html(
            "{} – {}",
            tag(start, f"{_day(start)}, {_time(start)}"),
            tag(end, f"{_day(end)}, {_time(end)}"),
        )
    return format_html(
        _("{day}, de {start} à {end}"),
        day=_day(start),
        start=tag(start, _time(start)),
        end=tag(end, _time(end)),
    )


@register.simple_tag
def workshop_date(value):
    """A date and time alone, e.g. when bookings open: «lundi 1er février 2021, 10 h»."""
    if not isinstance(value, datetime.datetime):
        return ""
    local = timezone.localtime(value)
    return format_html(
        '<time datetime="{}">{}, {}</time>', local.isoformat(), _day(local), _time(local)
    )


@register.simple_tag
def workshop_in_language(workshop):
    """The workshop's page in the active language, when translated and live."""
    return page_in_language(workshop, _lang())
