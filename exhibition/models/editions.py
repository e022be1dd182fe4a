import datetime

from wagtail_localize.fields import SynchronizedField

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from core import structured_data as ld
from core.page_context import ExtendedContextMixin
from core.page_mixins import HeroMixin
from exhibition import structured_data as exhibition_ld
from exhibition.blocks import BodyBlock


class Theme(TranslatableMixin, models.Model):
    """An edition's theme, e.g. «Shoku – arts de la table»; editions may have several."""

    name = models.CharField(_("nom"), max_length=120)
    name_ja = models.CharField(_("nom japonais"), max_length=120, blank=True)
    description = models.TextField(_("description"), blank=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("thème")
        verbose_name_plural = _("thèmes")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} / {self.name_ja}" if self.name_ja else self.name


class Venue(TranslatableMixin, models.Model):
    """Where a part of an edition takes place (the MCJP, a partner venue, a shop)."""

    name = models.CharField(_("nom"), max_length=200)
    # Blank for a venue of the archive known only by its name and city (demo/data/editions.yaml).
    street_address = models.CharField(_("adresse"), max_length=255, blank=True)
    postal_code = models.CharField(_("code postal"), max_length=20, blank=True)
    city = models.CharField(_("ville"), max_length=120)
    country = models.CharField(_("pays"), max_length=120, default="France")
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    website = models.URLField(_("site web"), blank=True)

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("lieu")
        verbose_name_plural = _("lieux")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name}, {self.city}"

    @property
    def full_address(self):
        town = f"{self.postal_code} {self.city}".strip()
        return f"{self.street_address}, {town}" if self.street_address else town


class CountPrecision(models.TextChoices):
    """How exact a figure of the sources is: «7 548», «environ 4 500», «plus de 500»."""

    EXACT = "", _("exact")
    ABOUT = "about", _("environ")
    MORE_THAN = "more", _("plus de")


class EditionPage(ExtendedContextMixin, HeroMixin, Page):
    """One yearly edition: its themes, its parts (pre-sale, online, venues) and its exhibitors."""

    number = models.PositiveSmallIntegerField(_("numéro d’édition"))
    year = models.PositiveSmallIntegerField(_("année"))
    themes = ParentalManyToManyField(Theme, verbose_name=_("thèmes"), blank=True)
    introduction = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("contenu"))

    # The series' archive: what public sources say of an edition. Empty is unknown, and
    # an unknown figure is left out, never shown as 0 (docs/archive.md).
    period = models.CharField(
        _("période"),
        max_length=120,
        blank=True,
        help_text=_(
            "Quand les temps de l’édition n’ont pas de dates, par exemple « automne 2021 »."
        ),
    )
    places = models.CharField(
        _("villes"),
        max_length=200,
        blank=True,
        help_text=_(
            "Quand les temps de l’édition n’ont pas de lieu, par exemple « Marseille, Paris »."
        ),
    )
    collectivites_count = models.PositiveSmallIntegerField(
        _("nombre de collectivités"), null=True, blank=True, help_text=_("Vide : inconnu.")
    )
    objects_count = models.PositiveIntegerField(
        _("nombre d’objets"), null=True, blank=True, help_text=_("Vide : inconnu.")
    )
    objects_count_precision = models.CharField(
        _("précision du nombre d’objets"),
        max_length=10,
        choices=CountPrecision.choices,
        default=CountPrecision.EXACT,
        blank=True,
    )
    visitors_count = models.PositiveIntegerField(
        _("nombre de visiteurs"), null=True, blank=True, help_text=_("Vide : inconnu.")
    )
    visitors_count_precision = models.CharField(
        _("précision du nombre de visiteurs"),
        max_length=10,
        choices=CountPrecision.choices,
        default=CountPrecision.EXACT,
        blank=True,
    )
    facts_source = models.CharField(
        _("sources"),
        max_length=255,
        blank=True,
        help_text=_("D’où viennent ces chiffres, par exemple « CLAIR Paris, actualités »."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("year"), FieldPanel("themes")],
            heading=_("Édition"),
        ),
        *HeroMixin.hero_panels,
        FieldPanel("introduction"),
        InlinePanel("parts", heading=_("Les temps de l’édition"), label=_("temps")),
        MultiFieldPanel(
            [
                FieldPanel("period"),
                FieldPanel("places"),
                FieldPanel("collectivites_count"),
                FieldPanel("objects_count"),
                FieldPanel("objects_count_precision"),
                FieldPanel("visitors_count"),
                FieldPanel("visitors_count_precision"),
                FieldPanel("facts_source"),
            ],
            heading=_("Chiffres et sources (archives)"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("introduction"),
    ]

    parent_page_types = ["exhibition.HomePage"]
    # The apps built on this one add their own (the online catalogue, workshops):
    # exhibition/page_tree.py.
    subpage_types = ["exhibition.ExhibitorPage"]

    class Meta:
        verbose_name = _("édition")
        verbose_name_plural = _("éditions")

    def catalogue_page(self):
        # Looked up by name: the catalogue app builds on this one, not the reverse.
        catalogue_model = apps.get_model("catalogue", "CataloguePage")
        return catalogue_model.objects.child_of(self).live().first()

    def exhibitors(self):
        return (
            ExhibitorPage.objects.child_of(self)
            .live()
            .public()
            .select_related("collectivite")
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["parts"] = self.parts.select_related("venue")
        context["exhibitors"] = self.exhibitors()
        context["catalogue_page"] = self.catalogue_page()
        from .archive import SeriesArchivePage  # it lists the editions: imports this module

        context["archive_page"] = SeriesArchivePage.objects.sibling_of(self).live().public().first()
        return context

    def structured_data(self, request, context=None):
        context = context or {}
        parts = context.get("parts")
        if parts is None:
            parts = self.parts.select_related("venue")
        catalogue = context.get("catalogue_page")
        online_url = (catalogue or self).get_full_url(request)
        return [
            ld.breadcrumb(request, self),
            *(exhibition_ld.edition_event(request, part, online_url) for part in parts),
        ]


class EditionPart(TranslatableMixin, Orderable):
    class Kind(models.TextChoices):
        PRESALE = "presale", _("Vente en avant-première")
        ONLINE = "online", _("Exposition en ligne")
        EXHIBITION = "exhibition", _("Exposition")
        EVENT = "event", _("Événement")

    page = ParentalKey(EditionPage, related_name="parts", on_delete=models.CASCADE)
    kind = models.CharField(_("type"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("titre"), max_length=255)
    start_date = models.DateField(_("début"), null=True, blank=True)
    end_date = models.DateField(_("fin"))
    venue = models.ForeignKey(
        Venue, verbose_name=_("lieu"), null=True, blank=True, on_delete=models.SET_NULL
    )
    description = models.TextField(_("description"), blank=True)
    link = models.URLField(_("lien"), blank=True)
    # The shop's calendar (exhibition/sales.py). Empty: the part's kind decides, so that
    # a new online exhibition sells without anyone thinking of it and nothing else does.
    sells_online = models.BooleanField(
        _("vente en ligne"),
        null=True,
        blank=True,
        default=None,
        choices=[
            (None, _("Selon le type : oui pour l’exposition en ligne, non sinon")),
            (True, _("Oui, les objets de l’édition se vendent en ligne")),
            (False, _("Non")),
        ],
    )
    sales_end_date = models.DateField(
        _("fin des ventes en ligne"),
        null=True,
        blank=True,
        help_text=_("Dernier jour de vente, inclus. Vide : la fin de ce temps."),
    )
    sales_note = models.TextField(
        _("note sur la vente"),
        blank=True,
        help_text=_("Affichée avec ce temps et sur le catalogue, par exemple une prolongation."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldPanel("start_date"),
        FieldPanel("end_date"),
        FieldPanel("venue"),
        FieldPanel("description"),
        FieldPanel("link"),
        FieldPanel("sells_online"),
        FieldPanel("sales_end_date"),
        FieldPanel("sales_note"),
    ]

    # Commerce settings: a translated edition sells exactly when the French one does, so
    # wagtail-localize copies them from the French part and offers no override; the shop
    # reads the French parts anyway (exhibition/sales.py).
    override_translatable_fields = [
        SynchronizedField("sells_online", overridable=False),
        SynchronizedField("sales_end_date", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("temps de l’édition")

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.start_date > self.end_date:
            raise ValidationError({"end_date": _("La fin doit suivre le début.")})
        if self.sales_end_date is None:
            return
        if not self.sells:
            raise ValidationError(
                {
                    "sales_end_date": _(
                        "Ce temps ne vend pas en ligne : laissez la fin des ventes vide, "
                        "ou choisissez « Oui » pour la vente en ligne."
                    )
                }
            )
        if self.start_date and self.sales_end_date < self.start_date:
            raise ValidationError(
                {"sales_end_date": _("La fin des ventes ne peut précéder le début de ce temps.")}
            )

    @property
    def sells(self) -> bool:
        if self.sells_online is None:
            return self.kind == self.Kind.ONLINE
        return self.sells_online

    @property
    def sales_until(self) -> datetime.date | None:
        """The last day the edition's objects sell online through this part, or None."""
        if not self.sells:
            return None
        return self.sales_end_date or self.end_date

    def status(self, today: datetime.date | None = None) -> str:
        today = today or timezone.localdate()
        if self.start_date and today < self.start_date:
            return "upcoming"
        if today > self.end_date:
            return "past"
        return "current"


class ExhibitorPage(ExtendedContextMixin, HeroMixin, Page):
    """A collectivité's participation in one edition; its craft objects live below it.

    Keeping the objects under this page lets each collectivité's curators be given
    the subtree of their own participation (Wagtail's page permissions).
    """

    collectivite = models.ForeignKey(
        "exhibition.CollectivitePage",
        verbose_name=_("collectivité"),
        on_delete=models.PROTECT,
        related_name="participations",
    )
    introduction = RichTextField(
        _("présentation pour cette édition"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("collectivite"),
        *HeroMixin.hero_panels,
        FieldPanel("introduction"),
    ]

    parent_page_types = ["exhibition.EditionPage"]
    subpage_types = []  # the catalogue adds its objects (exhibition/page_tree.py)

    class Meta:
        verbose_name = _("participation d’une collectivité")
        verbose_name_plural = _("participations des collectivités")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        edition = self.get_parent().specific
        context["edition"] = edition
        context["catalogue_page"] = edition.catalogue_page()
        return context
