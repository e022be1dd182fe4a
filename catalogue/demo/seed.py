"""Builds the demo site: the 2021 edition «Shoku» from the facts in `catalogue.demo.data`.

Idempotent: everything is looked up by its slug (pages, snippets) or title (images) first;
what exists is left as it is, so re-running adds only what is missing and never overwrites
a curator's edits.

The French tree is built first, then copied into English and Japanese (`localize.py`).
"""

import datetime
from collections.abc import Callable
from decimal import Decimal
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import format_html
from django.utils.text import slugify
from django.utils.translation import ngettext

from wagtail.models import Collection, Locale, Page, Site
from wagtail.rich_text import RichText

from catalogue.demo import images
from catalogue.demo.data.artisans import ARTISANS
from catalogue.demo.data.collectivites import COLLECTIVITES, CRAFTS
from catalogue.demo.data.materials import MATERIALS
from catalogue.demo.data.objects import OBJECTS
from catalogue.demo.data.tourism import TOURISM
from catalogue.demo.indexing import indexed_once
from catalogue.demo.localize import DemoTranslator
from catalogue.models import (
    Artisan,
    CataloguePage,
    CraftObjectImage,
    CraftObjectPage,
    CraftTradition,
    Material,
    MaterialIndexPage,
)
from exhibition.models import (
    CollectivitePage,
    EditionPage,
    ExhibitionImage,
    ExhibitorPage,
    HomePage,
    RegionIndexPage,
    Theme,
    TourismPage,
    Venue,
)

ALT_VIEWS = ["vue d’ensemble", "détail de la surface", "vue de profil"]
Report = Callable[[str], None]


class DemoSeeder:
    def __init__(self, *, report: Report, image_size: tuple[int, int] = (1200, 900)):
        self.report = report
        self.image_size = image_size
        self.created = 0
        self.locale = Locale.get_default()

    # -- helpers ---------------------------------------------------------------------

    def _publish(self, parent, page):
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created += 1
        return page

    def _child(self, parent, model, slug, build):
        existing = model.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing
        return self._publish(parent, build())

    def _image(self, title, make_bytes, *, description):
        image = ExhibitionImage.objects.filter(title=title, collection=self.collection).first()
        if image:
            return image
        data = make_bytes()
        image = ExhibitionImage(
            title=title,
            description=description,
            collection=self.collection,
            file=ImageFile(BytesIO(data), name=f"{slugify(title)[:80]}.jpg"),
        )
        image.save()
        self.created += 1
        return image

    def _snippet(self, model, slug, **fields):
        obj, created = model.objects.get_or_create(slug=slug, locale=self.locale, defaults=fields)
        self.created += int(created)
        return obj

    # -- steps -----------------------------------------------------------------------

    def run(self):
        with transaction.atomic(), indexed_once():
            self.collection = self._collection()
            home = self._home()
            edition = self._edition(home)
            regions = self._regions(home)
            materials = self._materials(home)
            crafts = self._crafts(regions, materials)
            artisans = self._artisans(regions)
            self._objects(edition, regions, materials, crafts, artisans)
            self.created += DemoTranslator(report=self.report).run(home)
        return self.created

    def _collection(self):
        root = Collection.get_first_root_node()
        existing = root.get_children().filter(name="Démo 2021").first()
        return existing or root.add_child(name="Démo 2021")

    def _home(self):
        self.report("Page d’accueil et site")
        root = Page.get_first_root_node()
        home = HomePage.objects.child_of(root).filter(slug="accueil").first()
        if home is None:
            home = self._publish(
                root,
                HomePage(
                    title="Synergies entre tradition et modernité",
                    slug="accueil",
                    lead=(
                        "L’artisanat local à la pointe de l’innovation : des objets d’art "
                        "de la table venus de huit collectivités du Japon, à découvrir en "
                        "ligne et à la Maison de la Culture du Japon à Paris."
                    ),
                ),
            )
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                root_page=home,
                is_default_site=True,
                site_name="Tradition et Modernité",
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = "Tradition et Modernité"
            site.save()
            # Wagtail's placeholder «Welcome» page is of no use once the site has a home.
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()
        return home

    def _edition(self, home):
        self.report("Édition 2021 « Shoku »")
        theme, created = Theme.objects.get_or_create(
            name="Shoku – arts de la table",
            locale=self.locale,
            defaults={
                "name_ja": "食",
                "description": "Vaisselle, couverts, couteaux, théières : les objets de la table.",
            },
        )
        self.created += int(created)
        mcjp, created = Venue.objects.get_or_create(
            name="Maison de la Culture du Japon à Paris",
            locale=self.locale,
            defaults={
                "street_address": "101 bis quai Jacques Chirac",
                "postal_code": "75015",
                "city": "Paris",
                "latitude": Decimal("48.855740"),
                "longitude": Decimal("2.289670"),
                "website": "https://www.mcjp.fr/",
            },
        )
        self.created += int(created)

        def build():
            edition = EditionPage(
                title="8e édition – Shoku, arts de la table",
                slug="2021-shoku",
                number=8,
                year=2021,
                lead=(
                    "Plus de 100 objets de la table venus de huit collectivités japonaises : "
                    "une vente en avant-première, une exposition en ligne et une exposition "
                    "à la Maison de la Culture du Japon à Paris."
                ),
                introduction=(
                    "<p>Cette série d’expositions présente les traditions et les innovations de "
                    "régions du Japon méconnues en France, à travers les techniques de "
                    "l’industrie traditionnelle et des objets artisanaux profondément ancrés "
                    "dans l’histoire et la culture de chaque région. La 8<sup>e</sup> édition a "
                    "pour thème « Shoku » (arts de la table).</p>"
                ),
            )
            edition.themes = [theme]
            edition.parts = _edition_parts(mcjp)
            return edition

        edition = self._child(home, EditionPage, "2021-shoku", build)
        self._child(
            edition,
            CataloguePage,
            "catalogue",
            lambda: CataloguePage(
                title="Catalogue de l’exposition",
                slug="catalogue",
                lead="Tous les objets, par provenance ou par matériau.",
            ),
        )
        if not home.featured_edition_id:
            home.featured_edition = edition
            home.save_revision().publish()
        return edition

    def _regions(self, home):
        self.report("Collectivités et pages tourisme")
        index = self._child(
            home,
            RegionIndexPage,
            "collectivites",
            lambda: RegionIndexPage(
                title="Les collectivités",
                slug="collectivites",
                lead="Départements et villes du Japon, leurs artisanats et leurs paysages.",
                show_in_menus=True,
            ),
        )
        tourism_by_region = {t["collectivite"]: t for t in TOURISM}
        regions = {}
        for data in COLLECTIVITES:
            hero = self._image(
                f"Paysage – {data['short_name']}",
                lambda d=data: images.landscape_image(
                    d.get("image_kind", "montagne"),
                    seed=_seed(d["slug"]),
                    size=(1600, 900) if self.image_size[0] >= 1000 else self.image_size,
                ),
                description=f"Paysage évoquant {data['short_name']} (illustration)",
            )

            def build(d=data, hero=hero):
                return CollectivitePage(
                    title=d["title"],
                    slug=d["slug"],
                    kind=d["kind"],
                    short_name=d["short_name"],
                    name_ja=d["name_ja"],
                    prefecture=d["prefecture"],
                    prefecture_ja=d.get("prefecture_ja", ""),
                    region=d.get("region", ""),
                    latitude=Decimal(str(d["latitude"])),
                    longitude=Decimal(str(d["longitude"])),
                    lead=d["intro"],
                    hero_image=hero,
                )

            region = self._child(index, CollectivitePage, data["slug"], build)
            regions[data["slug"]] = region
            if data["slug"] in tourism_by_region:
                self._tourism(region, tourism_by_region[data["slug"]])
        return regions

    def _tourism(self, region, data):
        def build():
            hero = self._image(
                f"Tourisme – {data['title']}",
                lambda: images.landscape_image(
                    data.get("image_kind", "jardin"), seed=_seed(data["slug"]), size=self.image_size
                ),
                description=f"Illustration : {data['title']}",
            )
            return TourismPage(
                title=data["title"],
                slug=data["slug"],
                title_ja=data.get("title_ja", ""),
                lead=data["intro"],
                hero_image=hero,
                sights=[("place", _place(p)) for p in data["sights"]],
                food=[("place", _place(p)) for p in data["food"]],
                seasons=[
                    ("season", {k: s.get(k, "") for k in ("name", "name_ja", "when", "text")})
                    for s in data["seasons"]
                ],
                access=format_html("<p>{}</p>", data["access"]),
                links=[
                    ("link", {"label": link["label"], "url": link["url"]}) for link in data["links"]
                ],
            )

        return self._child(region, TourismPage, data["slug"], build)

    def _materials(self, home):
        self.report("Matériaux")
        self._child(
            home,
            MaterialIndexPage,
            "materiaux",
            lambda: MaterialIndexPage(
                title="Les matériaux",
                slug="materiaux",
                lead="Laque, porcelaine, métal, bois, textile : les objets par matériau.",
                show_in_menus=True,
            ),
        )
        return {
            data["slug"]: self._snippet(
                Material,
                data["slug"],
                name=data["name"],
                name_ja=data["name_ja"],
                romaji=data.get("romaji", ""),
                description=data.get("description", ""),
                sort_order=position,
            )
            for position, data in enumerate(MATERIALS)
        }

    def _crafts(self, regions, materials):
        return {
            data["slug"]: self._snippet(
                CraftTradition,
                data["slug"],
                name=data["name"],
                name_ja=data["name_ja"],
                name_fr=data.get("name_fr", ""),
                collectivite=regions[data["collectivite"]],
                material=materials[data["material"]],
                description=data.get("description", ""),
            )
            for data in CRAFTS
        }

    def _artisans(self, regions):
        return {
            data["slug"]: self._snippet(
                Artisan,
                data["slug"],
                name=data["name"],
                name_ja=data.get("name_ja", ""),
                place=data["place"],
                collectivite=regions[data["collectivite"]],
                biography=data.get("bio", ""),
            )
            for data in ARTISANS
        }

    def _objects(self, edition, regions, materials, crafts, artisans):
        by_region = {}
        for data in OBJECTS:
            by_region.setdefault(data["collectivite"], []).append(data)
        for slug, region in regions.items():
            exhibitor = self._child(
                edition,
                ExhibitorPage,
                slug,
                lambda r=region: ExhibitorPage(
                    title=f"{r.short_name} à la 8e édition",
                    slug=r.slug,
                    collectivite=r,
                    lead=r.lead,
                ),
            )
            items = by_region.get(slug, [])
            self.report(
                ngettext(
                    "  %(name)s : %(count)d objet", "  %(name)s : %(count)d objets", len(items)
                )
                % {"name": region.short_name, "count": len(items)}
            )
            for data in items:
                self._object(exhibitor, data, materials, crafts, artisans)

    def _object(self, exhibitor, data, materials, crafts, artisans):
        slug = slugify(data["title"])[:80]
        if CraftObjectPage.objects.filter(sku=data["sku"], locale=self.locale).exists():
            return
        craft = crafts.get(data.get("craft"))
        page = CraftObjectPage(
            title=data["title"],
            slug=slug,
            japanese_name=data.get("japanese_name", ""),
            summary=data["summary"],
            material=materials[data["material"]],
            craft=craft,
            artisan=artisans.get(data.get("artisan")),
            description=[
                ("paragraph", RichText(format_html("<p>{}</p>", data["description"]))),
                (
                    "story",
                    {
                        "title": "Tradition et modernité",
                        "tradition": craft.description if craft else data["description"],
                        "modernity": data["story"],
                    },
                ),
            ],
            width_mm=data.get("width_mm"),
            depth_mm=data.get("depth_mm"),
            height_mm=data.get("height_mm"),
            weight_g=data.get("weight_g"),
            finish=data.get("finish", ""),
            care=data.get("care", ""),
            food_pairing=data.get("pairing", ""),
            price=Decimal(data["price"]),
            stock=data["stock"],
            sku=data["sku"],
            search_description=data["summary"],
        )
        for variant in range(data.get("images", 1)):
            image = self._image(
                f"{data['sku']} – {data['title']} ({variant + 1})",
                lambda v=variant: images.object_image(
                    data["material"],
                    craft=data.get("craft"),
                    seed=_seed(data["sku"]),
                    variant=v,
                    size=self.image_size,
                ),
                description=f"{data['title']}, {ALT_VIEWS[variant % len(ALT_VIEWS)]}",
            )
            page.gallery_images.add(
                CraftObjectImage(
                    image=image,
                    alt_text=f"{data['title']}, {ALT_VIEWS[variant % len(ALT_VIEWS)]}",
                    sort_order=variant,
                )
            )
        page.tags.add(*data.get("tags", []))
        self._publish(exhibitor, page)


def _edition_parts(venue):
    from exhibition.models import EditionPart

    return [
        EditionPart(
            kind=EditionPart.Kind.PRESALE,
            title=(
                "Produits artisanaux traditionnels au service du plaisir du Shoku régional japonais"
            ),
            end_date=datetime.date(2021, 2, 27),
            venue=venue,
            description=(
                "Vente en avant-première à la boutique Takumi flavours de la MCJP : les objets "
                "de l’exposition accompagnés de mets locaux assortis, et nos idées d’accords "
                "entre mets régionaux et produits artisanaux traditionnels."
            ),
        ),
        EditionPart(
            kind=EditionPart.Kind.ONLINE,
            title="Exposition en ligne",
            start_date=datetime.date(2021, 2, 1),
            end_date=datetime.date(2021, 2, 28),
            description=(
                "Une web-exposition étoffée d’informations sur les objets exposés, classés par "
                "provenance (8 collectivités) ou par matériau (6 catégories), consultables et "
                "disponibles à la vente avant même l’exposition à la MCJP."
            ),
        ),
        EditionPart(
            kind=EditionPart.Kind.EXHIBITION,
            title="Exposition à la Maison de la Culture du Japon à Paris",
            start_date=datetime.date(2021, 3, 2),
            end_date=datetime.date(2021, 3, 13),
            venue=venue,
            description=(
                "Plus de 100 objets d’art de la table à prendre en main et à acheter sur place, "
                "des informations touristiques de chaque collectivité, et la collaboration d’un "
                "designer français qui marie l’art de la table à la française et l’artisanat "
                "traditionnel japonais."
            ),
        ),
        EditionPart(
            kind=EditionPart.Kind.EVENT,
            title="Atelier « découverte et initiation »",
            start_date=datetime.date(2021, 3, 6),
            end_date=datetime.date(2021, 3, 6),
            venue=venue,
            description="Atelier sur réservation uniquement.",
            link="https://www.mcjp.fr/",
        ),
    ]


def _place(data):
    return {
        "name": data["name"],
        "name_ja": data.get("name_ja", ""),
        "text": data["text"],
        "image": None,
    }


def _seed(text: str) -> int:
    # Stable across runs and machines (unlike hash()), so images are reproducible.
    return sum((index + 1) * ord(char) for index, char in enumerate(text))
