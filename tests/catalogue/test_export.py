"""The catalogue as CSV and XLSX: columns of the import, round trip, spreadsheet safety."""

import codecs
import csv
import io

import openpyxl
import pytest

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile

from wagtail.models import Locale, Page, Revision
from wagtail.rich_text import RichText

from catalogue.importing.export import objects_export, to_csv, to_xlsx
from catalogue.importing.services import objects_import
from catalogue.models import CraftObjectPage
from exhibition.models import EditionPage
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("direction", "d@example.org", "pass")


def french_rows():
    return objects_export(locale=Locale.get_default())


@pytest.fixture
def page():
    """An object of the test's own, with a description of the three kinds of text."""
    return CraftObjectPageFactory(
        description=[
            ("paragraph", RichText("<p>Un bol tourné à la main.</p>")),
            (
                "story",
                {
                    "title": "Tradition et modernité",
                    "tradition": "Un savoir-faire de quatre siècles.",
                    "modernity": "Une forme pour la table d’aujourd’hui.",
                },
            ),
        ],
        search_description="Un bol tourné à la main.",
    )


def read_csv(content: bytes) -> list[dict]:
    assert content.startswith(codecs.BOM_UTF8)
    return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_an_export_imports_back_with_every_row_unchanged(superuser, fmt):
    rows = french_rows()
    content = to_csv(rows) if fmt == "csv" else to_xlsx(rows)
    before = (Page.objects.count(), Revision.objects.count())

    report = objects_import(
        user=superuser,
        rows_file=ContentFile(content, name=f"catalogue.{fmt}"),
        dry_run=False,
        publish=True,
    )

    assert (
        len(report.rows)
        == CraftObjectPage.objects.live().filter(locale__language_code="fr").count()
    )
    assert {row.label for row in report.rows} == {"inchangé"}, [
        (row.line, row.label) for row in report.rows if row.label != "inchangé"
    ][:3]
    assert (Page.objects.count(), Revision.objects.count()) == before


def test_the_csv_is_utf8_with_a_bom_semicolons_and_french_decimals(page):
    content = to_csv(french_rows())

    rows = read_csv(content)
    exported = next(row for row in rows if row["reference"] == page.sku)
    edition, exhibitor = page.edition, page.get_parent()
    assert exported["prix"] == f"{page.price:.2f}".replace(".", ",")
    assert exported["titre"] == page.title
    assert exported["collectivite"] == page.collectivite.short_name
    assert exported["edition"] == edition.slug
    assert exported["url"] == f"http://testserver/fr/{edition.slug}/{exhibitor.slug}/{page.slug}/"
    assert len(exported["images"].split(";")) == len(exported["textes_alternatifs"].split(";"))


def test_the_description_is_written_as_text_in_its_three_columns(page):
    rows = read_csv(to_csv(french_rows()))

    exported = next(row for row in rows if row["reference"] == page.sku)
    story = next(block.value for block in page.description if block.block_type == "story")
    assert exported["description"] and "<p>" not in exported["description"]
    assert exported["tradition"] == story["tradition"]
    assert exported["modernite"] == story["modernity"]
    assert exported["description_recherche"] == page.search_description


def test_text_that_looks_like_a_formula_is_escaped_and_imports_back_unchanged(superuser, page):
    page.title = '=HYPERLINK("http://example.org","Cliquez")'
    page.finish = "@SUM(A1)"
    page.save_revision().publish()
    rows = [row for row in french_rows() if row["reference"] == page.sku]

    csv_row = read_csv(to_csv(rows))[0]
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(rows))).worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    title_cell = sheet.cell(row=2, column=headers.index("titre") + 1)

    assert csv_row["titre"] == "'" + page.title and csv_row["finition"] == "'@SUM(A1)"
    assert (title_cell.value, title_cell.data_type) == (page.title, "s")
    report = objects_import(
        user=superuser,
        rows_file=ContentFile(to_csv(rows), name="catalogue.csv"),
        dry_run=True,
        publish=False,
    )
    assert report.rows[0].label == "inchangé"


def test_the_xlsx_keeps_numbers_as_numbers():
    sheet = openpyxl.load_workbook(io.BytesIO(to_xlsx(french_rows()))).worksheets[0]
    headers = [cell.value for cell in sheet[1]]

    price = sheet.cell(row=2, column=headers.index("prix") + 1)
    stock = sheet.cell(row=2, column=headers.index("stock") + 1)
    assert price.data_type == "n" and price.number_format == "0.00"
    assert isinstance(stock.value, int)
    assert headers[-1] == "url"


def test_an_english_export_of_one_edition_lists_the_english_pages():
    edition = EditionPage.objects.get(slug="2021-shoku", locale__language_code="fr")

    rows = objects_export(locale=Locale.objects.get(language_code="en"), edition=edition)

    english = CraftObjectPage.objects.live().filter(locale__language_code="en")
    assert len(rows) == english.count() > 0
    assert all(row["url"].startswith("http://testserver/en/") for row in rows)
    assert {row["reference"] for row in rows} == set(english.values_list("sku", flat=True))


def test_drafts_and_unpublished_objects_are_not_exported():
    page = CraftObjectPage.objects.get(sku="KNZ-001", locale__language_code="fr")
    page.unpublish()

    assert "KNZ-001" not in {row["reference"] for row in french_rows()}
