"""Builds the demo site, the 2021 edition «Shoku», from the data files in `demo/data/`.

Idempotent: everything is looked up by its slug (pages, snippets), reference (objects) or
title (images) first; what exists is left as it is, so re-running adds only what is missing
and never overwrites a curator's edits.

The pages that are not objects are built here, by the builders the translations use too
(`builders`); the objects are imported from objects.csv through the curators' own import
service (`demo.objects`). The French tree is built first, then translated into English and
Japanese through the translation service (`localize.py`), and last the objects, whose
rows carry their own English and Japanese columns.
"""

from collections.abc import Callable
from decimal import Decimal
from io import BytesIO

from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify

from wagtail.models import Collection, Locale, Page, Site

from catalogue.models import (
    Artisan,
    CataloguePage,
    CraftObjectImage,
    CraftTradition,
    Material,
    MaterialIndexPage,
)
from exhibition.models import (
    CollectivitePage,
    EditionPage,
    ExhibitionImage,
    HomePage,
    RegionIndexPage,
    Theme,
    TourismPage,
    Venue,
)
from exhibition.renditions import make_site_renditions
from exhibition.roles import COLLECTIVITES_COLLECTION, roles_sync

from . import builders, images
from .archive import seed_archive
from .content import load
from .glossary import seed_glossary
from .indexing import indexed_once
from .legal import seed_legal
from .localize import DemoTranslator
from .notice import seed_demo_notice
from .objects import ObjectsImport
from .specialities import seed_specialities
from .workshops import seed_workshops

Report = Callable[[str], None]


def demo_seed(*, report: Report, image_size: tuple[int, int] = (1200, 900)) -> int:
    """All that `seed_demo` creates; returns how many things were created (0: all there).

    The bench (bench/seed_large.py) calls it directly: it runs with production settings,
    where the demo app, and so its command, is not installed."""
    created = DemoSeeder(report=report, image_size=image_size).run()
    created += seed_demo_notice(created=created, report=report)
    roles_sync(report=report)  # the demo's collectivités get their curators
    created += seed_archive(report=report)  # the series' other editions, beside 2021
    created += (
        seed_workshops(report=report)
        + seed_glossary(report=report)
        + seed_specialities(report=report)
        + seed_legal(report=report)
    )
    # Publications made them as they went; a demo seeded before they did gets them here,
    # so that no visitor's request makes one.
    report("Rendus des images des pages")
    make_site_renditions()
    return created


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
        fields = builders.page_fields(self.site[key])
        return self._child(parent, model, fields["slug"], lambda: model(**fields, **extra))

    def _image(self, title, make_bytes, *, description, collection):
        image = ExhibitionImage.objects.filter(title=title).first()
        if image:
            if self.old_collection and image.collection_id == self.old_collection.pk:
                image.collection = collection  # seeded before images had their collectivité
                image.save(update_fields=["collection"])
            return image
        data = make_bytes()
        image = ExhibitionImage(
            title=title,
            description=description,
            collection=collection,
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
            self.old_collection = self._old_collection()
            home = self._home()
            edition = self._edition(home)
            regions = self._regions(home)
            materials = self._materials(home)
            self._crafts(regions, materials)
            self._artisans(regions)
            objects = ObjectsImport(
                report=self.report,
                image_size=self.image_size,
                collection=None,  # each object's images in its collectivité's collection
                exhibitor_title=self.site["exhibitor_title"],
            )
            self.created += objects.exhibitors(edition, regions)
            # Translations of the tree first: an object's translation goes under its
            # participation's translation.
            self.created += DemoTranslator(report=self.report).run(home)
            self.created += objects.run(edition, regions)
            self._move_old_object_images()
        return self.created

    # Images live in their collectivité's collection («Collectivités › Niigata»), which its
    # curators may choose from (exhibition/roles.py, whose roles_sync adopts it); earlier
    # seeds put them all in one «Démo 2021» collection that no curator could see.

    def _old_collection(self):
        root = Collection.get_first_root_node()
        return root.get_children().filter(name=self.site["collection"]).first()

    def _collectivite_collection(self, short_name):
        root = Collection.get_first_root_node()
        parent = root.get_children().filter(name=COLLECTIVITES_COLLECTION).first()
        parent = parent or root.add_child(name=COLLECTIVITES_COLLECTION)
        return parent.get_children().filter(name=short_name).first() or parent.add_child(
            name=short_name
        )

    def _move_old_object_images(self):
        if self.old_collection is None:
            return
        for item in CraftObjectImage.objects.filter(
            image__collection=self.old_collection
        ).select_related("image", "page__collectivite"):
            item.image.collection = self._collectivite_collection(item.page.collectivite.short_name)
            item.image.save(update_fields=["collection"])

    def _home(self):
        self.report("Page d’accueil et site")
        root = Page.get_first_root_node()
        fields = builders.page_fields(self.site["home"])
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
        self.report("Édition 2021 « Shoku »")
        fields = builders.theme_fields(self.site["theme"])
        theme, created = Theme.objects.get_or_create(
            name=fields["name"], locale=self.locale, defaults=fields
        )
        self.created += int(created)
        # The French entry without its `en:` / `ja:` texts (`localize` applies those).
        fields = {k: v for k, v in self.site["venue"].items() if k not in ("en", "ja")}
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
            data = self.site["edition"]
            edition = EditionPage(**builders.edition_fields(data))
            edition.themes = [theme]
            edition.parts = builders.edition_parts(data, mcjp)
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
                collection=self._collectivite_collection(data["short_name"]),
            )

            def build(d=data, hero=hero):
                return CollectivitePage(**builders.collectivite_fields(d), hero_image=hero)

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
                description=f"Illustration : {data['title']}",
                collection=self._collectivite_collection(region.short_name),
            )
            return TourismPage(**builders.tourism_fields(data), hero_image=hero)

        return self._child(region, TourismPage, data["slug"], build)

    def _materials(self, home):
        self.report("Matériaux")
        self._index(home, MaterialIndexPage, "material_index", show_in_menus=True)
        return {
            data["slug"]: self._snippet(
                Material, data["slug"], **builders.material_fields(data, position)
            )
            for position, data in enumerate(load("materials"))
        }

    def _crafts(self, regions, materials):
        for data in load("crafts"):
            self._snippet(
                CraftTradition,
                data["slug"],
                **builders.craft_fields(data),
                collectivite=regions[data["collectivite"]],
                material=materials[data["material"]],
            )

    def _artisans(self, regions):
        for data in load("artisans"):
            self._snippet(
                Artisan,
                data["slug"],
                **builders.artisan_fields(data),
                collectivite=regions[data["collectivite"]],
            )
