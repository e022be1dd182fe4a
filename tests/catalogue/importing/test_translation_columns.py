"""The spreadsheet's language columns (`titre_en`, `resume_ja`…): each language with a
filled cell creates or updates the object's linked translation, the dry run says per
language what would change, and the collectivités' Excel files import the same way."""

import pytest
from wagtail_localize.models import Translation, TranslationSource

from wagtail.models import Locale

from catalogue.importing.export import objects_export
from catalogue.models import CraftObjectPage
from tests.catalogue import import_data as data
from tests.catalogue.importing.helpers import french, run

pytestmark = pytest.mark.django_db

HEADERS = [*data.HEADERS, "titre_en", "resume_en", "titre_ja", "resume_ja"]


def row(**cells):
    return data.good_row(4) | {"images": "", "textes_alternatifs": ""} | cells


def csv_of(*rows, headers=HEADERS):
    return data.csv_bytes(list(rows), headers=headers)


def translation_of(page, language):
    return CraftObjectPage.objects.filter(
        translation_key=page.translation_key, locale__language_code=language
    ).first()


def test_language_columns_create_linked_translations_of_the_new_object(superuser):
    report = run(
        superuser,
        csv_of(row(titre_en="Imported bowl", resume_en="A bowl.", resume_ja="椀です。")),
        publish=True,
    )

    page = french(sku=data.sku(4)).get()
    english, japanese = translation_of(page, "en"), translation_of(page, "ja")
    assert (english.title, english.summary, english.live) == ("Imported bowl", "A bowl.", True)
    assert japanese.summary == "椀です。"
    source = TranslationSource.objects.get(object_id=page.translation_key)
    assert set(
        Translation.objects.filter(source=source).values_list(
            "target_locale__language_code", flat=True
        )
    ) == {"en", "ja"}
    assert report.translation_totals() == {"en": (2, 0), "ja": (1, 0)}
    assert any(line.startswith("en : 2 traductions créées") for line in report.text_lines())


def test_the_dry_run_says_per_language_what_would_change_and_writes_nothing(superuser):
    run(superuser, csv_of(row(titre_en="Imported bowl", resume_en="A bowl.")), publish=True)
    page = french(sku=data.sku(4)).get()
    before = translation_of(page, "en").revisions.count()

    report = run(
        superuser,
        csv_of(row(titre_en="Imported tea bowl", resume_en="A bowl.", titre_ja="茶碗")),
        dry_run=True,
    )

    assert report.translation_totals() == {"en": (0, 1), "ja": (1, 0)}
    english_line, japanese_line = report.translation_lines()
    assert english_line.startswith("en : ") and english_line.endswith(", 1 modifiée")
    assert japanese_line.startswith("ja : 1 traduction créée")
    assert report.has_changes and report.unchanged == 1
    assert translation_of(page, "en").title == "Imported bowl"
    assert translation_of(page, "en").revisions.count() == before
    assert translation_of(page, "ja") is None or translation_of(page, "ja").title != "茶碗"


def test_a_second_import_updates_the_translation_and_an_identical_one_changes_nothing(superuser):
    run(superuser, csv_of(row(titre_en="Imported bowl")), publish=True)

    changed = run(superuser, csv_of(row(titre_en="Imported tea bowl")), publish=True)
    same = run(superuser, csv_of(row(titre_en="Imported tea bowl")), publish=True)

    page = french(sku=data.sku(4)).get()
    assert translation_of(page, "en").title == "Imported tea bowl"
    assert changed.translation_totals() == {"en": (0, 1)}
    assert same.translation_totals() == {"en": (0, 0)} and not same.has_changes


def test_japanese_texts_from_an_excel_workbook_become_the_japanese_translation(superuser):
    headers = [*data.HEADERS, "titre_ja", "resume_ja"]
    workbook = data.xlsx_bytes(
        [row(titre_ja="九谷焼の小皿", resume_ja="手描きの小皿です。")], headers
    )

    report = run(superuser, workbook, "objets.xlsx", publish=True)

    page = french(sku=data.sku(4)).get()
    japanese = translation_of(page, "ja")
    assert (japanese.title, japanese.summary) == ("九谷焼の小皿", "手描きの小皿です。")
    assert report.translation_totals() == {"ja": (2, 0)}


def test_a_translation_cell_too_long_is_an_error_of_its_cell_and_the_row_is_not_imported(
    superuser,
):
    report = run(superuser, csv_of(row(titre_en="x" * 256)), publish=True)

    assert report.failed == 1
    assert "colonne « titre_en » : 256 caractères, 255 au plus." in " ".join(report.rows[0].errors)
    assert not french(sku=data.sku(4)).exists()


def test_the_export_writes_each_translation_in_its_language_columns(superuser):
    run(superuser, csv_of(row(titre_en="Imported bowl", resume_ja="椀です。")), publish=True)

    rows = objects_export(locale=Locale.get_default())

    exported = next(item for item in rows if item["reference"] == data.sku(4))
    assert (exported["titre_en"], exported["resume_ja"]) == ("Imported bowl", "椀です。")
