"""The demo content holds together: every reference resolves, the catalogue has the shape
of the 2021 edition, objects.csv is in the import's own columns, and the generated pictures
are real JPEGs. Pure Python, no database."""

import io
from collections import Counter

import pytest
from PIL import Image

from catalogue.importing.columns import column_for_header, headers
from catalogue.importing.validation import parse_count, parse_price, split_list
from demo import images
from demo.content import load, objects

ARTISANS = load("artisans")
COLLECTIVITES, CRAFTS = load("collectivites"), load("crafts")
MATERIALS = load("materials")
OBJECTS = objects()
TOURISM = load("tourism")
SITE = load("site")
TAGS = {
    "cadeau", "thé", "saké", "vaisselle", "couverts", "cuisine", "plateau", "bol", "service",
    "décoration", "fait-main", "pièce-unique", "édition-limitée", "riz", "café",
}  # fmt: skip
SKU_PREFIXES = {
    "niigata": "NII", "toyama": "TOY", "kanazawa": "KNZ", "fukui": "FKI",
    "nagano": "NGN", "shizuoka": "SZK", "fukuoka": "FKO", "kumamoto": "KMM",
}  # fmt: skip
LANDSCAPE_KINDS = {"montagne", "mer", "ville", "jardin", "festival"}

collectivites = {c["slug"]: c for c in COLLECTIVITES}
crafts = {c["slug"]: c for c in CRAFTS}
artisans = {a["slug"]: a for a in ARTISANS}
materials = {m["slug"]: m for m in MATERIALS}


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _strings(item)


def _is_url(text):
    return text.startswith("https://")


# --- references ---------------------------------------------------------------------------


def test_slugs_are_unique_in_every_list():
    for rows in (COLLECTIVITES, CRAFTS, ARTISANS, MATERIALS, TOURISM):
        slugs = [row["slug"] for row in rows]
        assert len(slugs) == len(set(slugs))


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o["reference"])
def test_object_references_exist_and_agree(obj):
    assert obj["collectivite"] in collectivites
    assert obj["materiau"] in materials
    craft, artisan = crafts[obj["artisanat"]], artisans[obj["artisan"]]
    assert craft["collectivite"] == obj["collectivite"]
    # The material is the object's own: gold leaf on lacquer is lacquerware
    # (tests/demo/test_demo_data.py), whatever the craft's usual material.
    assert artisan["collectivite"] == obj["collectivite"]
    assert artisan["craft"] == obj["artisanat"]


def test_crafts_and_artisans_belong_to_their_collectivite():
    for craft in CRAFTS:
        assert craft["material"] in materials
        assert craft["slug"] in collectivites[craft["collectivite"]]["crafts"]
    for collectivite in COLLECTIVITES:
        assert all(
            crafts[slug]["collectivite"] == collectivite["slug"] for slug in collectivite["crafts"]
        )
    for artisan in ARTISANS:
        assert crafts[artisan["craft"]]["collectivite"] == artisan["collectivite"]
    per_collectivite = Counter(a["collectivite"] for a in ARTISANS)
    assert set(per_collectivite) == set(collectivites)
    assert all(2 <= n <= 3 for n in per_collectivite.values())


def test_each_collectivite_has_one_tourism_page_with_landscapes():
    assert sorted(t["collectivite"] for t in TOURISM) == sorted(collectivites)
    for collectivite in COLLECTIVITES:
        assert collectivite["image_kind"] in LANDSCAPE_KINDS
    for page in TOURISM:
        assert 3 <= len(page["sights"]) <= 4
        assert all(sight["image_kind"] in LANDSCAPE_KINDS for sight in page["sights"])
        assert len(page["food"]) == 3
        assert len(page["seasons"]) == 2
        assert 1 <= len(page["links"]) <= 3
        assert all(_is_url(link["url"]) for link in page["links"])


# --- the shape of the catalogue -----------------------------------------------------------------


def test_the_edition_has_eight_collectivites_and_six_materials():
    assert len(COLLECTIVITES) == 8
    assert len(MATERIALS) == 6


def test_at_least_one_hundred_objects():
    assert len(OBJECTS) >= 100


def test_every_collectivite_shows_at_least_eight_objects():
    counts = Counter(o["collectivite"] for o in OBJECTS)
    too_few = {slug: counts[slug] for slug in collectivites if counts[slug] < 8}
    assert not too_few


def test_every_material_has_objects():
    counts = Counter(o["materiau"] for o in OBJECTS)
    assert all(counts[slug] > 0 for slug in materials)


def test_skus_and_titles_are_unique():
    assert len({o["reference"] for o in OBJECTS}) == len(OBJECTS)
    assert len({o["titre"] for o in OBJECTS}) == len(OBJECTS)


def test_objects_csv_has_every_import_column_french_and_translated():
    assert sorted(OBJECTS[0]) == sorted(headers())
    assert all(column_for_header(header) for header in OBJECTS[0])


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o["reference"])
def test_object_fields(obj):
    assert obj["reference"].startswith(SKU_PREFIXES[obj["collectivite"]] + "-")
    assert 1 <= len(split_list(obj["images"])) <= 3
    assert len(split_list(obj["textes_alternatifs"])) == len(split_list(obj["images"]))
    assert 0 <= parse_count(obj["stock"]) <= 12
    tags = split_list(obj["mots_cles"])
    assert 2 <= len(tags) <= 4 and set(tags) <= TAGS
    assert all(
        parse_count(obj[k]) > 0 for k in ("largeur_mm", "profondeur_mm", "hauteur_mm", "poids_g")
    )
    assert all(
        obj[k].strip()
        for k in ("resume", "description", "tradition", "modernite", "finition", "entretien")
    )
    assert obj["accord_mets"].strip()


@pytest.mark.parametrize("obj", OBJECTS, ids=lambda o: o["reference"])
def test_price_is_a_positive_decimal_with_cents(obj):
    try:
        price = parse_price(obj["prix"])
    except ValueError:
        pytest.fail(f"{obj['reference']}: {obj['prix']!r} is not a price")
    assert price > 0
    assert price.as_tuple().exponent == -2
    assert "," in obj["prix"]  # written as the export writes it, «48,00»


def test_some_objects_are_sold_out_and_some_are_unique_pieces():
    stocks = Counter(parse_count(o["stock"]) for o in OBJECTS)
    assert stocks[0] >= 3
    assert stocks[1] >= 5


def test_french_typography():
    """Typographic apostrophes, and non-breaking spaces inside « guillemets »."""
    for rows in (MATERIALS, COLLECTIVITES, CRAFTS, TOURISM, ARTISANS, OBJECTS):
        for text in _strings(rows):
            if _is_url(text):
                continue
            assert "'" not in text, text
            assert "« " not in text and " »" not in text, text
            assert " :" not in text and " ;" not in text, text


# --- generated images -----------------------------------------------------------------------------


def _decode(data):
    image = Image.open(io.BytesIO(data))
    image.load()
    return image


@pytest.mark.parametrize("material", [*materials, "inconnu"])
def test_object_image_is_a_jpeg_of_the_requested_size(material):
    for variant in range(3):
        image = _decode(images.object_image(material, seed=7, variant=variant, size=(320, 240)))
        assert image.format == "JPEG"
        assert image.size == (320, 240)


def test_object_image_default_size():
    assert _decode(images.object_image("laque", seed=1)).size == (1200, 900)


def test_object_image_is_reproducible_and_depends_on_seed_and_variant():
    one = images.object_image("metal", seed=3, size=(320, 240))
    assert images.object_image("metal", seed=3, size=(320, 240)) == one
    assert images.object_image("metal", seed=4, size=(320, 240)) != one
    assert images.object_image("metal", seed=3, variant=1, size=(320, 240)) != one


@pytest.mark.parametrize("craft", CRAFTS, ids=lambda c: c["slug"])
def test_object_image_takes_the_craft_as_a_hint(craft):
    small = (320, 240)
    hinted = images.object_image(craft["material"], seed=5, size=small, craft=craft["slug"])
    assert _decode(hinted).size == small


def test_the_craft_hint_changes_the_kind_of_object():
    small = (320, 240)
    tray = images.object_image("metal", seed=5, size=small)
    assert images.object_image("metal", seed=5, size=small, craft="kawajiri-hamono") != tray


@pytest.mark.parametrize("kind", [*sorted(LANDSCAPE_KINDS), "inconnu"])
def test_landscape_image_is_a_jpeg_of_the_requested_size(kind):
    image = _decode(images.landscape_image(kind, seed=2, size=(400, 225)))
    assert image.format == "JPEG"
    assert image.size == (400, 225)
    assert images.landscape_image(kind, seed=3, size=(400, 225)) != images.landscape_image(
        kind, seed=2, size=(400, 225)
    )
