"""Seed the benchmark database: the demo, then editions 2022–2025 and thousands of objects.

    python bench/seed_large.py --objects 10000

Runs on the bench's own database (bench/common.py), with production settings. Idempotent:
it adds what is missing to reach `--objects` French objects; a database that holds more is
dropped and seeded again.

Why not `add_child` for each object: publishing one page through Wagtail (treebeard's
path update, a revision, the search and reference indexes, signals) costs tens of
milliseconds, so 10,000 objects take many minutes. Objects here are written in bulk:
treebeard paths computed from the parent's (steplen 4, base 36), `Page` rows in one
bulk_create, then the `CraftObjectPage` rows, gallery and tags; the parent's numchild and
the search index are updated in bulk. Each new object is a clone of a demo object of the
same collectivité (same images, material, craft, texts) with its own title, slug and SKU.
What they lack, on purpose: revisions (Wagtail creates one at the first edit in the
admin) and translations (the bench measures the French site). The few dozen pages above
them (editions, catalogues, participations) come from the tests' factories
(tests/factories.py), published one by one as the admin would.
"""

import argparse
import datetime
import os
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import create_database, environment  # noqa: E402

EDITIONS = [  # year, number, share of the new objects: later editions are larger.
    (2022, 9, 0.10),
    (2023, 10, 0.15),
    (2024, 11, 0.25),
    (2025, 12, 0.50),
]
BATCH = 500


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--objects", type=int, default=10_000, help="objets français au total")
    parser.add_argument("--image-size", default="800x600", help="images de la démo (LxH)")
    parser.add_argument("--fresh", action="store_true", help="recréer la base d’abord")
    parser.add_argument(
        "--check-tree", action="store_true", help="vérifier tout l’arbre (treebeard, lent)"
    )
    args = parser.parse_args(argv)
    # Run alone (not from run.py), never on whatever database the shell points at.
    if os.environ.get("BENCH") != "1":
        os.environ.update(environment())
    create_database(os.environ["DATABASE_URL"], fresh=args.fresh)

    import django

    django.setup()
    seeder = LargeSeeder(
        target=args.objects, image_size=args.image_size, full_check=args.check_tree
    )
    if seeder.too_large():
        from django.db import connections

        print(f"==> La base contient plus de {args.objects} objets : elle est recréée")
        connections.close_all()
        create_database(os.environ["DATABASE_URL"], fresh=True)
    seeder.run()


def step(label):
    print(f"==> {label}", flush=True)
    return time.monotonic()


def done(started, detail=""):
    print(f"    {detail}{' ' if detail else ''}({time.monotonic() - started:.1f} s)", flush=True)


class LargeSeeder:
    def __init__(self, *, target, image_size, full_check=False):
        self.target = target
        self.image_size = image_size
        self.full_check = full_check

    def french_objects(self):
        from wagtail.models import Locale

        from catalogue.models import CraftObjectPage

        return CraftObjectPage.objects.filter(locale=Locale.get_default())

    def bench_editions_exist(self):
        from exhibition.models import EditionPage

        return EditionPage.objects.filter(year=EDITIONS[0][0]).exists()

    def too_large(self):
        from django.db import connection

        if "catalogue_craftobjectpage" not in connection.introspection.table_names():
            return False
        return self.french_objects().count() > self.target

    def run(self):
        from django.core.management import call_command

        started = step("Migrations")
        call_command("migrate", interactive=False, verbosity=0)
        done(started)
        # seed_demo translates every French page into en and ja: run after the bulk objects,
        # it would translate them all, one by one. Their editions say it has run already.
        if not self.bench_editions_exist():
            # The demo app is not installed with production settings: its seed is called
            # directly, as its `seed_demo` command does.
            from demo.seed import demo_seed

            started = step(f"Démo 2021 (seed_demo, images {self.image_size})")
            width, height = (int(side) for side in self.image_size.lower().split("x"))
            demo_seed(report=lambda line: None, image_size=(width, height))
            done(started)

        existing = self.french_objects().count()
        missing = self.target - existing
        if missing <= 0:
            print(f"==> {existing} objets : rien à ajouter")
            self.renditions()
            self.search_documents()
            self.analyze()
            return
        started = step("Éditions 2022–2025 et participations")
        exhibitors = self.editions()
        done(started, f"{sum(len(e) for e in exhibitors.values())} participations")

        started = step(f"{missing} objets en masse (de {existing} à {self.target})")
        new_ids = self.objects(exhibitors, missing)
        done(started, f"{len(new_ids)} objets créés")
        started = step("Index de recherche")
        self.index(new_ids)
        done(started)
        started = step("Vérification de l’arbre des pages")
        self.check_tree(exhibitors)
        done(started)
        self.renditions()
        self.search_documents()
        self.analyze()

    def renditions(self):
        """What object pages, other pages and cards show of their images, made now as a
        publication makes them (catalogue/renditions.py, exhibition/renditions.py): the
        clones share their sources' images, and a database seeded before renditions were
        made at publication gets them here. Those that exist cost a query per batch."""
        from catalogue.renditions import make_object_renditions
        from exhibition.renditions import make_site_renditions

        started = step("Rendus des images des objets")
        ids = list(self.french_objects().order_by("pk").values_list("pk", flat=True))
        images = 0
        for start in range(0, len(ids), BATCH):
            images += make_object_renditions(ids[start : start + BATCH])
        done(started, f"{images} images")
        started = step("Rendus des images des autres pages")
        done(started, f"{make_site_renditions()} images")

    def analyze(self):
        """Fresh planner statistics: rows written in bulk leave the estimates at "a few rows",
        and the planner then picks sequential scans that production (autovacuum) never would.
        """
        from django.db import connection

        started = step("Statistiques du planificateur (ANALYZE)")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        done(started)

    # -- editions ----------------------------------------------------------------------

    def editions(self):
        """Editions 2022–2025 below the home page, each with a catalogue and participations.

        Built by the tests' factories (tests/factories.py), published as an editor would:
        a few dozen pages. The objects below them are written in bulk (`clone_objects`).
        """
        from wagtail.models import Locale

        from exhibition.models import CollectivitePage, EditionPage, ExhibitorPage, HomePage
        from tests.factories import EditionPageFactory, ExhibitorPageFactory

        locale = Locale.get_default()
        home = HomePage.objects.get(locale=locale, depth=2)
        regions = list(CollectivitePage.objects.filter(locale=locale).order_by("title"))
        exhibitors = {}
        for year, number, _share in EDITIONS:
            slug = f"{year}-edition-{number}"
            edition = EditionPage.objects.child_of(home).filter(slug=slug).first()
            if edition is None:
                edition = EditionPageFactory(
                    parent=home,
                    title=f"{number}e édition – {year}",
                    slug=slug,
                    number=number,
                    year=year,
                    lead=f"Les objets de la {number}e édition (données de mesure).",
                    catalogue__lead="Tous les objets.",
                )
            exhibitors[year] = []
            for region in regions:
                exhibitor = ExhibitorPage.objects.child_of(edition).filter(slug=region.slug).first()
                if exhibitor is None:
                    exhibitor = ExhibitorPageFactory(
                        parent=edition,
                        collectivite=region,
                        title=f"{region.short_name} à la {number}e édition",
                        slug=region.slug,
                        lead=region.lead,
                    )
                exhibitors[year].append(exhibitor)
        return exhibitors

    # -- objects -----------------------------------------------------------------------

    def objects(self, exhibitors, missing):
        from catalogue.models import CraftObjectPage

        templates = {}
        for page in (
            self.french_objects()
            .filter(edition__year=2021)
            .prefetch_related("gallery_images", "tagged_items")
            .order_by("path")
        ):
            templates.setdefault(page.collectivite_id, []).append(page)
        plan = []  # (exhibitor, count), the shares rounded so that they add up to `missing`
        slots = [(year, ex) for year, _n, _s in EDITIONS for ex in exhibitors[year]]
        weights = {year: share for year, _n, share in EDITIONS}
        remaining = missing
        for position, (year, exhibitor) in enumerate(slots):
            if position == len(slots) - 1:
                count = remaining
            else:
                count = min(remaining, round(missing * weights[year] / len(exhibitors[year])))
            remaining -= count
            plan.append((exhibitor, count))

        rng = random.Random(2021)
        new_ids = []
        for exhibitor, count in plan:
            if count:
                sources = templates.get(exhibitor.collectivite_id) or next(iter(templates.values()))
                new_ids += clone_objects(exhibitor, sources, count, rng)
                print(f"    {len(new_ids)}/{missing}", flush=True)
        assert CraftObjectPage.objects.filter(pk__in=new_ids[:1]).exists()
        return new_ids

    # -- indexes and checks ---------------------------------------------------------------

    def index(self, ids):
        """The search index, in bulk (the reference index serves the admin only: skipped)."""
        from modelsearch.backends import get_search_backend

        from catalogue.models import CraftObjectPage

        backend = get_search_backend()
        for start in range(0, len(ids), BATCH):
            chunk = (
                CraftObjectPage.objects.filter(pk__in=ids[start : start + BATCH])
                .select_related("craft", "material", "collectivite")
                .prefetch_related("tags")
            )
            backend.add_bulk(CraftObjectPage, list(chunk))

    def search_documents(self):
        """The site search's own documents (catalogue/search/): objects written in bulk
        send no publication signal, so every document is (re)built here."""
        from catalogue.search.documents import rebuild

        started = step("Documents de recherche")
        done(started, f"{rebuild()} documents")

    def check_tree(self, exhibitors):
        """What the bulk path could get wrong: numchild, depth, duplicate URLs.

        treebeard's `find_problems()` says the same of the whole tree but takes a minute
        at 10,000 pages; `--check-tree` runs it as well.
        """
        from django.db.models import Count, F
        from django.db.models.functions import Length

        from wagtail.models import Page

        parents = [e.pk for pages in exhibitors.values() for e in pages]
        problems = {}
        for parent in Page.objects.filter(pk__in=parents).only("path", "depth", "numchild"):
            children = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1)
            if children.count() != parent.numchild:
                problems.setdefault("wrong_numchild", []).append(parent.pk)
        wrong_depth = Page.objects.annotate(n=Length("path")).exclude(n=F("depth") * Page.steplen)
        if wrong_depth.exists():
            problems["wrong_depth"] = list(wrong_depth.values_list("pk", flat=True)[:10])
        duplicates = (
            Page.objects.values("url_path")
            .annotate(n=Count("id"))
            .filter(n__gt=1)
            .values_list("url_path", flat=True)
        )
        if duplicates.exists():
            problems["duplicate_url_path"] = list(duplicates[:10])
        if self.full_check:
            names = ["evil_chars", "bad_steplen", "orphans", "wrong_depth", "wrong_numchild"]
            found = dict(zip(names, Page.find_problems(), strict=True))
            problems.update({name: ids for name, ids in found.items() if ids})
        if problems:
            sys.exit(f"Arbre des pages incohérent : {problems}")


def clone_objects(exhibitor, sources, count, rng):
    """Publish `count` copies of the craft objects `sources` under `exhibitor`, in bulk.

    Each copy has its own title, slug, SKU, stock and translation key, the source's texts,
    images and tags; returns the new pages' ids. Signals don't fire: call
    core.caching.content_changed() afterwards when a cache may hold the old state.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import transaction
    from django.db.models import F
    from django.utils import timezone

    from wagtail.models import Page

    from catalogue.models import CraftObjectImage, CraftObjectPage, CraftObjectTag

    content_type = ContentType.objects.get_for_model(CraftObjectPage)
    edition = exhibitor.get_parent()
    year = edition.specific.year
    exhibitor = Page.objects.get(pk=exhibitor.pk)  # fresh numchild and path
    last = exhibitor.get_last_child()
    first_step = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    offset = exhibitor.numchild  # numbers go on from earlier runs: slugs stay unique
    taken = set(exhibitor.get_children().values_list("slug", flat=True))
    local_fields = [f for f in CraftObjectPage._meta.local_concrete_fields if not f.primary_key]
    published = timezone.make_aware(datetime.datetime(year, 1, 15, 10))
    ids = []
    for start in range(0, count, BATCH):
        pages, galleries, tags = [], [], []
        for position in range(start, min(start + BATCH, count)):
            number = offset + position
            source = sources[number % len(sources)]
            slug = f"{source.slug[:60]}-{year}-{number + 1}"
            if slug in taken:
                continue
            page = CraftObjectPage(
                **{f.attname: getattr(source, f.attname) for f in local_fields},
            )
            title = f"{source.title} ({year}, n° {number + 1})"
            page.title = page.draft_title = page.sort_title = title
            page.slug = slug
            page.sku = f"{source.sku}-{year % 100}{number + 1:05d}"
            page.edition_id = edition.pk
            page.collectivite_id = exhibitor.specific.collectivite_id
            page.stock = rng.randint(0, 12)
            page.content_type = content_type
            page.locale_id = exhibitor.locale_id
            page.translation_key = uuid.uuid4()
            page.live = True
            page.has_unpublished_changes = False
            page.search_description = source.search_description
            page.first_published_at = page.last_published_at = published + datetime.timedelta(
                minutes=number
            )
            page.depth = exhibitor.depth + 1
            page.path = Page._get_path(exhibitor.path, page.depth, first_step + position)
            page.url_path = f"{exhibitor.url_path}{slug}/"
            pages.append(page)
            galleries.append(list(source.gallery_images.all()))
            tags.append([item.tag_id for item in source.tagged_items.all()])
        with transaction.atomic():
            # MTI: Django's bulk_create refuses child models, so the two tables are
            # written one after the other; the child rows take the parents' new ids.
            Page.objects.bulk_create(pages)
            for page in pages:
                page.page_ptr_id = page.id
                page._state.adding = False
            CraftObjectPage.objects._insert(
                pages, fields=[CraftObjectPage._meta.pk, *local_fields], using="default"
            )
            CraftObjectImage.objects.bulk_create(
                CraftObjectImage(
                    page_id=page.pk,
                    locale_id=page.locale_id,  # bulk_create skips Wagtail's pre_save
                    image_id=item.image_id,
                    alt_text=item.alt_text,
                    caption=item.caption,
                    sort_order=item.sort_order,
                )
                for page, gallery in zip(pages, galleries, strict=True)
                for item in gallery
            )
            CraftObjectTag.objects.bulk_create(
                CraftObjectTag(content_object_id=page.pk, tag_id=tag_id)
                for page, tag_ids in zip(pages, tags, strict=True)
                for tag_id in tag_ids
            )
            Page.objects.filter(pk=exhibitor.pk).update(numchild=F("numchild") + len(pages))
        ids += [page.pk for page in pages]
    return ids


if __name__ == "__main__":
    main()
