"""Bulk import (`objects_import`): the description, the story, the search description and the
images of the ZIP, as the page holds them."""

import io
from decimal import Decimal

import pytest
from PIL import Image

from wagtail.models import Collection
from wagtail.rich_text import RichText

from catalogue.importing.report import Status
from tests.catalogue import import_data as data
from tests.catalogue.importing.helpers import french, run

pytestmark = pytest.mark.django_db


# The description, the story and the search description


def new_object(**cells) -> bytes:
    row = {
        "reference": "KNZ-901",
        "titre": "Bol « Brume »",
        "resume": "Un bol gris.",
        "collectivite": "Kanazawa",
        "materiau": "Poterie et céramique",
        "prix": Decimal("30"),
        **cells,
    }
    return data.csv_bytes([row], headers=list(row))


def blocks(page) -> list[tuple[str, object]]:
    return [(block.block_type, block.value) for block in page.description]


def test_description_is_the_text_of_the_page_one_paragraph_per_blank_line(superuser):
    text = "Peint à la main & cuit deux fois.\n\nUne pièce <unique>.\nSignée."

    report = run(superuser, new_object(description=text), publish=True)

    assert report.rows[0].label == "créé", report.rows[0].errors
    [(kind, value)] = blocks(french(sku="KNZ-901").get())
    assert kind == "paragraph"
    assert value.source == (
        "<p>Peint à la main &amp; cuit deux fois.</p><p>Une pièce &lt;unique&gt;.<br/>Signée.</p>"
    )


def test_tradition_and_modernite_fill_the_tradition_et_modernite_block(superuser):
    cells = {"description": "Un bol.", "tradition": "Le geste.", "modernite": "La table."}

    run(superuser, new_object(**cells), publish=True)

    story = blocks(french(sku="KNZ-901").get())[1]
    assert story[0] == "story"
    assert (story[1]["title"], story[1]["tradition"], story[1]["modernity"]) == (
        "Tradition et modernité",
        "Le geste.",
        "La table.",
    )


def test_a_story_without_its_modernite_is_refused(superuser):
    report = run(superuser, new_object(tradition="Le geste.", modernite=""), publish=True)

    assert report.rows[0].errors == [
        "Ligne 2, colonne « modernite » : le bloc « Tradition et modernité » a besoin des "
        "deux textes."
    ]
    assert not french(sku="KNZ-901").exists()


def test_a_changed_description_keeps_the_story_and_is_reported_as_modifie(superuser):
    page = french(sku="NII-001").get()
    story = blocks(page)[1][1]

    report = run(superuser, b"reference;texte\r\nNII-001;Nouveau texte.\r\n", publish=True)

    assert report.rows[0].label == "modifié (description)"
    page.refresh_from_db()
    assert [kind for kind, _value in blocks(page)] == ["paragraph", "story"]
    assert blocks(page)[0][1].source == "<p>Nouveau texte.</p>"
    assert blocks(page)[1][1]["modernity"] == story["modernity"]


def test_an_unchanged_description_keeps_its_formatting_and_other_blocks(superuser):
    page = french(sku="NII-001").get()
    page.description = [
        ("paragraph", RichText("<p>Un <b>bol</b> &amp; sa <a href='https://a.fr'>boîte</a>.</p>")),
        ("quote", {"quote": "Une citation.", "attribution": ""}),
    ]
    page.save_revision().publish()

    report = run(superuser, "reference;description\r\nNII-001;Un bol & sa boîte.\r\n".encode())
    changed = run(superuser, b"reference;description\r\nNII-001;Un plat.\r\n", publish=True)

    assert report.rows[0].label == "inchangé"
    assert changed.rows[0].label == "modifié (description)"
    page.refresh_from_db()
    assert [kind for kind, _value in blocks(page)] == ["paragraph", "quote"]


def test_description_recherche_is_the_search_description(superuser):
    report = run(superuser, new_object(search_description="Un bol gris, fait main."))

    assert report.rows[0].label == "créé", report.rows[0].errors
    assert french(sku="KNZ-901").get().search_description == "Un bol gris, fait main."


# Images


def test_images_from_the_zip_are_attached_in_order_with_their_alt_texts(superuser):
    root = Collection.get_first_root_node()
    parent = root.get_children().filter(name="Collectivités").first() or root.add_child(
        name="Collectivités"
    )
    kanazawa = parent.get_children().filter(name="Kanazawa").first() or parent.add_child(
        name="Kanazawa"
    )
    row = {
        "reference": "KNZ-900",
        "titre": "Bol « Neige »",
        "resume": "Un bol blanc.",
        "collectivite": "Kanazawa",
        "materiau": "Poterie et céramique",
        "prix": Decimal("30"),
        "images": "face.jpg;detail.png",
        "textes_alternatifs": "Le bol vu de face;Détail de l’émail",
    }
    jpeg = io.BytesIO()
    Image.new("RGB", (10, 8), "white").save(jpeg, "JPEG")
    archive = data.zip_bytes({"FACE.JPG": jpeg.getvalue(), "img/detail.png": data.png(5)})

    report = run(superuser, data.csv_bytes([row], headers=list(row)), images=archive, publish=True)

    assert report.rows[0].label == "créé", report.rows[0].errors
    page = french(sku="KNZ-900").get()
    gallery = list(page.gallery_images.order_by("sort_order"))
    assert [item.alt_text for item in gallery] == ["Le bol vu de face", "Détail de l’émail"]
    assert [item.image.collection_id for item in gallery] == [kanazawa.pk, kanazawa.pk]
    assert gallery[0].image.file_hash and gallery[0].image.uploaded_by_user == superuser
    assert gallery[0].image.description == "Le bol vu de face"


def test_an_alt_text_is_required_for_each_image(superuser):
    rows = (
        b"reference;titre;resume;collectivite;materiau;prix;images;textes_alternatifs\r\n"
        b'KNZ-901;Bol;Un bol.;Kanazawa;Laque;30;"a.png;b.png";Une seule description\r\n'
    )
    archive = data.zip_bytes({"a.png": data.png(1), "b.png": data.png(2)})

    report = run(superuser, rows, images=archive)

    assert "il en faut un par image" in report.rows[0].errors[0]
    assert not french(sku="KNZ-901").exists()


def test_a_file_of_the_zip_that_is_not_an_image_fails_only_its_row(superuser):
    rows = (
        b"reference;titre;resume;collectivite;materiau;prix;images;textes_alternatifs\r\n"
        b"KNZ-902;Bol;Un bol.;Kanazawa;Laque;30;faux.png;Un faux\r\n"
        b"KNZ-903;Bol;Un bol.;Kanazawa;Laque;30;vrai.png;Un vrai\r\n"
    )
    archive = data.zip_bytes({"faux.png": b"MZ\x90\x00 not a picture", "vrai.png": data.png(3)})

    report = run(superuser, rows, images=archive)

    assert [row.status for row in report.rows] == [Status.ERROR, Status.CREATED]
    assert "n’est pas une image" in report.rows[0].errors[0]
