from django.conf import settings
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from catalogue.filters import CatalogueBrowser
from exhibition.models import CollectivitePage
from exhibition.models.mixins import HeroMixin

from .materials import Material
from .objects import CraftObjectPage


class CataloguePage(HeroMixin, Page):
    """An edition's catalogue: every object, by origin, by material, by tag and by price."""

    content_panels = [*Page.content_panels, *HeroMixin.hero_panels]
    parent_page_types = ["exhibition.EditionPage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("catalogue d’une édition")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        edition = self.get_parent().specific
        objects = (
            CraftObjectPage.objects.live().public().filter(edition=edition, locale=self.locale)
        )
        collectivites = CollectivitePage.objects.filter(
            participations__in=edition.exhibitors()
        ).order_by("title")
        materials = Material.objects.filter(locale=self.locale)
        browser = CatalogueBrowser(
            objects,
            request.GET,
            collectivites=collectivites,
            materials=materials,
            page_size=settings.CATALOGUE_PAGE_SIZE,
        )
        context.update(browser.context())
        context["edition"] = edition
        return context


class MaterialIndexPage(RoutablePageMixin, HeroMixin, Page):
    """The materials, and for each one its objects across collectivités and editions."""

    content_panels = [*Page.content_panels, *HeroMixin.hero_panels]
    parent_page_types = ["exhibition.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("index des matériaux")

    def materials(self):
        return Material.objects.filter(locale=self.locale)

    @path("")
    def index(self, request):
        materials = self.materials().annotate(
            object_count=Count(
                "craft_objects",
                filter=Q(craft_objects__live=True, craft_objects__locale=self.locale),
            )
        )
        return self.render(request, context_overrides={"materials": materials})

    @path("<slug:material_slug>/")
    def material(self, request, material_slug):
        material = get_object_or_404(self.materials(), slug=material_slug)
        objects = (
            CraftObjectPage.objects.live().public().filter(material=material, locale=self.locale)
        )
        browser = CatalogueBrowser(
            objects,
            request.GET,
            collectivites=CollectivitePage.objects.filter(locale=self.locale).order_by("title"),
            materials=[],
            page_size=settings.CATALOGUE_PAGE_SIZE,
        )
        context = browser.context()
        context["material"] = material
        context["crafts"] = material.crafts.filter(locale=self.locale).select_related(
            "collectivite"
        )
        return self.render(
            request,
            template="catalogue/material_detail_page.html",
            context_overrides=context,
        )
