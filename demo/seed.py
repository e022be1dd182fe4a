"""Builds the demo site, the 2021 edition «Shoku», from the data files in `demo/data/`.

Idempotent: everything is looked up by its slug (pages, snippets), reference (objects) or
title (images) first; what exists is left as it is, so re-running adds only what is missing
and never overwrites a curator's edits.

The pages that are not objects are built here; the objects are imported from objects.csv
through the curators' own import service (`demo.objects`). The French tree is built first,
then copied into English and Japanese (`localize.py`).
"""

from collections.abc import Callable
from decimal import Decimal
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.html import format_html
from django.utils.text import slugify

from wagtail.models import Collection, Locale, Page, Site

from catalogue.models import Artisan, CataloguePage, CraftTradition, Material, MaterialIndexPage
from exhibition.models import (
    CollectivitePage,
    EditionPage,
    EditionPart,
    ExhibitionImage,
    HomePage,
    RegionIndexPage,
    Theme,
    TourismPage,
    Venue,
)
from exhibition.roles import roles_sync

from . import images
from .content import load
from .glossary import seed_glossary
from .indexing import indexed_once
from .localize import DemoTranslator
from .objects import ObjectsImport
from .workshops import seed_workshops

Report = Callable[[str], None]


def demo_seed(*, report: Report, image_size: tuple[int, int] = (1200, 900)) -> int:
    """All that `seed_demo` creates; returns how many things were created (0: all there).

    The bench (bench/seed_large.py) calls it directly: it runs with production settings,
    where the demo app, and so its command, is not installed."""
    created = DemoSeeder(report=report, image_size=image_size).run()
    roles_sync(report=report)  # the demo's collectivités get their curators
    return created + seed_workshops(report=report) + seed_glossary(report=report)


class DemoSeeder:
    def __init__(self, *, report: Report, image_size: tuple[int, int] = (1200, 900)):
        self.report = report
        self.image_size = image_size
        self.created = 0
        self.locale = Locale.get_default()
        self.site = load("site")

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

    def _index(self, parent, model, key, **extra):
        fields = self.site[key]
        return self._child(parent, model, fields["slug"], lambda: model(**fields, **extra))

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
            self._crafts(regions, materials)
            self._artisans(regions)
            self.created += ObjectsImport(
                report=self.report,
                image_size=self.image_size,
                collection=self.collection,
                exhibitor_title=self.site["exhibitor_title"],
            ).run(edition, regions)
            self.created += DemoTranslator(report=self.report).run(home)
        return self.created

    def _collection(self):
        root = Collection.get_first_root_node()
        name = self.site["collection"]
        return root.get_children().filter(name=name).first() or root.add_child(name=name)

    def _home(self):
        self.report("Page d’accueil et site")
        root = Page.get_first_root_node()
        fields = self.site["home"]
        home = HomePage.objects.child_of(root).filter(slug=fields["slug"]).first()
        if home is None:
            home = self._publish(root, HomePage(**fields))
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                root_page=home,
                is_default_site=True,
                site_name=self.site["site_name"],
            )
        elif site.root_page_id != home.pk:
            old_root = site.root_page
            site.root_page = home
            site.site_name = self.site["site_name"]
            site.save()
            # Wagtail's placeholder «Welcome» page is of no use once the site has a home.
            if type(old_root.specific) is Page and not old_root.get_children().exists():
                old_root.delete()
        return home

    def _edition(self, home):
        self.report("Édition 2021 « Shoku »")
        fields = self.site["theme"]
        theme, created = Theme.objects.get_or_create(
            name=fields["name"], locale=self.locale, defaults=fields
        )
        self.created += int(created)
        fields = self.site["venue"]
        mcjp, created = Venue.objects.get_or_create(
            name=fields["name"],
            locale=self.locale,
            defaults={
                **fields,
                "latitude": Decimal(fields["latitude"]),
                "longitude": Decimal(fields["longitude"]),
            },
        )
        self.created += int(created)

        def build():
            fields = dict(self.site["edition"])
            parts = fields.pop("parts")
            edition = EditionPage(**fields)
            edition.themes = [theme]
            edition.parts = [_edition_part(part, mcjp) for part in parts]
            return edition

        edition = self._child(home, EditionPage, self.site["edition"]["slug"], build)
        self._index(edition, CataloguePage, "catalogue")
        if not home.featured_edition_id:
            home.featured_edition = edition
            home.save_revision().publish()
        return edition

    def _regions(self, home):
        self.report("Collectivités et pages tourisme")
        index = self._index(home, RegionIndexPage, "region_index", show_in_menus=True)
        tourism_by_region = {t["collectivite"]: t for t in load("tourism")}
        regions = {}
        for data in load("collectivites"):
            hero = self._image(
                f"Paysage – {data['short_name']}",
                lambda d=data: images.landscape_image(
                    d.get("image_kind", "montagne"),
                    seed=images.seed_of(d["slug"]),
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
                    data.get("image_kind", "jardin"),
                    seed=images.seed_of(data["slug"]),
                    size=self.image_size,
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
        self._index(home, MaterialIndexPage, "material_index", show_in_menus=True)
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
            for position, data in enumerate(load("materials"))
        }

    def _crafts(self, regions, materials):
        for data in load("crafts"):
            self._snippet(
                CraftTradition,
                data["slug"],
                name=data["name"],
                name_ja=data["name_ja"],
                name_fr=data.get("name_fr", ""),
                collectivite=regions[data["collectivite"]],
                material=materials[data["material"]],
                description=data.get("description", ""),
            )

    def _artisans(self, regions):
        for data in load("artisans"):
            self._snippet(
                Artisan,
                data["slug"],
                name=data["name"],
                name_ja=data.get("name_ja", ""),
                place=data["place"],
                collectivite=regions[data["collectivite"]],
                biography=data.get("bio", ""),
            )


def _edition_part(data, venue):
    return EditionPart(
        kind=data["kind"],
        title=data["title"],
        start_date=data.get("start_date"),
        end_date=data.get("end_date"),
        venue=venue if data.get("at_venue") else None,
        description=data["description"],
        link=data.get("link", ""),
    )


def _place(data):
    return {
        "name": data["name"],
        "name_ja": data.get("name_ja", ""),
        "text": data["text"],
        "image": None,
    }
