"""An edition's number and the figures of the archive, as each language writes them.

Ordinals are grammar, like dates (config/formats/): «1re», «8e» in French, «1st», «8th»
in English, «第8回» in Japanese (回 says «edition» by itself). The words around them are
translated as usual.
"""

from django import template
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _

register = template.Library()


def _english_suffix(number: int) -> str:
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


@register.filter
def edition_number(number) -> SafeString:
    """«8<sup>e</sup> édition», «8<sup>th</sup> edition», «第8回»."""
    try:
        number = int(number)
    except (TypeError, ValueError):
        return ""
    language = (get_language() or "").split("-")[0]
    if language == "ja":
        return format_html("第{}回", number)
    if language == "en":
        ordinal = format_html("{}<sup>{}</sup>", number, _english_suffix(number))
    else:
        ordinal = format_html("{}<sup>{}</sup>", number, "re" if number == 1 else "e")
    return format_html(_("{ordinal} édition"), ordinal=ordinal)


@register.filter
def figure(count, precision="") -> str:
    """A figure of the sources: «7 548», «environ 4 500», «plus de 500»; "" when unknown."""
    if count is None or count == "":
        return ""
    text = number_format(count, force_grouping=True)
    if precision == "about":
        return _("environ %(count)s") % {"count": text}
    if precision == "more":
        return _("plus de %(count)s") % {"count": text}
    return text


@register.simple_tag
def edition_figures(edition, exhibitors_count=0, objects_shown=0) -> list[tuple[str, str]]:
    """(label, figure) of what is known of `edition`: the sources' counts, else what the
    site itself shows (its participations, its objects). Nothing unknown, never «0»."""
    rows = []
    collectivites = figure(edition.collectivites_count) or figure(exhibitors_count or None)
    if collectivites:
        rows.append((_("Collectivités"), collectivites))
    objects = figure(edition.objects_count, edition.objects_count_precision) or figure(
        objects_shown or None
    )
    if objects:
        rows.append((_("Objets"), objects))
    visitors = figure(edition.visitors_count, edition.visitors_count_precision)
    if visitors:
        rows.append((_("Visiteurs"), visitors))
    return rows


@register.filter
def names_list(names) -> str:
    """Names joined as the language lists them: «Paris, Lyon», «パリ、リヨン»."""
    separator = "、" if (get_language() or "").startswith("ja") else ", "
    return separator.join(str(name) for name in names)
