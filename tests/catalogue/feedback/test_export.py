"""Feedback files for an exhibitor: CSV that Excel opens with accents and Japanese, XLSX
with numbers as numbers, and remarks that are never formulas."""

import codecs
import csv
import io

import pytest
from openpyxl import load_workbook

from catalogue.feedback.export import COLUMNS, feedback_file
from catalogue.models import VisitorFeedback

from .helpers import at, demo_object, give

pytestmark = pytest.mark.django_db


@pytest.fixture
def rows():
    page = demo_object()
    give(page, when=at(2025, 11, 20), colour=5, size="small", remark="Très élégant")
    give(page, language="ja", from_hall=True, when=at(2025, 11, 21), shape=2, remark="少し重い")
    give(page, when=at(2025, 11, 22), would_buy="no", remark='=HYPERLINK("x")')
    return VisitorFeedback.objects.all()


def test_the_csv_starts_with_a_bom_and_holds_one_line_per_feedback(rows):
    content, content_type = feedback_file(rows, "csv")
    assert content.startswith(codecs.BOM_UTF8)
    assert content_type.startswith("text/csv")
    lines = list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))
    assert lines[0] == COLUMNS
    first, second, third = (dict(zip(COLUMNS, line, strict=True)) for line in lines[1:])
    assert first["date"].startswith("2025-11-20")
    assert (first["couleur"], first["taille"], first["provenance"]) == (
        "5",
        "Trop petit",
        "Site web",
    )
    assert first["remarque"] == "Très élégant"
    assert (second["langue"], second["remarque"], second["forme"]) == ("ja", "少し重い", "2")
    assert second["provenance"].startswith("Salle")
    assert third["remarque"].startswith("'=")  # text, not a formula


def test_the_xlsx_opens_and_keeps_japanese_text_and_numbers(rows):
    content, content_type = feedback_file(rows, "xlsx")
    assert "spreadsheetml" in content_type
    sheet = load_workbook(io.BytesIO(content)).active
    values = list(sheet.values)
    assert list(values[0]) == COLUMNS
    second = dict(zip(COLUMNS, values[2], strict=True))
    assert second["remarque"] == "少し重い" and second["forme"] == 2
    third = dict(zip(COLUMNS, values[3], strict=True))
    assert third["remarque"] == '=HYPERLINK("x")'
    assert sheet.cell(row=4, column=COLUMNS.index("remarque") + 1).data_type == "s"
