"""Bulk import of craft objects: `objects_import` and the `import_objects` command."""

import io
import zipfile
from decimal import Decimal

import pytest
from PIL import Image

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from wagtail.models import Collection, Page, Revision
from wagtail.rich_text import RichText

from catalogue.importing.readers import MAX_ROWS, ImportFileError
from catalogue.importing.report import Status
from catalogue.importing.services import objects_import
from catalogue.models import CraftObjectPage
from exhibition.models import ExhibitionImage

from . import import_data as data

pytestmark = pytest.mark.django_db


@pytest.fixture
def curator():
    """May add, change and publish objects of every collectivité but Kumamoto."""
    return data.curator("curatrice", data.EDITABLE, publish=True)


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("direction", "d@example.org", "pass")


def french(**filters):
    return CraftObjectPage.objects.filter(locale__language_code="fr", **filters)


def counts():
    return (Page.objects.count(), ExhibitionImage.objects.count(), Revision.objects.count())


def run(user, rows: bytes, name="objets.csv", *, images: bytes | None = None, **options):
    options.setdefault("dry_run", False)
    options.setdefault("publish", False)
    return objects_import(
        user=user,
        rows_file=data.upload(rows, name),
        images_zip=data.upload(images, "photos.zip") if images is not None else None,
        **options,
    )


def import_hundred(user, *, fmt="csv", **options):
    rows = data.hundred_rows()
    content = data.xlsx_bytes(rows) if fmt == "xlsx" else data.csv_bytes(rows)
    return run(user, content, f"objets.{fmt}", images=data.hundred_images_zip(), **options)


# The hundred-row file


def test_a_hundred_row_csv_imports_its_ninety_good_rows_and_reports_each_bad_one(curator):
    before = french().count()
    images_before = ExhibitionImage.objects.count()

    report = import_hundred(curator, publish=True)

    assert (report.created, report.updated, report.unchanged, report.failed) == (90, 0, 0, 10)
    errors = {row.line: " ".join(row.errors) for row in report.rows if row.status is Status.ERROR}
    assert set(errors) == set(data.BAD_ROWS)
    for line, (_column, _value, message) in data.BAD_ROWS.items():
        assert message in errors[line]
    # Nothing half-written: no page for a bad row, no image but those of the good rows.
    assert french().count() == before + 90
    assert set(french(sku__startswith="IMP-").values_list("sku", flat=True)) == data.good_skus()
    assert not french(sku__in=data.bad_skus()).exists()
    assert ExhibitionImage.objects.count() == images_before + 30
    assert not ExhibitionImage.objects.filter(title__startswith="IMP-077").exists()

    page = french(sku=data.sku(9)).get()
    assert page.live and not page.has_unpublished_changes and page.revisions.count() == 1
    assert page.get_parent().specific.collectivite_id == page.collectivite_id
    assert (page.edition.year, page.price, page.owner) == (2021, Decimal("19.50"), curator)
    assert {tag.name for tag in page.tags.all()} == {"import", "essai"}
    # «Kumiko» is a craft of Niigata and of Nagano: the row's collectivité decides.
    niigata = french(sku__startswith="IMP-", collectivite__short_name="Niigata").first()
    assert niigata.craft.slug == "kumiko-niigata"

    # The same file again, with or without its photos, changes nothing.
    before = counts()
    again = import_hundred(curator, publish=True)
    assert (again.created, again.updated, again.unchanged, again.failed) == (0, 0, 90, 10)
    good = [row for row in data.hundred_rows() if row["reference"] in data.good_skus()]
    without_zip = run(curator, data.csv_bytes(good), publish=True)
    assert {row.label for row in without_zip.rows} == {"inchangé"}
    assert counts() == before


def test_the_report_names_the_row_and_column_of_a_bad_price_as_a_curator_reads_them(curator):
    report = import_hundred(curator, dry_run=True)

    row = next(row for row in report.rows if row.line == 7)
    assert row.errors == [
        "Ligne 7, colonne « prix » : « 12,5O » n’est pas un prix (exemple : 48,00)."
    ]
    assert row.label.startswith("erreur : Ligne 7")


def test_a_dry_run_writes_nothing_and_reports_what_the_import_then_does(curator):
    before = counts()

    dry = import_hundred(curator, fmt="xlsx", dry_run=True, publish=True)

    assert counts() == before
    assert not french(sku__startswith="IMP-").exists()
    real = import_hundred(curator, fmt="xlsx", publish=True)
    assert (real.created, real.failed) == (90, 10)
    assert [(r.line, r.label, r.publication) for r in dry.rows] == [
        (r.line, r.label, r.publication) for r in real.rows
    ]


# Updates


def test_a_changed_price_is_reported_as_modifie_prix_and_nothing_else(superuser):
    page = french(sku="NII-001").get()
    content = f"reference;prix\r\nNII-001;{page.price + 2:.2f}\r\n".replace(".", ",")

    report = run(superuser, content.encode(), publish=True)

    assert report.rows[0].label == "modifié (prix)"
    page.refresh_from_db()
    assert page.price == Decimal("50.00") and not page.has_unpublished_changes


def test_columns_missing_from_the_file_are_left_as_they_are(superuser):
    page = french(sku="NII-001").get()
    summary, tags = page.summary, {tag.name for tag in page.tags.all()}

    run(superuser, b"reference;stock\r\nNII-001;42\r\n", publish=True)

    page.refresh_from_db()
    assert (page.stock, page.summary, {t.name for t in page.tags.all()}) == (42, summary, tags)


def test_an_update_without_the_right_to_publish_is_a_draft_revision(superuser):
    writer = data.curator("redactrice", ["Niigata"], publish=False)
    page = french(sku="NII-001").get()
    old_price = page.price

    report = run(writer, b"reference;prix\r\nNII-001;99,00\r\n", publish=True)

    assert (report.rows[0].label, report.rows[0].publication) == ("modifié (prix)", "brouillon")
    page.refresh_from_db()
    assert page.price == old_price and page.has_unpublished_changes
    assert page.get_latest_revision_as_object().price == Decimal("99.00")
    assert page.get_latest_revision().user == writer


def test_a_draft_already_holding_the_new_value_is_unchanged(superuser):
    run(superuser, b"reference;prix\r\nNII-001;99,00\r\n", publish=False)

    again = run(superuser, b"reference;prix\r\nNII-001;99,00\r\n", publish=False)

    assert again.rows[0].label == "inchangé"


def test_an_object_of_a_collectivite_the_user_cannot_edit_is_never_written():
    niigata = data.curator("niigata", ["Niigata"], publish=True)
    page = french(sku="KNZ-001").get()
    revisions = page.revisions.count()

    report = run(niigata, b"reference;prix\r\nKNZ-001;1,00\r\n", publish=True)

    assert report.rows[0].errors == [
        "Ligne 2 : vous n’avez pas le droit de modifier les objets de Kanazawa."
    ]
    page.refresh_from_db()
    assert page.revisions.count() == revisions and page.price != Decimal("1.00")


def test_a_page_locked_by_someone_else_is_not_updated():
    other = data.curator("autre", ["Niigata"])
    page = french(sku="NII-001").get()
    page.locked, page.locked_by = True, other
    page.save()

    report = run(data.curator("niigata", ["Niigata"]), b"reference;stock\r\nNII-001;40\r\n")

    assert "verrouillé" in report.rows[0].errors[0]


def test_moving_an_object_to_another_collectivite_is_refused(superuser):
    report = run(superuser, b"reference;collectivite\r\nNII-001;Kanazawa\r\n")

    assert "appartient à Niigata" in report.rows[0].errors[0]


# The description, the story and the search description


def new_object(**cells) -> bytes:
    row = {
        "reference": "KNZ-901",
        "titre": "Bol « Brume »",
        "resume": "Un bol gris.",
        "collectivite": "Kanazawa",
        "materiau": "Porcelaine et céramique",
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
        "materiau": "Porcelaine et céramique",
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
