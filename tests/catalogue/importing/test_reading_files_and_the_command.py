"""Bulk import: spreadsheets and ZIPs read whatever their encoding, refused when unsafe or not
what they claim, and the `import_objects` command."""

import io
import zipfile
from decimal import Decimal

import pytest

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from catalogue.importing.readers import MAX_ROWS, ImportFileError
from tests.catalogue import import_data as data
from tests.catalogue.importing.helpers import counts, french, run

pytestmark = pytest.mark.django_db


# ZIPs refused


def zip_with(name, data_bytes=b"x"):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo(name), data_bytes, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


@pytest.mark.parametrize("name", ["../../etc/passwd.png", "/tmp/evil.png", "C:/evil.png"])
def test_a_zip_whose_paths_leave_the_archive_is_refused(superuser, name):
    with pytest.raises(ImportFileError, match="sort de l’archive"):
        run(superuser, b"reference;stock\r\nNII-001;4\r\n", images=zip_with(name))


def test_a_zip_bomb_is_refused(superuser):
    bomb = zip_with("bombe.png", b"\0" * (20 * 1024 * 1024))

    with pytest.raises(ImportFileError, match="anormalement compressé"):
        run(superuser, b"reference;stock\r\nNII-001;4\r\n", images=bomb)


def test_a_file_that_is_not_a_zip_is_refused(superuser):
    with pytest.raises(ImportFileError, match="n’est pas un fichier ZIP lisible"):
        run(superuser, b"reference;stock\r\nNII-001;4\r\n", images=b"PK but not really")


# Reading spreadsheets


def test_an_excel_csv_in_windows_1252_with_commas_is_read(superuser):
    rows = [data.good_row(3) | {"titre": "Théière « Été »", "prix": Decimal("48")}]
    content = data.csv_bytes(rows, delimiter=",", encoding="cp1252")

    report = run(superuser, content, images=data.zip_bytes({"imp-003.png": data.png(3)}))

    assert report.rows[0].label == "créé", report.rows[0].errors
    assert french(sku=data.sku(3)).get().title == "Théière « Été »"


def test_a_utf8_csv_with_a_bom_and_english_headers_is_read(superuser):
    content = "\ufeffSKU;Title;Summary;Collectivity;Material;Price;On sale\r\n"
    content += "KNZ-904;Tea bowl;A bowl.;kanazawa;porcelaine-ceramique;12.5;yes\r\n"

    report = run(superuser, content.encode())

    assert report.rows[0].label == "créé", report.rows[0].errors
    page = french(sku="KNZ-904").get()
    assert (page.price, page.on_sale, page.collectivite.short_name) == (
        Decimal("12.50"),
        True,
        "Kanazawa",
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("virus.exe", b"MZ\x90\x00", "n’est pas un tableau"),
        ("vieux.xls", b"\xd0\xcf\x11\xe0", "Excel 97-2003"),
        ("vide.csv", b"", "est vide"),
        ("faux.xlsx", b"not a zip", "n’est pas un classeur XLSX lisible"),
        ("binaire.csv", b"\x00\x01\x02\xff\xfe\x00", "n’est pas un fichier texte lisible"),
        ("sans-entete.csv", b"KNZ-001;12\r\n", "« reference »"),
    ],
)
def test_a_file_that_is_not_a_spreadsheet_is_refused_with_a_clear_message(
    superuser, name, content, message
):
    before = counts()

    with pytest.raises(ImportFileError, match=message):
        run(superuser, content, name)

    assert counts() == before


def test_a_file_of_more_than_two_thousand_objects_is_refused(superuser):
    content = "reference;stock\r\n" + "".join(f"X-{n};1\r\n" for n in range(MAX_ROWS + 1))

    with pytest.raises(ImportFileError, match="plus de 2"):
        run(superuser, content.encode())


def test_a_file_of_more_than_five_megabytes_is_refused(superuser):
    content = b"reference;titre\r\n" + b"X;" + b"a" * (5 * 1024 * 1024) + b"\r\n"

    with pytest.raises(ImportFileError, match="dépasse 5 Mo"):
        run(superuser, content)


# The command


def write(tmp_path, name, content: bytes):
    path = tmp_path / name
    path.write_bytes(content)
    return str(path)


def test_the_command_imports_and_prints_the_report(tmp_path, curator):
    rows = [data.good_row(line) for line in range(2, 8)]
    path = write(tmp_path, "objets.csv", data.csv_bytes(rows))
    images = write(tmp_path, "photos.zip", data.hundred_images_zip())
    out = io.StringIO()

    call_command("import_objects", path, images=images, user="curatrice", publish=True, stdout=out)

    assert "Ligne 2, IMP-002 : créé [publié]" in out.getvalue()
    assert "6 lignes : 6 créés" in out.getvalue()
    assert french(sku__startswith="IMP-").live().count() == 6


def test_the_command_fails_when_rows_fail_and_its_dry_run_writes_nothing(tmp_path, curator):
    path = write(tmp_path, "objets.xlsx", data.xlsx_bytes(data.hundred_rows()[:20]))
    before = counts()
    out = io.StringIO()

    # Rows 7 and 17 are bad, and the 7 rows naming a photo miss the ZIP. French puts zero
    # in the singular («0 modifié») once the French catalogue is compiled, as make test does.
    with pytest.raises(CommandError, match="11 créés, 0 modifié, 0 inchangé, 9 en erreur"):
        call_command("import_objects", path, user="curatrice", dry_run=True, stdout=out)

    assert "Essai à blanc" in out.getvalue()
    assert "✗ Ligne 7, colonne « prix »" in out.getvalue()
    assert counts() == before


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["{dir}/absent.csv", "--user", "curatrice"], "n’existe pas"),
        (["{dir}/objets.csv", "--user", "personne"], "aucun utilisateur « personne »"),
        (["{dir}/objets.csv", "--user", "lecteur"], "n’a le droit d’ajouter ni de modifier"),
        (["{dir}/objets.csv", "--user", "curatrice", "--images", "{dir}/x.zip"], "n’existe pas"),
        (["{dir}/virus.exe", "--user", "curatrice"], "n’est pas un tableau"),
    ],
)
def test_the_command_explains_bad_arguments(tmp_path, curator, arguments, message):
    get_user_model().objects.create_user("lecteur", "l@example.org", "pass")
    write(tmp_path, "objets.csv", b"reference;stock\r\nNII-001;3\r\n")
    write(tmp_path, "virus.exe", b"MZ")

    with pytest.raises(CommandError, match=message):
        call_command("import_objects", *[arg.format(dir=tmp_path) for arg in arguments])


def test_the_command_requires_a_user(tmp_path):
    with pytest.raises(CommandError, match="--user"):
        call_command("import_objects", write(tmp_path, "objets.csv", b"reference\r\n"))
