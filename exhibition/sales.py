"""When an edition's objects sell online: the shop's calendar, read from the editions' parts.

Each part of an edition says whether the edition's objects sell online during it
(`EditionPart.sells_online`; by default only the online exhibition does) and until when
(`sales_end_date`, by default the part's own end). An edition sells on day D when one of
its selling parts has started (no start date: from the beginning) and D is not after its
last day of sales. After that its objects are shown, not sold, and its catalogue stays.

The French parts decide for every language: a translated edition's parts carry copies of
these settings (synchronised by wagtail-localize), and an English page never sells what
the French one does not. The calendar is read once per content generation and day
(`core.caching`: the generation changes at midnight), so a page that asks whether an
object is on sale costs a cache lookup, not a query.
"""

import datetime
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone

from core.caching import cached_for_content


@dataclass(frozen=True)
class SalesCalendar:
    """What sells on `day`: edition page ids (every language) and every edition's year."""

    day: datetime.date
    selling: frozenset[int] = frozenset()
    years: dict[int, int] = field(default_factory=dict)

    def sells(self, edition_id: int | None) -> bool:
        return edition_id in self.selling


def today() -> datetime.date:
    """The shop's day: Paris's date, where the exhibition is and the sales close."""
    return timezone.localdate()


def selling_parts(day: datetime.date):
    """The French parts through which objects sell online on `day`."""
    from exhibition.models import EditionPart

    started = Q(start_date__isnull=True) | Q(start_date__lte=day)
    selling = Q(sells_online=True) | Q(sells_online__isnull=True, kind=EditionPart.Kind.ONLINE)
    not_over = Q(sales_end_date__gte=day) | Q(sales_end_date__isnull=True, end_date__gte=day)
    return EditionPart.objects.filter(
        started, selling, not_over, locale__language_code=settings.LANGUAGE_CODE
    )


def _calendar(day: datetime.date) -> SalesCalendar:
    from exhibition.models import EditionPage

    # One query: every edition, in every language, with whether its French parts sell.
    selling = selling_parts(day).filter(page__translation_key=OuterRef("translation_key"))
    editions = list(
        EditionPage.objects.annotate(sells=Exists(selling)).values_list("pk", "year", "sells")
    )
    return SalesCalendar(
        day=day,
        selling=frozenset(pk for pk, _year, sells in editions if sells),
        years={pk: year for pk, year, _sells in editions},
    )


def sales_calendar(day: datetime.date | None = None) -> SalesCalendar:
    """The calendar of `day` (today by default), kept until the content changes."""
    day = day or today()
    return cached_for_content(f"sales-calendar:{day.isoformat()}", lambda: _calendar(day), tags=())


def edition_sells(edition, day: datetime.date | None = None) -> bool:
    """Whether the objects of `edition` (a page in any language) sell online on `day`."""
    return sales_calendar(day).sells(getattr(edition, "pk", edition))
