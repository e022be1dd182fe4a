import hashlib
from collections import defaultdict

from django.conf import settings
from django.core.exceptions import EmptyResultSet
from django.db.models import Count, Q
from django.http import Http404
from django.utils.translation import gettext_lazy as _

from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page

from catalogue.filters import CatalogueBrowser
from core import structured_data as ld
from core.caching import AVAILABILITY, OBJECTS, cached_for_content
from core.page_mixins import HeroMixin
from exhibition.models import CollectivitePage, ExhibitorPage

from .materials import Material
from .objects import CraftObjectPage, edition_listed


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
        facets = cached_for_content(f"catalogue-facets:{self.pk}", self._facet_choices)
        browser = CatalogueBrowser(
            self._objects(facets["edition"]),
            request.GET,
            page_size=settings.CATALOGUE_PAGE_SIZE,
            **{name: facets[name] for name in ("collectivites", "materials", "tags")},
        )
        context.update(browser.context())
        context["edition"] = facets["edition"]
        return context

    def _objects(self, edition):
        return CraftObjectPage.objects.live().public().filter(edition=edition, locale=self.locale)

    def _facet_choices(self):
        """What the filters offer: changes only when something is published. The edition
        with its parts (the template shows their sales notes) is known to the whole site;
        its participations are a subquery, the private sections known to the whole site
        (core/view_restrictions.py) rather than read again."""
        listed = edition_listed(self.get_parent().pk)
        edition = listed.edition if listed else self.get_parent().specific  # not live
        participations = (
            ExhibitorPage.objects.child_of(edition)
            .live()
            .exclude(CraftObjectPage.objects.private_q())
        )
        return {
            "edition": edition,
            "collectivites": list(
                CollectivitePage.objects.filter(participations__in=participations).order_by("title")
            ),
            "materials": list(Material.objects.filter(locale=self.locale)),
            "tags": CatalogueBrowser.tag_names(self._objects(edition)),
        }


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

    def get_sitemap_urls(self, request=None):
        """The index, then each material's route, with its translations' routes as alternates."""
        urls = super().get_sitemap_urls(request)
        index_urls = {
            translation.locale_id: (
                translation.locale.language_code,
                translation.get_full_url(request),
            )
            for translation in self.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
        }
        materials = Material.objects.filter(
            translation_key__in=self.materials().values("translation_key"),
            locale_id__in=index_urls,
        ).order_by("sort_order", "name")
        translations = defaultdict(list)
        for material in materials:
            code, index_url = index_urls[material.locale_id]
            translations[material.translation_key].append(
                {"lang_code": code, "location": f"{index_url}{material.slug}/"}
            )
        for material in materials:
            if material.locale_id != self.locale_id:
                continue
            url = {"location": f"{index_urls[self.locale_id][1]}{material.slug}/"}
            if len(translations[material.translation_key]) > 1:
                url["alternates"] = translations[material.translation_key]
            urls.append(url)
        return urls

    def structured_data(self, request, context=None):
        material = (context or {}).get("material")
        leaf = None
        if material is not None:
            leaf = (material.name, f"{self.get_full_url(request)}{material.slug}/")
        return [ld.breadcrumb(request, self, leaf)]

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
        # The material, its crafts and the collectivités change with the site only (a
        # snippet or a page other than an object): kept until then, under the site's
        # generation alone (no tag), so that a sale or a publication leaves them cached.
        found = cached_for_content(
            f"material-route:{self.locale_id}:{material_slug}",
            lambda: self._material_and_crafts(material_slug),
            tags=(),
        )
        if found is None:
            raise Http404("no such material")
        material, crafts = found
        objects = (
            CraftObjectPage.objects.live().public().filter(material=material, locale=self.locale)
        )
        browser = CatalogueBrowser(
            objects,
            request.GET,
            collectivites=cached_for_content(
                f"collectivites-by-title:{self.locale_id}",
                lambda: list(CollectivitePage.objects.filter(locale=self.locale).order_by("title")),
                tags=(),
            ),
            materials=[],
            page_size=settings.CATALOGUE_PAGE_SIZE,
        )
        # Which objects, in which order: changed by a publication and, filtered on the
        # stock, by an object going out of stock or back; their cards note their own tags.
        tags = (OBJECTS, AVAILABILITY) if "disponible" in request.GET else (OBJECTS,)
        context = browser.context()
        context["page_obj"] = _with_cached_object_ids(context["page_obj"], tags)
        context["material"] = material
        context["crafts"] = crafts
        context["listing_tags"] = tags  # the template keeps its body under them
        return self.render(
            request,
            template="catalogue/material_detail_page.html",
            context_overrides=context,
        )

    def _material_and_crafts(self, slug):
        material = self.materials().filter(slug=slug).first()
        if material is None:
            return None
        crafts = material.crafts.filter(locale=self.locale).select_related("collectivite")
        return material, list(crafts)


def _with_cached_object_ids(page, tags):
    """`page` whose objects are the ids of its slice, kept in the cache by its query until
    `tags` change: the cards of those ids come from their own cache, so that a warm page
    asks the database nothing."""
    ids = page.object_list.values_list("pk", flat=True)
    try:
        sql = str(ids.query)
    except EmptyResultSet:  # a condition that matches nothing (no object in this language)
        page.object_list = []
        return page
    key = "material-page-ids:" + hashlib.sha1(sql.encode()).hexdigest()
    page.object_list = cached_for_content(key, lambda: list(ids), tags=tags)
    return page
