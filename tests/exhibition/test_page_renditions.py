"""Pages other than objects get their renditions when they are published, and a speciality
when it is saved: a visitor's request only reads them (issue 16, point 3;
exhibition/renditions.py). The objects' are tested in tests/catalogue/test_cold_pages.py.
"""

import logging

import pytest

from django.conf import settings
from django.core.cache import caches

from wagtail.images.blocks import ImageBlock, ImageChooserBlock
from wagtail.models import get_page_models

from exhibition.models import ExhibitionRendition
from exhibition.renditions import (
    BLOCK_TEMPLATES,
    COLLECTIVITE_CARD,
    IMAGE_BLOCK,
    IMAGE_FIELDS,
    MADE_ELSEWHERE,
    PAGE_HERO,
    PLACE_BLOCK,
    REGION_TEASER,
    SHARE,
    SPECIALITY_CARD,
    image_fields,
    make_site_renditions,
)
from tests.exhibition.speciality_helpers import RegionalSpecialityFactory
from tests.factories import (
    CollectivitePageFactory,
    EditionPageFactory,
    ExhibitionImageFactory,
    ExhibitorPageFactory,
    TourismPageFactory,
    region_index,
    site_home,
)

pytestmark = pytest.mark.django_db


def made(image) -> set[str]:
    """The specs of the renditions made of `image`."""
    renditions = ExhibitionRendition.objects.filter(image=image)
    return set(renditions.values_list("filter_spec", flat=True))


def image_block(image):
    return {"image": image, "alt_text": "Un bol de laque", "decorative": False}


def place(image):
    return {"name": "Kenroku-en", "text": "Un jardin.", "image": image_block(image)}


def unreadable_image():
    image = ExhibitionImageFactory()
    image.file.storage.delete(image.file.name)
    return image


@pytest.fixture
def published(django_capture_on_commit_callbacks):
    """Run what waits for the commit of a publication, as it runs after the editor's."""

    def publish(build):
        with django_capture_on_commit_callbacks(execute=True):
            return build()

    return publish


class Region:
    """A collectivité with a hero and a picture in its text, a tourism page with a hero, a
    sight and a food with pictures, a speciality with one, its participation in an edition
    with a hero; the site's home with a hero of its own."""

    def __init__(self):
        self.collectivite = CollectivitePageFactory(
            hero_image=ExhibitionImageFactory(),
            body=[("image", image_block(ExhibitionImageFactory()))],
        )
        self.tourism = TourismPageFactory(
            parent=self.collectivite,
            hero_image=ExhibitionImageFactory(),
            sights=[("place", place(ExhibitionImageFactory()))],
            food=[("place", place(ExhibitionImageFactory()))],
        )
        self.speciality = RegionalSpecialityFactory(
            collectivite=self.collectivite, image=ExhibitionImageFactory()
        )
        self.edition = EditionPageFactory(hero_image=ExhibitionImageFactory())
        self.exhibitor = ExhibitorPageFactory(parent=self.edition, collectivite=self.collectivite)
        self.home = site_home()
        self.home.hero_image = ExhibitionImageFactory()
        self.home.save_revision().publish()


@pytest.fixture
def region(published):
    return published(Region)


def test_a_published_collectivite_has_its_hero_in_every_size_it_is_shown_in(published):
    hero = ExhibitionImageFactory()
    published(lambda: CollectivitePageFactory(hero_image=hero))
    assert {*PAGE_HERO, *COLLECTIVITE_CARD, *REGION_TEASER, *SHARE} <= made(hero)


def test_an_image_in_a_page_text_gets_the_sizes_of_its_block(published):
    picture = ExhibitionImageFactory()
    published(lambda: CollectivitePageFactory(body=[("image", image_block(picture))]))
    assert set(IMAGE_BLOCK) <= made(picture)


def test_a_place_picture_gets_the_sizes_of_its_block(published):
    sight, food = ExhibitionImageFactory(), ExhibitionImageFactory()
    published(
        lambda: TourismPageFactory(sights=[("place", place(sight))], food=[("place", place(food))])
    )
    assert set(PLACE_BLOCK) <= made(sight)
    assert set(PLACE_BLOCK) <= made(food)


def test_a_saved_speciality_has_its_card(published):
    image = ExhibitionImageFactory()
    published(lambda: RegionalSpecialityFactory(image=image))
    assert {*SPECIALITY_CARD, *PAGE_HERO, *SHARE} <= made(image)


def test_a_draft_makes_no_rendition(django_capture_on_commit_callbacks):
    hero = ExhibitionImageFactory()
    with django_capture_on_commit_callbacks(execute=True):
        CollectivitePageFactory(hero_image=hero, live=False)
    assert made(hero) == set()


def test_the_seeds_make_what_a_publication_did_not(django_capture_on_commit_callbacks):
    """A database filled before renditions were made at publication (or in bulk) gets
    them from `make_site_renditions` (demo/seed.py, bench/seed_large.py)."""
    hero, dish = ExhibitionImageFactory(), ExhibitionImageFactory()
    with django_capture_on_commit_callbacks(execute=False):  # as if made before
        RegionalSpecialityFactory(collectivite=CollectivitePageFactory(hero_image=hero), image=dish)
    assert made(hero) == made(dish) == set()
    make_site_renditions()
    assert set(COLLECTIVITE_CARD) <= made(hero)
    assert set(SPECIALITY_CARD) <= made(dish)


def first_visit_renditions(client, url) -> int:
    """How many renditions the first view of `url` makes, every cache empty."""
    for alias in settings.CACHES:
        caches[alias].clear()
    before = ExhibitionRendition.objects.count()
    response = client.get(url)
    assert response.status_code == 200, url
    return ExhibitionRendition.objects.count() - before


def test_a_visitor_never_makes_a_rendition_after_a_publication(client, region):
    """The first view of each page that shows the region's pictures reads them all."""
    urls = {
        "collectivite": region.collectivite.url,
        "tourism": region.tourism.url,
        "speciality": region.speciality.url,
        "edition": region.edition.url,
        "exhibitor": region.exhibitor.url,
        "home": region.home.url,
        "regions": region_index().url,
    }
    made_by_visit = {name: first_visit_renditions(client, url) for name, url in urls.items()}
    assert made_by_visit == dict.fromkeys(urls, 0)


def test_an_unreadable_original_does_not_stop_a_publication(published, caplog):
    broken, picture = unreadable_image(), ExhibitionImageFactory()
    with caplog.at_level(logging.ERROR, logger="exhibition.renditions"):
        page = published(
            lambda: CollectivitePageFactory(
                hero_image=broken, body=[("image", image_block(picture))]
            )
        )
    page.refresh_from_db()
    assert page.live
    assert made(broken) == set()
    assert set(IMAGE_BLOCK) <= made(picture)  # the other images are made all the same
    assert f"Renditions of image {broken.pk} not made" in caplog.text


def image_blocks_without_sizes(block, path, listed=False):
    """The paths of the image blocks below `block` that no listed template shows."""
    listed = listed or getattr(block.meta, "template", None) in BLOCK_TEMPLATES
    if isinstance(block, ImageBlock | ImageChooserBlock):
        return [] if listed else [path]
    children = getattr(block, "child_blocks", None) or {}
    if hasattr(block, "child_block"):  # a ListBlock
        children = {"item": block.child_block}
    return [
        missing
        for name, child in children.items()
        for missing in image_blocks_without_sizes(child, f"{path}.{name}", listed)
    ]


def test_every_image_of_every_page_type_has_its_sizes_listed():
    """A new image field or image block must say in exhibition/renditions.py which sizes
    its templates show, or its first visitor would make them."""
    from wagtail.fields import StreamField

    missing = []
    for model in get_page_models():
        if model._meta.label in MADE_ELSEWHERE:
            continue
        missing += [
            f"{model._meta.label}.{field.name}"
            for field in image_fields(model)
            if field.name not in IMAGE_FIELDS
        ]
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                path = f"{model._meta.label}.{field.name}"
                missing += image_blocks_without_sizes(field.stream_block, path)
    assert missing == []
