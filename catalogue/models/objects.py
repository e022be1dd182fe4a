from decimal import Decimal
from functools import partial

from rest_framework.fields import BooleanField
from wagtail_localize.fields import BaseTranslatableField, SynchronizedField

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models, transaction
from django.db.models import Prefetch
from django.dispatch import receiver
from django.utils.formats import number_format
from django.utils.functional import classproperty
from django.utils.translation import gettext_lazy as _

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail.signals import page_published

from catalogue import structured_data as catalogue_ld
from catalogue.api.serializers import GalleryField, TagNamesField, TaxonomyField
from catalogue.blocks import ObjectDescriptionBlock
from catalogue.models.editing import (
    BOUND_MESSAGES,
    MAX_PRICE,
    MAX_WEIGHT_G,
    CraftObjectPageForm,
    between,
    dimension,
)
from catalogue.models.querysets import COMMERCE_FIELDS, PAGE_RELATIONS, CraftObjectManager
from catalogue.models.shows import Shown, editions_shown, extra_show_editions
from catalogue.renditions import gallery_prefetch, make_object_renditions, renditions_prefetch
from core import structured_data as ld
from core.caching import OBJECTS, cached_for_content, cached_many_for_content, object_tag
from core.page_context import ExtendedContextMixin
from core.shared_rows import SharedRowsPickling
from exhibition.models import EditionPage, EditionPart, RegionalSpeciality
from exhibition.sales import sales_calendar


class KeptPerLanguage(BaseTranslatableField):
    """wagtail-localize neither translates nor synchronises the field: each language
    version keeps its own value (an object's keywords, set by the import or an editor)."""


class CraftObjectTag(TaggedItemBase):
    content_object = ParentalKey(
        "catalogue.CraftObjectPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class CraftObjectPage(SharedRowsPickling, ExtendedContextMixin, Page):
    """An object of the exhibition, shown in the web exhibition and sold in the shop.

    `edition` and `collectivite` repeat what the page tree says (the object lives under
    its collectivité's participation in an edition) so that catalogue filters and facet
    counts are single indexed queries; `save()` keeps them in step with the tree.

    English and Japanese objects are translations of the French one (same translation_key).
    The shop sells the French page only (`shop_item`), so stock is counted once whatever
    the visitor's language; price, stock, SKU and «en vente» exist once, on the French
    page: a translation takes them from it at every save, whoever saves it (the admin,
    wagtail-localize, an import, a published revision), so no page, card, API answer or
    cart can show another figure. The admin shows them read-only on translations.
    """

    japanese_name = models.CharField(
        _("nom japonais"),
        max_length=160,
        blank=True,
        help_text=_("Tel qu’il est écrit au Japon, par exemple « 九谷焼 豆皿 »."),
    )
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
    # The title, copied here by save() like edition and collectivité above: the «other
    # objects» lists are read in title order from an index of this table (Meta.indexes),
    # a few rows each, rather than by sorting the whole edition's pages.
    sort_title = models.CharField(
        _("titre (tri)"), max_length=255, blank=True, default="", editable=False
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
        help_text=_("Le matériau principal : il range l’objet dans le catalogue par matériau."),
    )
    craft = models.ForeignKey(
        "catalogue.CraftTradition",
        verbose_name=_("artisanat traditionnel"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="craft_objects",
        help_text=_("L’artisanat reconnu dont relève l’objet, par exemple Kutani-yaki / 九谷焼."),
    )
    artisan = models.ForeignKey(
        "catalogue.Artisan",
        verbose_name=_("artisan ou atelier"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="craft_objects",
        help_text=_("Absent de la liste ? Les éditeurs de l’exposition peuvent l’ajouter."),
    )
    description = StreamField(
        ObjectDescriptionBlock(),
        blank=True,
        verbose_name=_("description"),
        help_text=_("Le texte de la page de l’objet : l’objet, son histoire, son usage."),
    )

    width_mm = dimension(_("largeur (mm)"), "width_mm")
    depth_mm = dimension(_("profondeur (mm)"), "depth_mm")
    height_mm = dimension(_("hauteur (mm)"), "height_mm")
    weight_g = models.PositiveIntegerField(
        _("poids (g)"),
        null=True,
        blank=True,
        validators=between("weight_g", 1, MAX_WEIGHT_G),
        help_text=_("En grammes, de 1 à 200 000 (200 kg). Vide si inconnu."),
    )
    finish = models.CharField(
        _("matières et finition"),
        max_length=300,
        blank=True,
        help_text=_("Par exemple : « porcelaine, émail bleu de cobalt, filet d’or »."),
    )
    care = models.TextField(
        _("entretien"),
        blank=True,
        help_text=_("Lavage à la main, lave-vaisselle, micro-ondes : ce qu’il faut savoir."),
    )
    food_pairing = models.TextField(
        _("accord mets"),
        blank=True,
        help_text=_("Quel plat, quelle boisson servir avec cet objet."),
    )
    pairings = ParentalManyToManyField(
        "exhibition.RegionalSpeciality",
        verbose_name=_("spécialités à servir avec"),
        blank=True,
        related_name="craft_objects",
        # Chosen in French, the source language: translations show the same specialities
        # in their own language (`paired_specialities`).
        limit_choices_to={"locale__language_code": settings.LANGUAGE_CODE},
        help_text=_("Les spécialités régionales de l’accord mets ; leur page renvoie à l’objet."),
    )
    tags = ClusterTaggableManager(
        through=CraftObjectTag,
        blank=True,
        verbose_name=_("mots-clés"),
        help_text=_("Pour la recherche, séparés par des virgules : « thé, cadeau, rouge »."),
    )

    price = models.DecimalField(
        _("prix TTC (€)"),
        max_digits=8,
        decimal_places=2,
        validators=between("price", Decimal("0.00"), MAX_PRICE),
        help_text=_("Prix de vente toutes taxes comprises, en euros, de 0 à 50 000 €."),
    )
    stock = models.PositiveIntegerField(
        _("stock"),
        default=0,
        validators=[MinValueValidator(0, message=BOUND_MESSAGES["stock"])],
        help_text=_("Pièces à vendre. Chaque commande le diminue ; à 0, l’objet est épuisé."),
    )
    sku = models.CharField(
        _("référence (SKU)"),
        max_length=40,
        db_index=True,
        help_text=_("Unique dans le catalogue, par exemple KNZ-001 ; reprise sur les commandes."),
    )
    on_sale = models.BooleanField(
        _("en vente"),
        default=True,
        help_text=_("Décoché : l’objet reste dans l’exposition mais ne peut plus être acheté."),
    )

    # wagtail-localize: the shop's fields are copied from the French page, never offered
    # to the translator (a CharField like the SKU would otherwise be a text to translate,
    # and price or stock an «override» of the French value).
    # The Japanese name is the same on every language version: copied, not translated.
    # Keywords are each language's own: a save from the translation editor leaves them.
    override_translatable_fields = [
        *(SynchronizedField(name, overridable=False) for name in COMMERCE_FIELDS),
        SynchronizedField("japanese_name", overridable=False),
        # The same specialities on every version (mapped to the page's language on display).
        SynchronizedField("pairings", overridable=False),
        KeptPerLanguage("tags"),
        KeptPerLanguage("tagged_items"),
    ]

    objects = CraftObjectManager()
    # Shown on every object page, shared by thousands of objects and changed only with
    # the site: taken from memory when routing finds the page (core/shared_rows.py).
    route_shared_rows = PAGE_RELATIONS

    @classproperty
    def route_prefetch_related(cls):
        """The gallery with its images and their renditions (made at publication,
        catalogue/renditions.py), the tags: three queries for a whole page's pictures."""
        return (
            gallery_prefetch(),
            "tags",
        )

    base_form_class = CraftObjectPageForm
    content_panels = [
        *Page.content_panels,
        FieldPanel("japanese_name"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("material"), FieldPanel("craft"), FieldPanel("artisan")]),
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
        MultiFieldPanel(
            [
                FieldPanel("food_pairing"),
                FieldPanel("pairings", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Accord mets"),
        ),
        FieldPanel("tags"),
    ]
    sale_panels = [
        FieldRowPanel([FieldPanel("price"), FieldPanel("stock")]),
        FieldPanel("sku"),
        FieldPanel("on_sale"),
    ]
    media_panels = [
        InlinePanel("gallery_images", heading=_("Galerie"), label=_("image"), min_num=1, max_num=8),
    ]
    shows_panels = [
        InlinePanel("shows", heading=_("Présenté aussi à"), label=_("autre édition")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Contenu")),
            ObjectList(sale_panels, heading=_("Vente")),
            ObjectList(media_panels, heading=_("Médias")),
            ObjectList(shows_panels, heading=_("Expositions")),
            ObjectList(Page.promote_panels, heading=_("Référencement")),
            ObjectList(Page.settings_panels, heading=_("Paramètres"), classname="settings"),
        ]
    )
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
        indexes = [
            # `_ranked_related`: the first objects of a collectivité, of a material.
            models.Index(
                fields=["edition", "collectivite", "sort_title", "page_ptr"],
                name="object_place_by_title",
            ),
            models.Index(
                fields=["edition", "material", "sort_title", "page_ptr"],
                name="object_material_by_title",
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
        APIField("tags", serializer=TagNamesField()),
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
        self.sort_title = self.title
        self.take_commerce_from_source()
        self._listings_before = self._listing_tags_in_database()
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

    def take_commerce_from_source(self):
        """On a translation, the French page's price, stock, SKU and «en vente»."""
        source = CraftObjectPage.objects.commerce_of_source(self)
        for name, value in (source or {}).items():
            setattr(self, name, value)

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
        return self.sales_open and self.stock > 0

    @property
    def sales_open(self) -> bool:
        """«En vente» and one of the editions it is shown in sells online today
        (exhibition/sales.py): otherwise the page says «Présenté en 2021», no cart."""
        if not self.on_sale:
            return False
        calendar = sales_calendar()
        return any(calendar.sells(pk) for pk in self.show_edition_ids())

    def show_edition_ids(self) -> list[int]:
        """Its own edition, then those it is also shown in (`ObjectShow`, from the French
        page: translations keep its list), as page ids."""
        extra = extra_show_editions().get(self.translation_key, [])
        return [pk for pk in (self.edition_id, *extra) if pk is not None]

    @property
    def shown_years(self) -> list[int]:
        years = sales_calendar().years
        return sorted({years[pk] for pk in self.show_edition_ids() if pk in years})

    def shows_list(self) -> list:
        """The editions it is shown in, oldest first, in the page's language. Most objects
        are shown in their own edition only, known to the whole site (`edition_listed`).
        The others' list is read once until the object is published again."""
        if self.translation_key not in extra_show_editions():
            shown = edition_listed(self.edition_id)
            return [shown] if shown is not None else []
        return cached_for_content(
            f"shows-of:{self.pk}", lambda: editions_shown(self), tags=self.cache_tags
        )

    # What the caches know it by (core/caching.py): one tag for the object in every
    # language, renewed by each stock movement and each publication.
    @property
    def cache_tags(self) -> tuple:
        return (object_tag(self.translation_key),)

    def changed_tags(self) -> tuple:
        """What its publication, unpublication or deletion renews: itself, and the
        listings it can appear in (before and after, when its material changed); not the
        rest of the site."""
        return (
            *self.cache_tags,
            OBJECTS,
            "pages",  # a URL that was not found may be found now (core/routing.py)
            *self.surroundings_tags(),
            *getattr(self, "_listings_before", ()),
        )

    def surroundings_tags(self) -> tuple:
        """The «other objects» lists below the page: same collectivité, same material."""
        return _listing_tags(self.collectivite_id, self.material_id)

    def _listing_tags_in_database(self) -> tuple:
        if not self.pk:
            return ()
        row = (
            CraftObjectPage.objects.filter(pk=self.pk)
            .values_list("collectivite_id", "material_id")
            .first()
        )
        return _listing_tags(*row) if row else ()

    @property
    def dimensions_display(self):
        sizes = [s for s in (self.width_mm, self.depth_mm, self.height_mm) if s]
        if not sizes:
            return ""
        return " × ".join(number_format(Decimal(s) / 10, decimal_pos=1) for s in sizes) + " cm"

    def surroundings_key(self) -> str:
        """What the «other objects» below the page are made of, for the fragment's key:
        the same for most objects of a collectivité and material (all but the first few,
        which leave themselves out of their collectivité's list), so that one rendering
        serves them all."""
        related = self.related_objects()
        shown = {
            name: ",".join(str(getattr(row, "pk", row)) for row in rows)
            for name, rows in related.items()
        }
        return (
            f"{self.collectivite_id}:{self.material_id}:"
            f"{shown['same_collectivite']}:{shown['same_material']}"
        )

    def related_objects(self, limit=4) -> dict[str, list]:
        """Other objects of its edition, by title: up to `limit` of its collectivité, and
        up to `limit` of its material from other collectivités (asked once per page).

        Each list is the same for every object of its collectivité (and material): its
        pks are kept once for them all, until an object joins, leaves or is renamed there
        (a publication renews the listing's tag, `changed_tags`). Lists not kept yet are
        ranked in one query, their rows read with what their cards show (catalogue/
        cards.py renders a missing card from them); kept ones come as pks."""
        asked = self.__dict__.setdefault("_related_asked", {})
        if limit not in asked:
            asked[limit] = self._related_objects(limit)
        return asked[limit]

    def _related_objects(self, limit) -> dict[str, list]:
        place_tag, material_tag = self.surroundings_tags()
        scope = f"{self.locale_id}:{self.edition_id}"
        names = {
            # One more than shown: this page is in its collectivité's list, left out here.
            f"first-of-place:{scope}:{self.collectivite_id}:{limit + 1}": "same_collectivite",
            f"first-of-material:{scope}:{self.material_id}:not:{self.collectivite_id}:{limit}": (
                "same_material"
            ),
        }
        tags = {"same_collectivite": (place_tag,), "same_material": (material_tag,)}
        rows = {}

        def rank(missing):
            ranked = self._ranked_related([names[key] for key in missing], limit)
            for found in ranked.values():
                rows.update((row.pk, row) for row in found)
            return {key: [row.pk for row in ranked[names[key]]] for key in missing}

        lists = cached_many_for_content(list(names), rank, tags_of=lambda key: tags[names[key]])
        place, material = (lists[key] for key in names)
        return {
            "same_collectivite": [rows.get(pk, pk) for pk in place if pk != self.pk][:limit],
            "same_material": [rows.get(pk, pk) for pk in material],
        }

    def _ranked_related(self, names, limit) -> dict[str, list]:
        """The first objects of the lists `names` by title, whole, in one query: each list
        a subquery read in order from its index (Meta.indexes) and stopped at its last
        row, whatever the edition's size."""
        same_place = models.Q(collectivite_id=self.collectivite_id)
        edition = (
            CraftObjectPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, edition_id=self.edition_id)
            .order_by("sort_title", "pk")
            .values("pk")
        )
        lists = {
            "same_collectivite": edition.filter(same_place)[: limit + 1],
            "same_material": edition.filter(material_id=self.material_id).exclude(same_place)[
                :limit
            ],
        }
        # A union of the lists, not an OR of them, which PostgreSQL answers by reading the
        # whole table; each member unsliced (SQLite refuses LIMIT in a union's members).
        first, *others = (
            CraftObjectPage.objects.filter(pk__in=lists[name]).order_by().values("pk")
            for name in names
        )
        wanted = first.union(*others, all=True)
        rows = (
            CraftObjectPage.objects.filter(pk__in=wanted)
            .annotate(
                same_place=models.Case(
                    models.When(same_place, then=models.Value(True)),
                    default=models.Value(False),
                )
            )
            .with_shared_rows()
            .order_by("sort_title", "pk")
        )
        found = {"same_collectivite": [], "same_material": []}
        for row in rows:
            found["same_collectivite" if row.same_place else "same_material"].append(row)
        return {name: found[name] for name in names}

    def related_cards(self, request=None) -> dict[str, list]:
        """The cards of `related_objects`, both lists in one lookup: a card shown on
        another page is not rendered again."""
        from catalogue.cards import object_cards

        related = self.related_objects()
        place, material = related["same_collectivite"], related["same_material"]
        cards = object_cards([*place, *material], request=request)
        if len(cards) < len(place) + len(material):
            # One was unpublished meanwhile, its card left out: which list it was in is
            # not known from here, so each list asks for its own (cached now).
            return {name: object_cards(pks, request=request) for name, pks in related.items()}
        return {"same_collectivite": cards[: len(place)], "same_material": cards[len(place) :]}

    def region_tourism(self) -> list:
        """The collectivité's first public tourism page, for the region's teaser: with
        its picture's renditions, and the private sections known to the whole site
        (core/view_restrictions.py) rather than read again."""
        from exhibition.models import TourismPage

        if self.collectivite is None:
            return []
        return list(
            TourismPage.objects.child_of(self.collectivite)
            .live()
            .exclude(CraftObjectPage.objects.private_q())
            .select_related("hero_image")
            .prefetch_related(renditions_prefetch("hero_image__renditions"))[:1]
        )

    def paired_specialities(self, *, preview=False):
        """The specialities of the «accord mets» in the page's language: a translation may
        still hold the French rows it was copied with. Few objects have any: those are
        known to the whole site (`objects_with_pairings`), the others ask nothing (a
        preview asks, its pairings may be new)."""
        if not preview and self.translation_key not in objects_with_pairings():
            return []
        keys = [speciality.translation_key for speciality in self.pairings.all()]
        return list(
            RegionalSpeciality.objects.filter(locale_id=self.locale_id, translation_key__in=keys)
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["gallery"] = self.gallery()
        context["specialities"] = self.paired_specialities(
            preview=getattr(request, "is_preview", False)
        )
        context["tags"] = list(self.tags.all())
        # Callables, called by the template inside a fragment cached until the content
        # changes: on most requests they never run.
        context["related"] = partial(self.related_cards, request)
        context["tourism_pages"] = self.region_tourism
        context["catalogue_page"] = catalogue_pages().get(self.edition_id)
        return context

    def gallery(self):
        """The images in order, with their renditions: prefetched when routing found the page."""
        if "gallery_images" in getattr(self, "_prefetched_objects_cache", {}):
            return list(self.gallery_images.all())
        return list(
            self.gallery_images.select_related("image").prefetch_related(renditions_prefetch())
        )

    def _gallery(self, context):
        gallery = (context or {}).get("gallery")
        return self.gallery() if gallery is None else gallery

    def og_image(self, context=None):
        gallery = self._gallery(context)
        return gallery[0].image if gallery else self.hero_image

    def structured_data(self, request, context=None):
        return [
            ld.breadcrumb(request, self),
            catalogue_ld.product(request, self, self._gallery(context)),
        ]


def edition_listed(edition_id):
    """Shown(edition) of a live edition page (any language) with its parts and their
    venues (an object's page names its cities, a catalogue its parts' sales notes), or
    None. All editions are read at once, a few dozen pages, and each kept under its own
    key: a page reads its own edition's entry, not the whole site's list (unpickled on
    every read). Editions change with the site only."""
    if edition_id is None:
        return None

    def read(missing):
        parts = Prefetch("parts", queryset=EditionPart.objects.select_related("venue"))
        listed = {
            f"edition-listed:{edition.pk}": Shown(edition)
            for edition in EditionPage.objects.live().prefetch_related(parts)
        }
        # An id that is no live edition is remembered too, as such.
        return {key: listed.get(key) for key in missing} | listed

    key = f"edition-listed:{edition_id}"
    return cached_many_for_content([key], read, tags_of=lambda _key: ())[key]


def catalogue_pages() -> dict:
    """{edition page id: its live catalogue}, every edition in every language: one entry
    for the whole site (a handful of pages), where tags link to their catalogue. A page's
    place changes with the site only."""
    from catalogue.models import CataloguePage  # defined beside the objects, after them

    def read():
        catalogues = list(CataloguePage.objects.live())
        parents = dict(
            Page.objects.filter(
                path__in=[catalogue.path[: -Page.steplen] for catalogue in catalogues]
            ).values_list("path", "pk")
        )
        return {parents[catalogue.path[: -Page.steplen]]: catalogue for catalogue in catalogues}

    return cached_for_content("catalogue-pages", read, tags=())


def objects_with_pairings() -> frozenset:
    """The translation keys of the objects that have an «accord mets» with specialities:
    one entry for the site, renewed when an object is published."""

    def read():
        pairs = CraftObjectPage.pairings.through.objects
        return frozenset(pairs.values_list("craftobjectpage__translation_key", flat=True))

    return cached_for_content("objects-with-pairings", read, tags=(OBJECTS,), notes=False)


class CraftObjectImage(TranslatableMixin, Orderable):
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
    caption = models.CharField(
        _("légende"), max_length=250, blank=True, help_text=_("Facultative, sous l’image.")
    )

    panels = [FieldPanel("image"), FieldPanel("alt_text"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("image de l’objet")


def _listing_tags(collectivite_id, material_id) -> tuple:
    return (f"listing:collectivite:{collectivite_id}", f"listing:material:{material_id}")


@receiver(page_published, sender=CraftObjectPage)
def make_renditions_when_published(sender, instance, **kwargs):
    """Its pictures in every size its page and cards show, made now rather than in the
    first visitor's request (catalogue/renditions.py); after the commit, so that a
    publication rolled back leaves no work behind and the editor's save is not held."""
    transaction.on_commit(partial(make_object_renditions, [instance.pk]))
