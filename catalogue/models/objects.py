from decimal import Decimal

from rest_framework.fields import BooleanField

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from catalogue import structured_data as catalogue_ld
from catalogue.api.serializers import GalleryField, TaxonomyField
from catalogue.blocks import ObjectDescriptionBlock
from exhibition import structured_data as ld


class CraftObjectQuerySet(PageQuerySet):
    def for_listing(self):
        """Everything an object card shows, in a fixed number of queries."""
        return self.select_related("collectivite", "material", "craft").prefetch_related(
            Prefetch(
                "gallery_images",
                queryset=CraftObjectImage.objects.select_related("image").prefetch_related(
                    "image__renditions"
                ),
            )
        )

    def available(self):
        return self.filter(on_sale=True, stock__gt=0)

    def mirror_commerce_to_translations(self, source_pk: int):
        """Give the translations of an object the price and stock of its French page.

        The shop sells and counts the French page only (`shop_item`); its translations
        carry copies so that listings in every language filter and display the same.
        """
        source = self.model.objects.filter(pk=source_pk).values(*COMMERCE_FIELDS).first()
        if source is None:
            return
        key = Page.objects.filter(pk=source_pk).values("translation_key")
        self.model.objects.filter(translation_key__in=key).exclude(pk=source_pk).update(**source)


CraftObjectManager = PageManager.from_queryset(CraftObjectQuerySet)
COMMERCE_FIELDS = ("price", "stock", "sku", "on_sale")


class CraftObjectTag(TaggedItemBase):
    content_object = ParentalKey(
        "catalogue.CraftObjectPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class CraftObjectPage(Page):
    """An object of the exhibition, shown in the web exhibition and sold in the shop.

    `edition` and `collectivite` repeat what the page tree says (the object lives under
    its collectivité's participation in an edition) so that catalogue filters and facet
    counts are single indexed queries; `save()` keeps them in step with the tree.

    English and Japanese objects are translations of the French one (same translation_key):
    `copy_for_translation` copies price, stock and SKU, but the shop sells the French page
    only (`shop_item`), so stock is counted once whatever the visitor's language.
    """

    japanese_name = models.CharField(_("nom japonais"), max_length=160, blank=True)
    summary = models.CharField(
        _("résumé"), max_length=300, help_text=_("Une phrase, reprise dans les listes.")
    )
    edition = models.ForeignKey(
        "exhibition.EditionPage",
        verbose_name=_("édition"),
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="craft_objects",
    )
    collectivite = models.ForeignKey(
        "exhibition.CollectivitePage",
        verbose_name=_("collectivité"),
        null=True,
        editable=False,
        on_delete=models.PROTECT,
        related_name="craft_objects",
    )
    material = models.ForeignKey(
        "catalogue.Material",
        verbose_name=_("matériau"),
        on_delete=models.PROTECT,
        related_name="craft_objects",
    )
    craft = models.ForeignKey(
        "catalogue.CraftTradition",
        verbose_name=_("artisanat traditionnel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="craft_objects",
    )
    artisan = models.ForeignKey(
        "catalogue.Artisan",
        verbose_name=_("artisan ou atelier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="craft_objects",
    )
    description = StreamField(ObjectDescriptionBlock(), blank=True, verbose_name=_("description"))

    width_mm = models.PositiveIntegerField(_("largeur (mm)"), null=True, blank=True)
    depth_mm = models.PositiveIntegerField(_("profondeur (mm)"), null=True, blank=True)
    height_mm = models.PositiveIntegerField(_("hauteur (mm)"), null=True, blank=True)
    weight_g = models.PositiveIntegerField(_("poids (g)"), null=True, blank=True)
    finish = models.CharField(_("matières et finition"), max_length=300, blank=True)
    care = models.TextField(_("entretien"), blank=True)
    food_pairing = models.TextField(
        _("accord mets"),
        blank=True,
        help_text=_("Quel plat, quelle boisson servir avec cet objet."),
    )
    tags = ClusterTaggableManager(through=CraftObjectTag, blank=True, verbose_name=_("mots-clés"))

    price = models.DecimalField(
        _("prix TTC (€)"),
        max_digits=8,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.00"))],
    )
    stock = models.PositiveIntegerField(_("stock"), default=0)
    sku = models.CharField(
        _("référence (SKU)"),
        max_length=40,
        db_index=True,
        help_text=_("Unique, par exemple KNZ-001."),
    )
    on_sale = models.BooleanField(_("en vente"), default=True)

    objects = CraftObjectManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("japanese_name"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("material"), FieldPanel("craft"), FieldPanel("artisan")]),
        InlinePanel("gallery_images", heading=_("Galerie"), label=_("image"), min_num=1, max_num=8),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("width_mm"), FieldPanel("depth_mm"), FieldPanel("height_mm")]
                ),
                FieldPanel("weight_g"),
                FieldPanel("finish"),
                FieldPanel("care"),
            ],
            heading=_("Caractéristiques"),
        ),
        FieldPanel("food_pairing"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price"), FieldPanel("stock")]),
                FieldPanel("sku"),
                FieldPanel("on_sale"),
            ],
            heading=_("Vente"),
        ),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("japanese_name"),
        index.SearchField("summary"),
        index.SearchField("description"),
        index.SearchField("finish"),
        index.SearchField("food_pairing"),
        index.SearchField("sku"),
        index.RelatedFields("craft", [index.SearchField("name"), index.SearchField("name_ja")]),
        index.RelatedFields("material", [index.SearchField("name")]),
        index.RelatedFields("collectivite", [index.SearchField("title")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.AutocompleteField("japanese_name"),
        index.FilterField("edition_id"),
        index.FilterField("collectivite_id"),
        index.FilterField("material_id"),
        index.FilterField("locale_id"),
    ]

    parent_page_types = ["exhibition.ExhibitorPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("objet")
        verbose_name_plural = _("objets")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(price__gte=0), name="object_price_not_negative"
            ),
        ]

    api_fields = [
        APIField("japanese_name"),
        APIField("summary"),
        APIField("collectivite", serializer=TaxonomyField()),
        APIField("material", serializer=TaxonomyField()),
        APIField("craft", serializer=TaxonomyField()),
        APIField("price"),
        APIField("currency"),
        APIField("stock"),
        APIField("available", serializer=BooleanField(source="is_available", read_only=True)),
        APIField("sku"),
        APIField("on_sale"),
        APIField("tags"),
        APIField("images", serializer=GalleryField()),
        APIField("dimensions_display"),
        APIField("weight_g"),
    ]

    currency = "EUR"
    og_type = "product"

    def clean(self):
        super().clean()
        # Translations of an object share its SKU, so uniqueness holds within one language
        # tree; `locale` lives on wagtailcore's table, out of reach of a database constraint.
        if self.sku:
            clash = (
                CraftObjectPage.objects.filter(sku=self.sku, locale_id=self.locale_id)
                .exclude(pk=self.pk)
                .exists()
            )
            if clash:
                raise ValidationError(
                    {"sku": _("Cette référence est déjà utilisée par un autre objet.")}
                )

    def save(self, *args, **kwargs):
        self.sync_tree_fields()
        result = super().save(*args, **kwargs)
        if self.locale_id and self.locale.language_code == settings.LANGUAGE_CODE:
            CraftObjectPage.objects.mirror_commerce_to_translations(self.pk)
        return result

    def sync_tree_fields(self):
        """Copy edition and collectivité from the participation page above this object."""
        parent = self.get_parent() if self.path else None
        if parent is None:
            return
        exhibitor = parent.specific
        self.collectivite_id = getattr(exhibitor, "collectivite_id", None)
        edition = exhibitor.get_parent()
        self.edition_id = edition.pk if edition else None

    @property
    def shop_item(self):
        """The page the shop sells and counts stock on: the French (default locale) one."""
        if self.locale.language_code == settings.LANGUAGE_CODE:
            return self
        source = (
            CraftObjectPage.objects.filter(
                translation_key=self.translation_key,
                locale__language_code=settings.LANGUAGE_CODE,
            )
            .live()
            .first()
        )
        return source or self

    @property
    def cover(self):
        images = list(self.gallery_images.all())
        return images[0] if images else None

    @property
    def is_available(self):
        return self.on_sale and self.stock > 0

    @property
    def dimensions_display(self):
        sizes = [s for s in (self.width_mm, self.depth_mm, self.height_mm) if s]
        if not sizes:
            return ""
        return " × ".join(number_format(Decimal(s) / 10, decimal_pos=1) for s in sizes) + " cm"

    def related_objects(self, limit=4):
        base = (
            CraftObjectPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, edition_id=self.edition_id)
            .exclude(pk=self.pk)
            .for_listing()
            .order_by("title")
        )
        return {
            "same_collectivite": base.filter(collectivite_id=self.collectivite_id)[:limit],
            "same_material": base.filter(material_id=self.material_id).exclude(
                collectivite_id=self.collectivite_id
            )[:limit],
        }

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["gallery"] = list(
            self.gallery_images.select_related("image").prefetch_related("image__renditions")
        )
        context["related"] = self.related_objects()
        context["tourism_pages"] = self.collectivite.tourism_pages() if self.collectivite else []
        context["catalogue_page"] = self.edition.catalogue_page() if self.edition else None
        context["tags"] = list(self.tags.all())
        return context

    def _gallery(self, context):
        gallery = (context or {}).get("gallery")
        if gallery is None:
            gallery = list(self.gallery_images.select_related("image"))
        return gallery

    def og_image(self, context=None):
        gallery = self._gallery(context)
        return gallery[0].image if gallery else self.hero_image

    def structured_data(self, request, context=None):
        return [
            ld.breadcrumb(request, self),
            catalogue_ld.product(request, self, self._gallery(context)),
        ]


class CraftObjectImage(Orderable):
    page = ParentalKey(CraftObjectPage, related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        "exhibition.ExhibitionImage",
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    alt_text = models.CharField(
        _("texte alternatif"),
        max_length=250,
        help_text=_("Ce que montre l’image, pour qui ne la voit pas. Obligatoire."),
    )
    caption = models.CharField(_("légende"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("image de l’objet")
