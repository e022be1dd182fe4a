"""What the catalogue adds to the exhibition's pages: the objects shown, their cards, the
crafts of a collectivité. Registered in CatalogueConfig.ready() (core/page_context.py)."""

from django.db.models import Exists, OuterRef

from core.caching import cached_for_content

from .cards import object_cards
from .models import CraftObjectImage, CraftObjectPage, CraftTradition

COLLECTIVITE_OBJECTS_SHOWN = 12
HOME_OBJECTS_SHOWN = 8


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


def home_objects(page, request) -> dict:
    """A selection of the objects of the edition the home features (HomePage.listings)."""
    edition = page.listings().get("edition")
    if edition is None:
        return {}
    pks = cached_for_content(f"home-objects:{edition.pk}", lambda: _home_selection(edition))
    return {"edition_object_cards": object_cards(pks, request=request)}


def _home_selection(edition) -> list[int]:
    """Up to HOME_OBJECTS_SHOWN objects, one per collectivité in turn (in the tree's order),
    those with a picture first: the home shows the edition's variety, not one region."""
    rows = (
        CraftObjectPage.objects.filter(edition=edition)
        .live()
        .public()
        .annotate(has_image=Exists(CraftObjectImage.objects.filter(page=OuterRef("pk"))))
        .order_by("-has_image", "path")
        .values_list("pk", "collectivite_id")
    )
    by_collectivite: dict[int | None, list[int]] = {}
    for pk, collectivite in rows:
        by_collectivite.setdefault(collectivite, []).append(pk)
    chosen = []
    for round_ in range(HOME_OBJECTS_SHOWN):
        for pks in by_collectivite.values():
            if round_ < len(pks) and len(chosen) < HOME_OBJECTS_SHOWN:
                chosen.append(pks[round_])
    return chosen
