"""The series' archive: every edition as a timeline, and which one the home features.

Editions stay children of the home (their addresses, `/2021-shoku/`, don't move); the
archive page «Les éditions» lists its siblings, each with the facts known of it. The
home shows the same timeline, shorter. Both read the editions through `timeline()`, in a
fixed number of queries whatever their number, and keep the result until the content
changes (core/caching.py).
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from core.caching import cached_for_content
from core.page_mixins import HeroMixin

from .editions import EditionPage, EditionPart


@dataclass
class TimelineEntry:
    """One edition with its parts and themes, read once for the timeline."""

    edition: EditionPage
    parts: list[EditionPart] = field(default_factory=list)
    themes: list = field(default_factory=list)

    @property
    def cities(self) -> list[str]:
        """Where it was shown: the edition's own «villes» (one text, written in its
        language), else its parts' venues' cities, each once, in the parts' order."""
        if self.edition.places:
            return [self.edition.places]
        cities = []
        for part in self.parts:
            city = part.venue.city if part.venue else ""
            if city and city not in cities:
                cities.append(city)
        return cities

    @property
    def start(self) -> datetime.date | None:
        dates = [part.start_date or part.end_date for part in self.parts]
        return min(dates) if dates else None

    @property
    def end(self) -> datetime.date | None:
        dates = [part.end_date for part in self.parts]
        return max(dates) if dates else None

    def status(self, today: datetime.date) -> str:
        """«current» while one of its parts runs, «upcoming» if one starts later, else
        «past». Without dated parts, an edition of a later year is upcoming."""
        if not self.parts:
            return "upcoming" if self.edition.year > today.year else "past"
        statuses = {part.status(today) for part in self.parts}
        for status in ("current", "upcoming"):
            if status in statuses:
                return status
        return "past"


def choose_edition(entries: list[TimelineEntry], today: datetime.date) -> TimelineEntry | None:
    """The edition the home features on `today`: the one on show (the latest if several),
    else the next to open, else the latest."""
    if not entries:
        return None
    latest = max(entries, key=lambda entry: (entry.edition.year, entry.edition.number))
    current = [entry for entry in entries if entry.status(today) == "current"]
    if current:
        return max(current, key=lambda entry: (entry.edition.year, entry.edition.number))
    upcoming = [entry for entry in entries if entry.status(today) == "upcoming"]
    if upcoming:
        return min(
            upcoming,
            key=lambda e: (e.start or datetime.date(e.edition.year, 12, 31), e.edition.number),
        )
    return latest


def timeline(home: Page) -> list[TimelineEntry]:
    """The live, public editions under `home` (in its language), oldest first."""
    parts = EditionPart.objects.select_related("venue").order_by("sort_order")
    editions = (
        EditionPage.objects.child_of(home)
        .live()
        .public()
        .prefetch_related("themes", Prefetch("parts", queryset=parts))
        .order_by("year", "number")
    )
    return [
        TimelineEntry(
            edition=edition, parts=list(edition.parts.all()), themes=list(edition.themes.all())
        )
        for edition in editions
    ]


class SeriesArchivePage(HeroMixin, Page):
    """«Les éditions»: every edition of the series, from the first, with what is known."""

    introduction = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = [*Page.content_panels, *HeroMixin.hero_panels, FieldPanel("introduction")]
    search_fields = [*Page.search_fields, index.SearchField("lead")]

    parent_page_types = ["exhibition.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("archives des éditions")
        verbose_name_plural = _("archives des éditions")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        parent = self.get_parent()
        context["entries"] = cached_for_content(
            f"editions-timeline:{parent.pk}", lambda: timeline(parent)
        )
        return context
