"""What the catalogue adds to the exhibition's pages: the objects shown, their cards, the
crafts of a collectivité. Registered in CatalogueConfig.ready() (core/page_context.py)."""

from core.caching import cached_for_content

from .cards import object_cards
from .models import CraftObjectPage, CraftTradition

COLLECTIVITE_OBJECTS_SHOWN = 12


def collectivite_objects(page, request) -> dict:
    listings = cached_for_content(f"collectivite-objects:{page.pk}", lambda: _collectivite(page))
    return {**listings, "object_cards": object_cards(listings["objects"], request=request)}


def _collectivite(page) -> dict:
    """Changes only when something is published. Read through the models' managers, not
    the page's related managers, which would attach the page to every row (and into the
    cache with them)."""
    objects = CraftObjectPage.objects.filter(collectivite=page).live().public()
    crafts = CraftTradition.objects.filter(collectivite=page).select_related("material")
    return {
        "crafts": list(crafts),
        # Pks only: their cards come from catalogue/cards.py.
        "objects": list(
            objects.order_by("-edition__year", "title").values_list("pk", flat=True)[
                :COLLECTIVITE_OBJECTS_SHOWN
            ]
        ),
        "object_count": objects.count(),
    }


def exhibitor_objects(page, request) -> dict:
    """A participation's objects: those of its collectivité in its edition."""
    edition = page.get_parent().specific
    objects = (
        CraftObjectPage.objects.filter(edition=edition, collectivite=page.collectivite_id)
        .live()
        .public()
        .only("title", "edition")  # cards: catalogue/cards.py
    )
    return {"objects": objects, "object_cards": object_cards(objects, request=request)}


def edition_objects(page, request) -> dict:
    return {"object_count": CraftObjectPage.objects.filter(edition=page).live().public().count()}
