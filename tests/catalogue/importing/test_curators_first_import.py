"""What curators stumbled on in their first import: image paths with folders, a row's
errors reported one at a time, and messages that send them to a menu they don't have."""

import pytest

from catalogue.importing.report import Status
from tests.catalogue import import_data as data

from .helpers import french, run

pytestmark = pytest.mark.django_db

HEADER = b"reference;titre;resume;collectivite;materiau;prix;images;textes_alternatifs\r\n"


def test_an_image_named_with_its_folder_is_found_in_the_zip(curator):
    rows = HEADER + b"KNZ-303;Bol;Un bol.;Kanazawa;Laque;30;photos/knz-303.jpg;Le bol\r\n"
    archive = data.zip_bytes({"photos/knz-303.jpg": data.png(3)})

    report = run(curator, rows, images=archive)

    assert report.rows[0].status == Status.CREATED, report.rows[0].errors
    image = french(sku="KNZ-303").get().gallery_images.get().image
    assert image.file.name.rsplit("/", 1)[-1].startswith("knz-303")


def test_a_folder_in_the_name_tells_two_files_of_the_same_name_apart(curator):
    rows = HEADER + b"KNZ-304;Bol;Un bol.;Kanazawa;Laque;30;recto/bol.png;Le bol\r\n"
    archive = data.zip_bytes({"recto/bol.png": data.png(4), "verso/bol.png": data.png(5)})

    report = run(curator, rows, images=archive)

    assert report.rows[0].status == Status.CREATED, report.rows[0].errors


def test_every_error_of_a_row_is_reported_at_once(curator):
    rows = HEADER + b"KNZ-305;Bol;Un bol.;Kanazawa;Verre souffle;12,5O;absente.png;Le bol\r\n"
    archive = data.zip_bytes({"autre.png": data.png(6)})

    report = run(curator, rows, images=archive)

    errors = report.rows[0].errors
    assert report.rows[0].status == Status.ERROR
    assert [error.split(" : ")[0] for error in errors] == [
        "Ligne 2, colonne « materiau »",
        "Ligne 2, colonne « prix »",
        "Ligne 2, colonne « images »",
    ], errors
    assert not french(sku="KNZ-305").exists()


def test_no_message_sends_a_curator_to_a_menu_of_the_editors(curator):
    rows = (
        b"reference;titre;resume;collectivite;materiau;prix;artisan\r\n"
        b"KNZ-306;Bol;Un bol.;Kanazawa;Laque;30;Atelier inconnu\r\n"
    )

    report = run(curator, rows)

    (error,) = report.rows[0].errors
    assert "Atelier inconnu" in error
    assert "menu" not in error
    assert "éditeurs" in error
