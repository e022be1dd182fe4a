from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from core import structured_data as ld
from core.page_mixins import HeroMixin
from exhibition import structured_data as exhibition_ld
from exhibition.blocks import LinkBlock, PlaceBlock, SeasonBlock
from exhibition.models.specialities import RegionalSpeciality


class TourismPage(HeroMixin, Page):
    """What to see, eat and drink in a collectivité, when to go and how to get there."""

    title_ja = models.CharField(_("titre japonais"), max_length=255, blank=True)
    sights = StreamField([("place", PlaceBlock())], blank=True, verbose_name=_("à voir"))
    # Under «À goûter», the collectivité's regional specialities come first, by themselves
    # (`specialities`); these blocks add other foods and addresses.
    food = StreamField([("place", PlaceBlock())], blank=True, verbose_name=_("à goûter"))
    seasons = StreamField(
        [("season", SeasonBlock())], blank=True, verbose_name=_("saisons et fêtes")
    )
    access = RichTextField(
        _("venir depuis Tokyo"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("liens officiels"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("title_ja"),
        *HeroMixin.hero_panels,
        FieldPanel("sights"),
        FieldPanel("food"),
        FieldPanel("seasons"),
        FieldPanel("access"),
        FieldPanel("links"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("title_ja"),
        index.SearchField("lead"),
        index.SearchField("sights"),
        index.SearchField("food"),
        index.SearchField("seasons"),
    ]

    parent_page_types = ["exhibition.CollectivitePage"]
    subpage_types = []

    og_type = "article"

    class Meta:
        verbose_name = _("page tourisme")
        verbose_name_plural = _("pages tourisme")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["collectivite"] = self.get_parent().specific
        context["specialities"] = self.specialities(context["collectivite"])
        context["food_places"] = self.food_places(context["specialities"])
        return context

    def specialities(self, collectivite):
        """The collectivité's regional specialities in the page's language, whichever
        language version of the collectivité they name."""
        return list(
            RegionalSpeciality.objects.filter(
                locale_id=self.locale_id,
                collectivite__translation_key=collectivite.translation_key,
            ).select_related("image")
        )

    def food_places(self, specialities):
        """The «à goûter» blocks, less those that name a speciality already shown as one:
        a food written here before it became a speciality gives way to the speciality."""
        names = {" ".join(s.name.casefold().split()) for s in specialities}
        return [
            block
            for block in self.food
            if " ".join(str(block.value.get("name", "")).casefold().split()) not in names
        ]

    def structured_data(self, request, context=None):
        collectivite = (context or {}).get("collectivite") or self.get_parent().specific
        destination = exhibition_ld.destination(request, collectivite)
        destination.update(
            url=self.get_full_url(request), description=self.lead or destination.get("description")
        )
        attractions = [exhibition_ld.attraction(block.value) for block in self.sights]
        if attractions:
            destination["includesAttraction"] = attractions
        return [ld.breadcrumb(request, self), destination]
