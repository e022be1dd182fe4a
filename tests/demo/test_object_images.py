"""The demo's object photographs show the kind of object each one illustrates: the kind is
read from the French title, and each kind has its own drawing in three views."""

import io

import pytest
from PIL import Image, ImageChops, ImageStat

from demo import images
from demo.content import load, objects
from demo.images.kinds import KINDS, object_kind

OBJECTS = objects()
MATERIALS = [material["slug"] for material in load("materials")]
SMALL = (320, 240)


def _gray(data: bytes) -> Image.Image:
    return Image.open(io.BytesIO(data)).convert("L").resize((96, 72), Image.Resampling.BOX)


def _difference(a: bytes, b: bytes) -> float:
    """Mean absolute difference of two pictures reduced to thumbnails, 0–255."""
    return ImageStat.Stat(ImageChops.difference(_gray(a), _gray(b))).mean[0]


def _picture(material, kind, *, seed=11, variant=0, craft=None):
    return images.object_image(
        material, seed=seed, variant=variant, size=SMALL, kind=kind, craft=craft
    )


@pytest.mark.parametrize("row", OBJECTS, ids=lambda row: row["reference"])
def test_every_demo_object_has_a_known_kind(row):
    assert object_kind(row["titre"], sku=row["reference"]) in KINDS


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Théière Kutani « Grues »", "teapot"),
        ("Repose-baguettes kumiko (lot de 5)", "chopstick_rest"),
        ("Baguettes laquées d’Echizen", "chopsticks"),
        ("Boîte à bentō laquée « Fuji »", "box"),
        ("Boîte à repas laquée à trois étages (jūbako)", "box"),
        ("Couteau santoku de Kawajiri", "knife"),
        ("Coupe à saké akae « Traits fins »", "cup"),
        ("Gobelet en cuivre à patine rouge", "cup"),
        ("Bol à riz en grès d’Echizen", "bowl"),
        ("Assiette Kutani « Cinq couleurs »", "plate"),
        ("Plateau kumiko en hinoki « Asanoha »", "tray"),
        ("Dessous de plat kumiko « Kikkō »", "trivet"),
        ("Dessous de théière Hakata-ori", "trivet"),
        ("Sangle à bentō Hakata-ori", "textile"),
        ("Chemin de table Hakata-ori « Kenjō indigo »", "textile"),
        ("Vase soliflore en bronze « Vert-de-gris »", "vessel"),
        ("Cuillères à dessert en laiton (lot de 4)", "spoon"),
    ],
)
def test_the_kind_is_read_from_the_french_title(title, kind):
    assert object_kind(title) == kind


def test_a_title_without_a_known_form_has_no_kind():
    assert object_kind("Objet mystère") is None


@pytest.mark.parametrize(
    ("material", "one", "other"),
    [
        ("porcelaine-ceramique", "teapot", "plate"),
        ("porcelaine-ceramique", "cup", "plate"),
        ("porcelaine-ceramique", "chopstick_rest", "plate"),
        ("laque", "chopsticks", "box"),
        ("laque", "chopsticks", "bowl"),
        ("laque", "box", "bowl"),
        ("metal", "cup", "tray"),
        ("bois", "box", "tray"),
    ],
)
def test_objects_of_different_kinds_look_different(material, one, other):
    assert _difference(_picture(material, one), _picture(material, other)) > 12


@pytest.mark.parametrize("kind", KINDS)
def test_the_three_views_of_an_object_differ(kind):
    overview, detail, profile = (_picture("laque", kind, variant=v) for v in range(3))
    assert _difference(overview, detail) > 8
    assert _difference(overview, profile) > 8
    assert _difference(detail, profile) > 8


@pytest.mark.parametrize("material", [*MATERIALS, "inconnu"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_is_drawn_in_every_material(material, kind):
    for variant in range(3):
        image = Image.open(io.BytesIO(_picture(material, kind, variant=variant)))
        assert image.format == "JPEG"
        assert image.size == SMALL


def test_the_same_object_gives_the_same_bytes():
    assert _picture("porcelaine-ceramique", "teapot") == _picture("porcelaine-ceramique", "teapot")
    assert _picture("laque", "box", seed=3) != _picture("laque", "box", seed=4)


def test_an_unknown_kind_gives_the_drawing_of_the_material():
    assert _picture("metal", "inconnu") == images.object_image("metal", seed=11, size=SMALL)
