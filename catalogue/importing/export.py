"""The catalogue as a spreadsheet, in the import's own columns (plus each page's address).

An export of the French catalogue imports back as «inchangé» row by row: references,
names and file names are written the way the import reads them. Exports hold what is
published on the site (live pages, latest published content), as partners see it.

CSV is UTF-8 with a BOM and «;» between cells, which French Excel opens as columns
without an import wizard; XLSX cells are typed (numbers stay numbers) and text is always
text, never a formula.
"""

import codecs
import csv
import io
from decimal import Decimal
from pathlib import PurePosixPath

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from django.conf import settings
from django.utils.translation import gettext as _

from catalogue.models import CraftObjectPage

from .columns import COLUMNS, LANGUAGES, LIST_SEPARATOR, URL_COLUMN, headers
from .description import description_cells

EXPORT_HEADERS = [*headers(), URL_COLUMN]
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
WIDE_COLUMNS = {
    "titre",
    "resume",
    "description",
    "tradition",
    "modernite",
    "description_recherche",
    "entretien",
    "accord_mets",
    URL_COLUMN,
}


def objects_export(*, locale, edition=None, request=None) -> list[dict]:
    """One dict per live object of `locale` (of one edition, in any of its languages, if
    given), keyed by the export headers."""
    pages = (
        CraftObjectPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("collectivite", "edition", "material", "craft", "artisan")
        .prefetch_related("gallery_images__image", "tagged_items__tag")
        .order_by("edition__year", "collectivite__short_name", "sku")
    )
    if edition is not None:
        pages = pages.filter(edition__translation_key=edition.translation_key)
    pages = list(pages)
    translated = _translations(pages) if locale.language_code == settings.LANGUAGE_CODE else {}
    rows = []
    for page in pages:
        row = _row(page, request)
        for language in LANGUAGES:
            translation = translated.get((page.translation_key, language))
            if translation is not None:
                row |= _translation_cells(translation, language)
        rows.append(row)
    return rows


def _translations(pages) -> dict:
    """(translation key, language) → the live translation, for the French pages given."""
    found = (
        CraftObjectPage.objects.live()
        .filter(
            translation_key__in=[page.translation_key for page in pages],
            locale__language_code__in=LANGUAGES,
        )
        .select_related("locale")
        .prefetch_related("gallery_images", "tagged_items__tag")
    )
    return {(page.translation_key, page.locale.language_code): page for page in found}


def _translation_cells(page: CraftObjectPage, language: str) -> dict:
    """The translatable cells of a translation, under their `<column>_<language>` headers."""
    cells = _texts(page)
    return {f"{key}_{language}": value for key, value in cells.items()}


def _texts(page: CraftObjectPage) -> dict:
    """The cells a visitor reads, the ones each language has a column for."""
    gallery = sorted(page.gallery_images.all(), key=lambda item: item.sort_order or 0)
    return {
        "titre": page.title,
        "resume": page.summary,
        **description_cells(page.description),
        "description_recherche": page.search_description,
        "finition": page.finish,
        "entretien": page.care,
        "accord_mets": page.food_pairing,
        "mots_cles": LIST_SEPARATOR.join(
            sorted({item.tag.name for item in page.tagged_items.all()}, key=str.casefold)
        ),
        "textes_alternatifs": LIST_SEPARATOR.join(item.alt_text for item in gallery),
    }


def _row(page: CraftObjectPage, request) -> dict:
    gallery = sorted(page.gallery_images.all(), key=lambda item: item.sort_order or 0)
    return {
        "reference": page.sku,
        "nom_japonais": page.japanese_name,
        **_texts(page),
        "collectivite": page.collectivite.short_name if page.collectivite else "",
        "edition": page.edition.slug if page.edition else "",
        "materiau": page.material.name,
        "artisanat": page.craft.name if page.craft else "",
        "artisan": page.artisan.name if page.artisan else "",
        "prix": page.price,
        "stock": page.stock,
        "en_vente": _("oui") if page.on_sale else _("non"),
        "largeur_mm": page.width_mm,
        "profondeur_mm": page.depth_mm,
        "hauteur_mm": page.height_mm,
        "poids_g": page.weight_g,
        "images": LIST_SEPARATOR.join(PurePosixPath(item.image.file.name).name for item in gallery),
        URL_COLUMN: page.get_full_url(request),
    }


def example_rows(edition=None) -> list[dict]:
    """The template's one example row, from the column spec."""
    row = {column.key: column.example for column in COLUMNS}
    if edition is not None:
        row["edition"] = str(edition.year)
    return [row]


# Writers


def csv_text(value: str) -> str:
    # A cell starting like a formula stays text in a spreadsheet (CSV injection); the
    # import reads the quote back off.
    return f"'{value}" if value.startswith(FORMULA_START) else value


def _csv_cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, int):
        return str(value)
    return csv_text(str(value))


def to_csv(rows: list[dict], columns=EXPORT_HEADERS) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_csv_cell(row.get(key)) for key in columns])
    return codecs.BOM_UTF8 + buffer.getvalue().encode("utf-8")


def to_xlsx(rows: list[dict], columns=EXPORT_HEADERS) -> bytes:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("objets"))
    sheet.freeze_panes = "A2"
    for index, key in enumerate(columns, start=1):
        width = 40 if key in WIDE_COLUMNS else 16
        sheet.column_dimensions[get_column_letter(index)].width = width
    bold = Font(bold=True)
    sheet.append([_xlsx_cell(sheet, key, font=bold) for key in columns])
    for row in rows:
        sheet.append([_xlsx_cell(sheet, row.get(key)) for key in columns])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(sheet, value, font=None):
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would otherwise store «=…» as a formula
    elif isinstance(value, Decimal):
        cell.number_format = "0.00"
    if font is not None:
        cell.font = font
    return cell
