"""Every rendition an object's images are shown in, made when the object is published or
imported, never in a visitor's request.

Making a rendition reads the original and writes a file: tens to hundreds of milliseconds
per size, and a cold page of an object with four photos asks for a dozen sizes. So the
specs the templates and the structured data ask for are listed here, once, and made for
each object as it is published (`page_published`, catalogue/models/objects.py), imported
(catalogue/importing/) or seeded (demo/, bench/seed_large.py). A visitor's request then
reads them in one query with the page's gallery (`RENDITIONS_PREFETCH`).

A template that asks for another size must list it here: tests/catalogue/
test_cold_pages.py renders a newly published object and fails on any rendition made then.
Spec strings are written as Wagtail's tags join them (`{% picture img format-webp
fill-{a,b} %}` asks for "format-webp|fill-a", `{% image img fill-a format-webp %}` for
"fill-a|format-webp"): the database matches them as text.
"""

import logging

from django.db.models import F, Prefetch, Window
from django.db.models.functions import RowNumber

# Below the page, the region's teaser (its tourism page's picture, else the
# collectivité's): the sizes of the collectivité page's tourism cards, listed there.
from exhibition.renditions import REGION_TEASER

logger = logging.getLogger(__name__)

# The first image of the gallery: the page's main picture, its card in every listing,
# the Open Graph image (templates/includes/seo.html).
COVER = (
    # templates/catalogue/craft_object_page.html, gallery__main
    "format-webp|max-640x640",
    "format-webp|max-960x960",
    "format-webp|max-1400x1400",
    # templates/components/object_card.html
    "format-webp|fill-400x300",
    "format-webp|fill-800x600",
    # templates/includes/seo.html
    "fill-1200x630|format-jpeg",
)
# The other images: thumbnails linking to a large view.
VIEW = (
    # templates/catalogue/craft_object_page.html, gallery__thumbs
    "max-1600x1600|format-webp",
    "format-webp|fill-240x240",
    "format-webp|fill-480x480",
)
# An object's card in every listing: its cover only (templates/components/object_card.html).
CARD = ("format-webp|fill-400x300", "format-webp|fill-800x600")
# Its line in the cart: the cover as a thumbnail (templates/shop/cart.html).
CART = ("format-webp|fill-112x112", "format-webp|fill-224x224")
# Every image: the schema.org Product (catalogue/structured_data.py) and the API
# (catalogue/api/serializers.py, GalleryField).
EVERY = ("max-1600x1600", "max-1200x1200|format-webp")

OBJECT_RENDITIONS = tuple(dict.fromkeys((*COVER, *CART, *VIEW, *EVERY, *REGION_TEASER)))


def renditions_prefetch(lookup: str = "image__renditions", specs=OBJECT_RENDITIONS) -> Prefetch:
    """The renditions of a gallery's images that object pages and cards show, in one query
    (not every rendition ever made of them: the admin's own sizes stay out)."""
    from exhibition.models import ExhibitionRendition

    return Prefetch(lookup, queryset=ExhibitionRendition.objects.filter(filter_spec__in=specs))


def gallery_prefetch() -> Prefetch:
    """An object's gallery with its images and the renditions its page and card show."""
    from catalogue.models import CraftObjectImage

    return Prefetch(
        "gallery_images",
        queryset=CraftObjectImage.objects.select_related("image").prefetch_related(
            renditions_prefetch()
        ),
    )


def cover_prefetch(specs=CARD) -> Prefetch:
    """What a card (or a cart line: `CART`) shows of an object's gallery: its first image,
    in those sizes. A listing of 24 objects then reads 24 images and 48 renditions, not
    every image of every gallery with all their sizes (hundreds of rows made into objects).
    A size left out would be looked for image by image: Wagtail takes prefetched
    renditions as all there is."""
    from catalogue.models import CraftObjectImage

    first = Window(RowNumber(), partition_by=F("page_id"), order_by=("sort_order", "pk"))
    return Prefetch(
        "gallery_images",
        queryset=CraftObjectImage.objects.annotate(position=first)
        .filter(position=1)
        .select_related("image")
        .prefetch_related(renditions_prefetch(specs=specs)),
    )


def specs_for(position: int) -> tuple[str, ...]:
    """The specs an image needs at this place in its object's gallery (0: the cover)."""
    return (*COVER, *CART, *EVERY) if position == 0 else (*VIEW, *EVERY)


def make_object_renditions(page_ids) -> int:
    """Make what the pages `page_ids` show of their images and is missing; returns how
    many images were looked at. An original that cannot be read is logged and skipped:
    a publication never fails on a photo."""
    from catalogue.models import CraftObjectImage

    gallery = (
        CraftObjectImage.objects.filter(page_id__in=list(page_ids))
        .select_related("image")
        .prefetch_related(renditions_prefetch())
        .order_by("page_id", "sort_order", "pk")
    )
    needed: dict[int, set[str]] = {}
    images = {}
    position, previous_page = 0, None
    for item in gallery:
        position = position + 1 if item.page_id == previous_page else 0
        previous_page = item.page_id
        images[item.image_id] = item.image
        needed.setdefault(item.image_id, set()).update(specs_for(position))
    for image in _region_images(page_ids):
        images[image.pk] = image
        needed.setdefault(image.pk, set()).update(REGION_TEASER)
    for image_id, specs in needed.items():
        image = images[image_id]
        try:
            image.get_renditions(*sorted(specs))
        except Exception:  # a lost or unreadable original, an unknown format
            logger.exception("Renditions of image %s not made", image_id)
    return len(needed)


def _region_images(page_ids) -> list:
    """The pictures the region teasers of these objects may show: their collectivités'
    and those of the tourism pages below them (few: one or two per collectivité)."""
    from django.db.models import Q

    from catalogue.models import CraftObjectPage
    from exhibition.models import CollectivitePage, ExhibitionImage, TourismPage

    places = CollectivitePage.objects.filter(
        pk__in=CraftObjectPage.objects.filter(pk__in=list(page_ids)).values("collectivite_id")
    )
    below = Q(pk__in=[])
    for path in places.values_list("path", flat=True):
        below |= Q(path__startswith=path)
    ids = {*places.values_list("hero_image_id", flat=True)}
    ids |= {*TourismPage.objects.filter(below).values_list("hero_image_id", flat=True)}
    return list(
        ExhibitionImage.objects.filter(pk__in=ids - {None}).prefetch_related(
            renditions_prefetch("renditions")
        )
    )
