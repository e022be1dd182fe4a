import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import structured_data as ld
from core.caching import cached_for_content
from core.page_context import ExtendedContextMixin
from core.page_mixins import HeroMixin
from core.routing import DirectRoutingMixin
from exhibition.blocks import BodyBlock


class HomePage(ExtendedContextMixin, DirectRoutingMixin, HeroMixin, Page):
    featured_edition = models.ForeignKey(
        "exhibition.EditionPage",
        verbose_name=_("édition à la une"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Vide : l’édition qui se tient, sinon la prochaine, sinon la plus récente publiée."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("contenu"))

    content_panels = [
        *Page.content_panels,
        *HeroMixin.hero_panels,
        FieldPanel("featured_edition"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    # The apps built on this one add their own (the materials' index):
    # exhibition/page_tree.py.
    subpage_types = [
        "exhibition.EditionPage",
        "exhibition.SeriesArchivePage",
        "exhibition.RegionIndexPage",
        "exhibition.StandardPage",
        "exhibition.LegalPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d’accueil")

    def get_featured_edition(self, today: datetime.date | None = None, entries=None):
        """The editors' choice, else the edition on show on `today`, else the next one to
        open, else the latest (`archive.choose_edition`)."""
        from .archive import choose_edition, timeline

        if self.featured_edition_id and self.featured_edition.live:
            return self.featured_edition
        entries = timeline(self) if entries is None else entries
        chosen = choose_edition(entries, today or timezone.localdate())
        return chosen.edition if chosen else None

    def listings(self, today: datetime.date | None = None) -> dict:
        """What the home lists, kept until the content changes or the day does (which
        edition is on show depends on the date). The catalogue's provider reads the
        edition from here too (catalogue/page_context.py)."""
        today = today or timezone.localdate()
        key = f"home-page:{self.pk}:{today.isoformat()}"
        return cached_for_content(key, lambda: self._listings(today))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listings())
        return context

    def _listings(self, today):
        """The featured edition, its parts, the collectivités and every edition."""
        from .archive import SeriesArchivePage, timeline
        from .collectivites import CollectivitePage
        from .editions import EditionPart

        entries = timeline(self)
        edition = self.get_featured_edition(today, entries)
        listings = {
            "edition": edition,
            "editions_timeline": entries,
            "archive_page": SeriesArchivePage.objects.child_of(self).live().public().first(),
            "collectivites": list(
                CollectivitePage.objects.live()
                .public()
                .filter(locale=self.locale)
                .order_by("title")
            ),
        }
        if edition:
            # Through the model's manager: the edition's own would attach it to every part.
            listings["parts"] = list(
                EditionPart.objects.filter(page=edition).select_related("venue")
            )
            listings["themes"] = list(edition.themes.all())
            listings["catalogue"] = edition.catalogue_page()
        return listings

    def structured_data(self, request, context=None):
        return [ld.website(request, self)]


class StandardPage(HeroMixin, Page):
    """A plain text page: about, practical information, credits."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("contenu"))

    content_panels = [*Page.content_panels, *HeroMixin.hero_panels, FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("lead"), index.SearchField("body")]

    parent_page_types = ["exhibition.HomePage", "exhibition.StandardPage"]
    subpage_types = ["exhibition.StandardPage"]

    og_type = "article"

    class Meta:
        verbose_name = _("page de texte")
