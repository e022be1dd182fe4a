"""Reads the uploaded spreadsheet (CSV or XLSX) into rows of text cells, numbered as the
curator sees them in the spreadsheet (the header is row 1).

Only the format is checked here: what a cell means is for `validation`. Every limit fails
with a message that says what to do, never with a traceback.
"""

import codecs
import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePath

from django.utils.formats import number_format
from django.utils.translation import gettext as _

from .columns import URL_COLUMN, Column, column_for_header, normalize_header

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000
# An XLSX is a ZIP of XML: its unpacked size bounds what openpyxl will parse.
MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024
# Trailing formatted-but-empty rows are common in spreadsheets; this many in a row ends it.
MAX_BLANK_RUN = 1000


class ImportFileError(Exception):
    """The file as a whole cannot be read: nothing is imported, the message says why."""


@dataclass
class Table:
    filename: str
    columns: dict[str, int]  # column key → index of its cell in each row
    rows: list[tuple[int, list[str]]]  # (spreadsheet row number, cells)
    ignored_headers: list[str] = field(default_factory=list)

    def has(self, key: str) -> bool:
        return key in self.columns

    def cell(self, cells: list[str], key: str) -> str:
        index = self.columns.get(key)
        if index is None or index >= len(cells):
            return ""
        return cells[index]


def read_table(upload) -> Table:
    """`upload` is a Django UploadedFile or any binary file object with a `name`."""
    name, suffix = check_upload(upload)
    data = _read_bytes(upload, name)
    if suffix == ".xlsx":
        header, rows = _xlsx_rows(data, name)
    else:
        header, rows = _csv_rows(data, name)
    return _table(name, header, rows)


def check_upload(upload) -> tuple[str, str]:
    """What can be said from the name and size alone, before reading a byte."""
    name = PurePath(getattr(upload, "name", "") or "fichier").name
    suffix = PurePath(name).suffix.lower()
    if suffix == ".xls":
        raise ImportFileError(
            _(
                "« %(name)s » est au format Excel 97-2003 (.xls) : enregistrez-le en .xlsx "
                "ou en CSV, puis envoyez-le de nouveau."
            )
            % {"name": name}
        )
    if suffix not in {".csv", ".txt", ".xlsx"}:
        raise ImportFileError(
            _("« %(name)s » n’est pas un tableau : envoyez un fichier CSV ou XLSX.")
            % {"name": name}
        )
    size = getattr(upload, "size", None)
    if size == 0:
        raise ImportFileError(_("Le fichier « %(name)s » est vide.") % {"name": name})
    if size is not None and size > MAX_FILE_BYTES:
        raise _too_big(name)
    return name, suffix


def _too_big(name) -> ImportFileError:
    return ImportFileError(
        _("« %(name)s » dépasse %(size)s Mo : découpez-le en plusieurs fichiers.")
        % {"name": name, "size": MAX_FILE_BYTES // (1024 * 1024)}
    )


def _read_bytes(upload, name) -> bytes:
    if hasattr(upload, "seek"):
        upload.seek(0)
    data = upload.read(MAX_FILE_BYTES + 1)
    if not data:
        raise ImportFileError(_("Le fichier « %(name)s » est vide.") % {"name": name})
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(name)
    return data


# CSV


def _decode(data: bytes, name: str) -> str:
    # Excel writes UTF-8 with a BOM («CSV UTF-8»), UTF-16 for «Texte Unicode», and
    # Windows-1252 for a plain «CSV (séparateur : point-virgule)».
    if data.startswith(codecs.BOM_UTF8):
        data, encodings = data[len(codecs.BOM_UTF8) :], ["utf-8"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if "\x00" not in text:
            return text
    raise ImportFileError(
        _(
            "« %(name)s » n’est pas un fichier texte lisible : enregistrez-le au format "
            "« CSV UTF-8 » ou en .xlsx."
        )
        % {"name": name}
    )


def _delimiter(text: str) -> str:
    first_line = text.lstrip().split("\n", 1)[0]
    counts = {delimiter: first_line.count(delimiter) for delimiter in (";", ",", "\t")}
    return max(counts, key=counts.get)


def _csv_rows(data: bytes, name: str):
    text = _decode(data, name)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
    try:
        records = [[cell.strip() for cell in record] for record in reader]
    except csv.Error as error:
        raise ImportFileError(
            _("« %(name)s » n’est pas un CSV valide (%(error)s).") % {"name": name, "error": error}
        ) from error
    if not records:
        raise ImportFileError(_("Le fichier « %(name)s » est vide.") % {"name": name})
    return records[0], list(enumerate(records[1:], start=2))


# XLSX


def _xlsx_rows(data: bytes, name: str):
    from openpyxl import load_workbook

    not_a_workbook = ImportFileError(
        _("« %(name)s » n’est pas un classeur XLSX lisible.") % {"name": name}
    )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise not_a_workbook from error
    if unpacked > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFileError(
            _("« %(name)s » est trop volumineux une fois décompressé : découpez-le.")
            % {"name": name}
        )
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many types for a damaged workbook
        raise not_a_workbook from error
    try:
        sheet = workbook.worksheets[0]
        rows = []
        header = None
        blank_run = 0
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_xlsx_text(value) for value in values]
            if header is None:
                header = cells
                continue
            blank_run = 0 if any(cells) else blank_run + 1
            if blank_run > MAX_BLANK_RUN:
                break
            rows.append((number, cells))
            if len(rows) > MAX_ROWS + MAX_BLANK_RUN:
                break
    finally:
        workbook.close()
    if header is None:
        raise ImportFileError(_("Le fichier « %(name)s » est vide.") % {"name": name})
    return header, rows


def _xlsx_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "oui" if value else "non"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float | Decimal):
        number = Decimal(repr(value)) if isinstance(value, float) else value
        return str(int(number)) if number == number.to_integral_value() else str(number)
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    return str(value).strip()


# Header


def _table(name, header, rows) -> Table:
    columns: dict[str, int] = {}
    ignored = []
    for index, title in enumerate(header):
        if not title:
            continue
        column: Column | None = column_for_header(title)
        if column is None:
            if normalize_header(title) != URL_COLUMN:
                ignored.append(title)
            continue
        if column.key in columns:
            raise ImportFileError(
                _("La colonne « %(column)s » figure deux fois dans la première ligne.")
                % {"column": column.key}
            )
        columns[column.key] = index
    if "reference" not in columns:
        raise ImportFileError(
            _(
                "La première ligne doit donner les noms des colonnes, dont « reference » "
                "(téléchargez le modèle de fichier pour les voir toutes)."
            )
        )
    rows = [(number, cells) for number, cells in rows if any(cells)]
    if len(rows) > MAX_ROWS:
        raise ImportFileError(
            _("« %(name)s » compte plus de %(max)s objets : découpez-le en plusieurs fichiers.")
            % {"name": name, "max": number_format(MAX_ROWS, force_grouping=True)}
        )
    return Table(filename=name, columns=columns, rows=rows, ignored_headers=ignored)
