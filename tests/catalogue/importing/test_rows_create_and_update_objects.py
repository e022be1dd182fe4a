"""Bulk import (`objects_import`): a hundred-row file creates its good rows and reports its bad
ones, and a row naming an existing object updates what its columns hold."""

from decimal import Decimal

import pytest

from catalogue.importing.report import Status
from exhibition.models import ExhibitionImage
from tests.catalogue import import_data as data
from tests.catalogue.importing.helpers import counts, french, import_hundred, run

pytestmark = pytest.mark.django_db


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
