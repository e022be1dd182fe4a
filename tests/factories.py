"""Factories for the page tree, the snippets and the shop: what a test needs, built on demand.

Pages are created under the parents their models allow (`parent_page_types`) and published
through a revision, as an editor would: `live=False` leaves a draft instead. Pages hang
below the French home page of the default site (the seeded site root), so that they have
URLs and are routed like the demo's; their slugs and SKUs are their own, beside the demo's.

Deterministic: values come from sequences, never from randomness. The one time-dependent
factory (`WorkshopPageFactory`) places its workshop a fixed number of days from today, so
that bookings are open.

    edition = EditionPageFactory()                        # with its catalogue
    exhibitor = ExhibitorPageFactory(parent=edition)      # a new collectivité takes part
    obj = CraftObjectPageFactory(parent=exhibitor, stock=5)
"""

import datetime
from decimal import Decimal

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils import timezone

from wagtail.models import Collection, Locale, Page, Site

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
    EditionPart,
    ExhibitionImage,
    ExhibitorPage,
    HomePage,
    RegionIndexPage,
    TourismPage,
    Venue,
)
from shop.models import Order, OrderLine
from workshops.models import Booking, WorkshopPage


def default_locale():
    return Locale.get_default()


def site_home():
    """The French home page at the root of the default site (seeded once per session)."""
    return Site.objects.get(is_default_site=True).root_page.specific


def site_on_empty_database() -> None:
    """A default site with its French home, for a transactional test that may run after
    another has emptied the database (the flush takes the migrations' rows too: locale,
    root page, root collection, site). Nothing to do while the seeded demo is there."""
    if Site.objects.filter(is_default_site=True).exists():
        return
    locale, _ = Locale.objects.get_or_create(language_code="fr")
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=locale)
    )
    home = HomePageFactory(parent=root)
    Site.objects.create(
        hostname="localhost", root_page=home, is_default_site=True, site_name=home.title
    )


def _index_page(model, slug, title):
    """The home's only page of `model` (max_count_per_parent = 1), created if missing."""
    home = site_home()
    existing = model.objects.child_of(home).first()
    if existing:
        return existing
    return _publish(home, model(title=title, slug=slug))


def region_index():
    return _index_page(RegionIndexPage, "collectivites", "Les collectivités")


def material_index():
    return _index_page(MaterialIndexPage, "materiaux", "Les matériaux")


def _publish(parent, page, *, live=True):
    page.live = live
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
        # publish() saves a copy made from the revision: read back what it wrote.
        page.refresh_from_db()
    return page


# -- pages --------------------------------------------------------------------------------


class PublishedPageFactory(wagtail_factories.PageFactory):
    """A page added below `parent`, then published from a revision (or left a draft)."""

    live = True

    class Meta:
        abstract = True
        # Pages are saved by add_child and publish(): no save again after related factories.
        skip_postgeneration_save = True

    # Declarations that are not model fields: taken out before the page is built.
    _extras = ()

    @classmethod
    def _split(cls, kwargs):
        return {name: kwargs.pop(name) for name in cls._extras if name in kwargs}

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        extras = cls._split(kwargs)
        page = super()._build(model_class, *args, **kwargs)
        cls._before_adding(page, **extras)
        return page

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        extras = cls._split(kwargs)
        live = kwargs.pop("live")
        page = model_class(**kwargs)
        cls._before_adding(page, **extras)
        return _publish(parent, page, live=live)

    @classmethod
    def _before_adding(cls, page, **extras):
        """Child rows (galleries, tags) that must exist before the first revision."""


class HomePageFactory(PublishedPageFactory):
    """A second home page, below the tree's root: a page tree of its own, with no site."""

    title = factory.Sequence(lambda n: f"Accueil d’essai {n}")
    slug = factory.Sequence(lambda n: f"accueil-essai-{n}")
    parent = factory.LazyFunction(lambda: HomePage.get_first_root_node())

    class Meta:
        model = HomePage


class EditionPageFactory(PublishedPageFactory):
    """An edition below the site's home, with its catalogue (`catalogue=None`: without).

    Its year is before the demo's (2021): the home page keeps featuring the demo edition.
    Its objects sell: its one part, an online exhibition of November 2000, keeps selling
    until `online_sale` (exhibition/sales.py); `online_sale=None`: an edition without parts,
    whose objects are shown, not sold.
    """

    title = factory.LazyAttribute(lambda o: f"{o.number}e édition d’essai")
    slug = factory.Sequence(lambda n: f"edition-essai-{n}")
    number = factory.Sequence(lambda n: 100 + n)
    year = 2000
    lead = "Une édition créée par les tests."
    parent = factory.LazyFunction(site_home)
    catalogue = factory.RelatedFactory(
        "tests.factories.CataloguePageFactory", factory_related_name="parent"
    )
    online_sale = datetime.date(9999, 12, 31)

    _extras = ("online_sale",)

    class Meta:
        model = EditionPage

    @classmethod
    def _before_adding(cls, page, online_sale=None):
        if online_sale is not None:
            page.parts.add(
                EditionPart(
                    kind=EditionPart.Kind.ONLINE,
                    title="Exposition en ligne d’essai",
                    start_date=datetime.date(2000, 11, 1),
                    end_date=datetime.date(2000, 11, 30),
                    sales_end_date=online_sale,
                    sort_order=0,
                )
            )


class CataloguePageFactory(PublishedPageFactory):
    title = "Catalogue de l’exposition"
    slug = "catalogue"
    parent = factory.SubFactory(EditionPageFactory, catalogue=None)

    class Meta:
        model = CataloguePage


class CollectivitePageFactory(PublishedPageFactory):
    """A city of Japan below the site's index of collectivités."""

    title = factory.LazyAttribute(lambda o: f"Ville de {o.short_name}")
    slug = factory.Sequence(lambda n: f"collectivite-essai-{n}")
    short_name = factory.Sequence(lambda n: f"Essai-{n}")
    name_ja = factory.Sequence(lambda n: f"試験市{n}")
    kind = CollectivitePage.Kind.CITY
    prefecture = "Ishikawa"
    latitude = Decimal("36.56")
    longitude = Decimal("136.65")
    lead = "Une collectivité créée par les tests."
    parent = factory.LazyFunction(region_index)

    class Meta:
        model = CollectivitePage


class TourismPageFactory(PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Découvrir la collectivité d’essai {n}")
    slug = factory.Sequence(lambda n: f"decouvrir-essai-{n}")
    lead = "Que voir, que goûter."
    parent = factory.SubFactory(CollectivitePageFactory)

    class Meta:
        model = TourismPage


class ExhibitorPageFactory(PublishedPageFactory):
    """A collectivité's participation in an edition (a new one of each by default)."""

    collectivite = factory.SubFactory(CollectivitePageFactory)
    title = factory.LazyAttribute(lambda o: f"{o.collectivite.short_name} à l’édition d’essai")
    slug = factory.LazyAttribute(lambda o: o.collectivite.slug)
    parent = factory.SubFactory(EditionPageFactory)

    class Meta:
        model = ExhibitorPage


class WorkshopPageFactory(PublishedPageFactory):
    """A workshop of an edition, bookable now: it starts in `days` days, 14 h–16 h."""

    class Params:
        days = 10

    title = factory.Sequence(lambda n: f"Atelier d’essai {n}")
    slug = factory.Sequence(lambda n: f"atelier-essai-{n}")
    lead = "Un atelier créé par les tests."
    venue = factory.SubFactory("tests.factories.VenueFactory")
    starts_at = factory.LazyAttribute(
        lambda o: timezone.make_aware(
            datetime.datetime.combine(
                timezone.localdate() + datetime.timedelta(days=o.days), datetime.time(14, 0)
            )
        )
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=2))
    capacity = 4
    max_places_per_booking = 4
    price = Decimal("0.00")
    parent = factory.SubFactory(EditionPageFactory, catalogue=None)

    class Meta:
        model = WorkshopPage


# -- snippets and images ------------------------------------------------------------------


class ExhibitionImageFactory(DjangoModelFactory):
    """A tiny generated image, in the root collection."""

    title = factory.Sequence(lambda n: f"Image d’essai {n}")
    file = factory.django.ImageField(width=64, height=48, color="#b03a2e", filename="essai.jpg")
    description = "Une image créée par les tests."
    collection = factory.LazyFunction(Collection.get_first_root_node)

    class Meta:
        model = ExhibitionImage


class TranslatableFactory(DjangoModelFactory):
    locale = factory.LazyFunction(default_locale)

    class Meta:
        abstract = True


class MaterialFactory(TranslatableFactory):
    name = factory.Sequence(lambda n: f"Matériau d’essai {n}")
    name_ja = factory.Sequence(lambda n: f"試験素材{n}")
    slug = factory.Sequence(lambda n: f"materiau-essai-{n}")
    sort_order = factory.Sequence(lambda n: 100 + n)

    class Meta:
        model = Material


class CraftTraditionFactory(TranslatableFactory):
    name = factory.Sequence(lambda n: f"Essai-yaki {n}")
    name_ja = factory.Sequence(lambda n: f"試験焼{n}")
    slug = factory.Sequence(lambda n: f"artisanat-essai-{n}")
    collectivite = factory.SubFactory(CollectivitePageFactory)
    material = factory.SubFactory(MaterialFactory)

    class Meta:
        model = CraftTradition


class ArtisanFactory(TranslatableFactory):
    name = factory.Sequence(lambda n: f"Atelier d’essai {n}")
    slug = factory.Sequence(lambda n: f"artisan-essai-{n}")
    place = "Kanazawa"

    class Meta:
        model = Artisan


class VenueFactory(TranslatableFactory):
    name = factory.Sequence(lambda n: f"Lieu d’essai {n}")
    street_address = "101 bis quai Jacques Chirac"
    postal_code = "75015"
    city = "Paris"

    class Meta:
        model = Venue


# -- craft objects ------------------------------------------------------------------------


class CraftObjectPageFactory(PublishedPageFactory):
    """A published object with one gallery image, a material and tags, on sale.

    Pass one `image` to many objects to share it (its renditions are made once);
    `more_images` adds further images to the gallery.
    """

    title = factory.Sequence(lambda n: f"Objet d’essai {n}")
    slug = factory.Sequence(lambda n: f"objet-essai-{n}")
    summary = "Un objet ajouté par les tests."
    material = factory.SubFactory(MaterialFactory)
    price = factory.Sequence(lambda n: Decimal("10.00") + n % 90)
    stock = 3
    sku = factory.Sequence(lambda n: f"ESSAI-{n:04d}")
    parent = factory.SubFactory(ExhibitorPageFactory)
    image = factory.SubFactory(ExhibitionImageFactory)
    alt_text = factory.LazyAttribute(lambda o: o.title)
    tags = ("essai",)
    more_images = ()

    _extras = ("image", "alt_text", "tags", "more_images")

    class Meta:
        model = CraftObjectPage

    @classmethod
    def _before_adding(cls, page, image=None, alt_text="", tags=(), more_images=()):
        for position, item in enumerate([image, *more_images]):
            if item is not None:
                text = f"{alt_text}, vue {position + 1}" if position else alt_text
                # Numbered as the admin's inline panel does: without a position, the
                # databases disagree on the order (NULL first in SQLite, last in PostgreSQL).
                page.gallery_images.add(
                    CraftObjectImage(image=item, alt_text=text, sort_order=position)
                )
        if tags:
            page.tags.add(*tags)


# -- people -------------------------------------------------------------------------------


def make_user(username, *, superuser=False, groups=(), permissions=()):
    """A user in these groups (by name) with these permissions ("app_label.codename")."""
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pass", is_superuser=superuser
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    for codename in permissions:
        app_label, codename = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


# -- workshops and the shop ---------------------------------------------------------------


class BookingFactory(DjangoModelFactory):
    """A confirmed booking of one place (statuses change through workshops.services)."""

    workshop = factory.SubFactory(WorkshopPageFactory)
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Essai{n}")
    email = factory.Sequence(lambda n: f"visiteur{n}@example.org")
    places = 1
    status = Booking.Status.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Booking


class OrderFactory(DjangoModelFactory):
    """A pending pickup order of nothing yet: add `OrderLineFactory(order=…)` lines.

    Totals are given, not computed: orders that must add up come from shop.services.
    """

    email = factory.Sequence(lambda n: f"client{n}@example.org")
    first_name = "Camille"
    last_name = factory.Sequence(lambda n: f"Client{n}")
    delivery = Order.Delivery.PICKUP
    subtotal = Decimal("10.00")
    delivery_fee = Decimal("0.00")
    total = factory.LazyAttribute(lambda o: o.subtotal + o.delivery_fee)
    vat_rate = Decimal("20.00")
    vat_amount = factory.LazyAttribute(lambda o: (o.total / 6).quantize(Decimal("0.01")))
    reserved_until = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(minutes=30))

    class Meta:
        model = Order


class OrderLineFactory(DjangoModelFactory):
    """A line that snapshots its product's SKU, title and price, as the shop does."""

    order = factory.SubFactory(OrderFactory)
    product = factory.SubFactory(CraftObjectPageFactory)
    sku = factory.LazyAttribute(lambda o: o.product.sku)
    title = factory.LazyAttribute(lambda o: o.product.title)
    unit_price = factory.LazyAttribute(lambda o: o.product.price)
    quantity = 1

    class Meta:
        model = OrderLine
