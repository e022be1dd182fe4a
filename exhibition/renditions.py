"""Every rendition the pages other than objects show, made when they are published (or a
speciality saved), never in a visitor's request.

The objects' own are listed in catalogue/renditions.py. Here, the sizes each template asks
for, beside the template; a template that asks for another size must list it here:
tests/exhibition/test_page_renditions.py visits newly published pages and fails on any
rendition made then. Spec strings are written as Wagtail's tags join them (`{% picture
img format-webp fill-{a,b} %}` asks for "format-webp|fill-a"): the database matches them
as text.

A page's images are found by walking it: its foreign keys to images (`IMAGE_FIELDS`) and
the images in its StreamFields, sized by the block template that shows them
(`BLOCK_TEMPLATES`). Making a rendition reads the original: one that cannot be read is
logged and skipped, so that a publication never fails on a photo.
"""

import logging
from collections import defaultdict

from django.db.models import Prefetch, Q

from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.images.models import AbstractImage

from core.templatetags.seo import OG_IMAGE_SPEC

logger = logging.getLogger(__name__)

# templates/includes/page_hero.html: the hero of most pages (and of a speciality's).
PAGE_HERO = (
    "format-webp|fill-640x480",
    "format-webp|fill-960x720",
    "format-webp|fill-1440x1080",
)
# templates/exhibition/home_page.html: the home's hero, else its featured edition's.
HOME_HERO = (
    "format-webp|fill-720x720",
    "format-webp|fill-1080x1080",
    "format-webp|fill-1440x1440",
)
# templates/includes/collectivite_card.html: a collectivité's hero on the index of
# collectivités (its cards elsewhere, `with_image` unset, show none).
COLLECTIVITE_CARD = ("format-webp|fill-400x300", "format-webp|fill-800x600")
# templates/exhibition/collectivite_page.html: its tourism pages' heroes; and below each of
# its objects, a tourism page's hero, else the collectivité's
# (templates/catalogue/craft_object_page.html).
REGION_TEASER = ("format-webp|fill-640x400", "format-webp|fill-1280x800")
# templates/components/speciality_card.html
SPECIALITY_CARD = ("format-webp|fill-480x360", "format-webp|fill-960x720")
# templates/blocks/image_block.html
IMAGE_BLOCK = ("format-webp|width-800", "format-webp|width-1200", "format-webp|width-1600")
# templates/blocks/place_block.html
PLACE_BLOCK = ("format-webp|fill-480x360", "format-webp|fill-960x720")
# templates/includes/seo.html (core/templatetags/seo.py): the picture of a share, a page's
# hero unless it says otherwise (`og_image`); the collectivité's structured data too.
SHARE = (OG_IMAGE_SPEC,)

# A page's hero, by page type: where else it shows. Any other type: its page and shares.
HERO = {
    "exhibition.HomePage": (*HOME_HERO, *SHARE),
    # The home shows its featured edition's hero when it has none of its own.
    "exhibition.EditionPage": (*PAGE_HERO, *SHARE, *HOME_HERO),
    "exhibition.CollectivitePage": (*PAGE_HERO, *SHARE, *COLLECTIVITE_CARD, *REGION_TEASER),
    "exhibition.TourismPage": (*PAGE_HERO, *SHARE, *REGION_TEASER),
    # templates/catalogue/catalogue_page.html shows no hero.
    "catalogue.CataloguePage": SHARE,
}
DEFAULT_HERO = (*PAGE_HERO, *SHARE)


def hero_specs(page) -> tuple[str, ...]:
    """Where the hero of `page` shows, by its type (`HERO`)."""
    return HERO.get(page._meta.label, DEFAULT_HERO)


# A page's foreign keys to images, by name: what sizes each needs.
IMAGE_FIELDS = {"hero_image": hero_specs}

# StreamField blocks, by the template that shows their images.
BLOCK_TEMPLATES = {
    "blocks/image_block.html": IMAGE_BLOCK,
    "blocks/place_block.html": PLACE_BLOCK,
}

# A speciality's image: its card (tourism pages, the index of specialities), and the hero
# and share picture of its own page (templates/catalogue/speciality.html).
SPECIALITY = (*SPECIALITY_CARD, *PAGE_HERO, *SHARE)

# Pages whose app makes their renditions, with their galleries (catalogue/renditions.py).
MADE_ELSEWHERE = ("catalogue.CraftObjectPage",)


def image_fields(model) -> list:
    """The model's foreign keys to images."""
    from wagtail.images import get_image_model

    image_model = get_image_model()
    return [
        field
        for field in model._meta.concrete_fields
        if field.is_relation and field.related_model is image_model
    ]


def page_needs(page) -> dict[int, set[str]]:
    """The sizes each image of `page` (specific) is shown in, by image id."""
    needs = defaultdict(set)
    for field in image_fields(type(page)):
        image_id = getattr(page, field.attname)
        specs = IMAGE_FIELDS.get(field.name)
        if image_id and specs:
            needs[image_id].update(specs(page))
        elif image_id:
            logger.warning("No sizes listed for %s.%s", page._meta.label, field.name)
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for image_id, specs in block_images(field.stream_block, getattr(page, field.name)):
                needs[image_id].update(specs)
    return needs


def block_images(block, value, specs=()):
    """(image id, specs) for every image in a block's value: the sizes are those of the
    nearest block whose template is listed in `BLOCK_TEMPLATES`."""
    specs = BLOCK_TEMPLATES.get(getattr(block.meta, "template", None), specs)
    if value is None:
        return
    if isinstance(value, AbstractImage):  # before StructBlock: Wagtail's ImageBlock is one
        if specs:
            yield value.pk, specs
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from block_images(child.block, child.value, specs)
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from block_images(child_block, value.get(name), specs)
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from block_images(block.child_block, item, specs)


def make_page_renditions(page_ids) -> int:
    """Make what the pages `page_ids` show of their images and is missing (objects
    excepted: `MADE_ELSEWHERE`); returns how many images were looked at."""
    from wagtail.models import Page

    needs = defaultdict(set)
    for page in Page.objects.filter(pk__in=list(page_ids)).exclude(made_elsewhere()).specific():
        for image_id, specs in page_needs(page).items():
            needs[image_id].update(specs)
    return make_image_renditions(needs)


def make_speciality_renditions(speciality_ids) -> int:
    """Make what the specialities `speciality_ids` show of their images and is missing."""
    from exhibition.models import RegionalSpeciality

    images = RegionalSpeciality.objects.filter(pk__in=list(speciality_ids), image__isnull=False)
    return make_image_renditions(
        {image_id: set(SPECIALITY) for image_id in images.values_list("image_id", flat=True)}
    )


def make_site_renditions(batch: int = 200) -> int:
    """Make what every live page (objects excepted) and every speciality show and is
    missing: for a database filled before renditions were made at publication, or in
    bulk (demo/, bench/seed_large.py). Those that exist cost a few queries per batch."""
    from wagtail.models import Page

    from exhibition.models import RegionalSpeciality

    ids = list(Page.objects.live().exclude(made_elsewhere()).values_list("pk", flat=True))
    images = sum(make_page_renditions(ids[at : at + batch]) for at in range(0, len(ids), batch))
    return images + make_speciality_renditions(
        RegionalSpeciality.objects.values_list("pk", flat=True)
    )


def made_elsewhere() -> Q:
    """The pages whose renditions their own app makes (`MADE_ELSEWHERE`)."""
    pages = Q(pk__in=[])
    for label in MADE_ELSEWHERE:
        app_label, model = label.lower().split(".")
        pages |= Q(content_type__app_label=app_label, content_type__model=model)
    return pages


def make_image_renditions(needs: dict[int, set[str]]) -> int:
    """Make the renditions `needs` lists (specs by image id) that are missing, reading
    those that exist in one query; an original that cannot be read is logged and skipped.
    Returns how many images were looked at."""
    from exhibition.models import ExhibitionImage, ExhibitionRendition

    if not needs:
        return 0
    specs = set().union(*needs.values())
    # Wagtail takes prefetched renditions as all there is: every spec asked for is in.
    images = ExhibitionImage.objects.filter(pk__in=list(needs)).prefetch_related(
        Prefetch("renditions", queryset=ExhibitionRendition.objects.filter(filter_spec__in=specs))
    )
    for image in images:
        try:
            image.get_renditions(*sorted(needs[image.pk]))
        except Exception:  # a lost or unreadable original, an unknown format
            logger.exception("Renditions of image %s not made", image.pk)
    return len(needs)
