from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import structured_data as ld
from core.caching import cached_for_content
from core.page_context import ExtendedContextMixin
from core.page_mixins import HeroMixin
from exhibition import structured_data as exhibition_ld
from exhibition.blocks import BodyBlock


class RegionIndexPage(HeroMixin, Page):
    """Lists every collectivité, on a map and as a list."""

    content_panels = [*Page.content_panels, *HeroMixin.hero_panels]
    parent_page_types = ["exhibition.HomePage"]
    subpage_types = ["exhibition.CollectivitePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des collectivités")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["collectivites"] = (
            CollectivitePage.objects.child_of(self)
            .live()
            .public()
            .select_related("hero_image")
            .order_by("title")
        )
        return context


class CollectivitePage(ExtendedContextMixin, HeroMixin, Page):
    """A département or a city of Japan, shared by every edition it takes part in."""

    class Kind(models.TextChoices):
        PREFECTURE = "departement", _("Département (préfecture)")
        CITY = "ville", _("Ville")

    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    short_name = models.CharField(
        _("nom court"), max_length=80, help_text=_("Par exemple : « Kanazawa ».")
    )
    name_ja = models.CharField(
        _("nom japonais"), max_length=80, help_text=_("Par exemple : 金沢市")
    )
    prefecture = models.CharField(
        _("département"),
        max_length=80,
        help_text=_("Le département d’une ville, ou le chef-lieu d’un département."),
    )
    prefecture_ja = models.CharField(_("département en japonais"), max_length=80, blank=True)
    region = models.CharField(_("région"), max_length=80, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(20), MaxValueValidator(46)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        validators=[MinValueValidator(122), MaxValueValidator(154)],
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("présentation"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("kind"), FieldPanel("short_name"), FieldPanel("name_ja")]
                ),
                FieldRowPanel(
                    [FieldPanel("prefecture"), FieldPanel("prefecture_ja"), FieldPanel("region")]
                ),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Identité"),
        ),
        *HeroMixin.hero_panels,
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("short_name"),
        index.SearchField("name_ja"),
        index.SearchField("lead"),
        index.SearchField("body"),
        index.AutocompleteField("short_name"),
    ]

    parent_page_types = ["exhibition.RegionIndexPage"]
    subpage_types = ["exhibition.TourismPage"]

    class Meta:
        verbose_name = _("collectivité")
        verbose_name_plural = _("collectivités")

    def tourism_pages(self):
        from .tourism import TourismPage

        return TourismPage.objects.child_of(self).live().public().select_related("hero_image")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(cached_for_content(f"collectivite-page:{self.pk}", self._listings, tags=()))
        return context

    def _listings(self):
        """What the page lists: changes only when something is published. Read through the
        models' managers, not this page's related managers, which would attach this page
        to every row (and into the cache with them). The catalogue adds the crafts and the
        objects (catalogue/page_context.py)."""
        from .editions import ExhibitorPage

        return {
            "participations": list(
                ExhibitorPage.objects.filter(collectivite=self).live().public().order_by("-path")
            ),
            "tourism_pages": list(self.tourism_pages()),
        }

    def structured_data(self, request, context=None):
        image = (
            self.hero_image.get_rendition("fill-1200x630|format-jpeg") if self.hero_image else None
        )
        return [
            ld.breadcrumb(request, self),
            exhibition_ld.destination(
                request, self, ld.absolute(request, image.url if image else None)
            ),
        ]
