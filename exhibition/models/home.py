from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import structured_data as ld
from core.caching import cached_for_content
from core.page_mixins import HeroMixin
from core.routing import DirectRoutingMixin
from exhibition.blocks import BodyBlock


class HomePage(DirectRoutingMixin, HeroMixin, Page):
    featured_edition = models.ForeignKey(
        "exhibition.EditionPage",
        verbose_name=_("édition à la une"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vide : l’édition la plus récente publiée."),
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
        "exhibition.RegionIndexPage",
        "exhibition.StandardPage",
    ]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("page d’accueil")

    def get_featured_edition(self):
        from .editions import EditionPage

        if self.featured_edition_id and self.featured_edition.live:
            return self.featured_edition
        return (
            EditionPage.objects.child_of(self).live().public().order_by("-year", "-number").first()
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(cached_for_content(f"home-page:{self.pk}", self._listings))
        return context

    def _listings(self):
        """The featured edition, its parts and the collectivités: change only on publishing."""
        from .collectivites import CollectivitePage
        from .editions import EditionPart

        edition = self.get_featured_edition()
        listings = {
            "edition": edition,
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
