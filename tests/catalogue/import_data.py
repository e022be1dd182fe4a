"""Spreadsheets and ZIPs for the import tests, generated: a curator's file of 100 objects
with ten bad rows of different kinds, as CSV (any encoding, any delimiter) or XLSX."""

import csv
import io
import zipfile
from decimal import Decimal

import openpyxl
from PIL import Image

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile

from wagtail.models import GroupPagePermission

from exhibition.models import ExhibitorPage

HEADERS = [
    "reference",
    "titre",
    "resume",
    "collectivite",
    "edition",
    "materiau",
    "artisanat",
    "prix",
    "stock",
    "en_vente",
    "mots_cles",
    "images",
    "textes_alternatifs",
]
# Kumamoto is the collectivité the importing curator may not touch.
EDITABLE = ["Niigata", "Toyama", "Kanazawa", "Fukui", "Nagano", "Shizuoka", "Fukuoka"]
FORBIDDEN = "Kumamoto"
# Spreadsheet row (header = 1) → what is wrong with it and what the report must say.
BAD_ROWS = {
    7: ("prix", "12,5O", "Ligne 7, colonne « prix » : « 12,5O » n’est pas un prix"),
    17: ("stock", "-2", "Ligne 17, colonne « stock » : « -2 » n’est pas un nombre entier"),
    27: ("materiau", "Verre soufflé", "Ligne 27, colonne « materiau » : « Verre soufflé » n’est"),
    37: ("collectivite", "Osaka", "Ligne 37, colonne « collectivite » : « Osaka » n’est pas"),
    47: ("titre", "", "Ligne 47, colonne « titre » : obligatoire pour créer un objet."),
    57: ("reference", "IMP-DUP", "Ligne 57, colonne « reference » : « IMP-DUP » figure aussi"),
    67: ("reference", "IMP-DUP", "Ligne 67, colonne « reference » : « IMP-DUP » figure aussi"),
    77: ("images", "absente.png", "Ligne 77, colonne « images » : « absente.png » est absent"),
    87: ("collectivite", FORBIDDEN, "Ligne 87 : vous n’avez pas le droit de modifier les objets"),
    97: ("en_vente", "peut-être", "Ligne 97, colonne « en_vente » : « peut-être » n’est pas"),
}


def sku(line: int) -> str:
    return f"IMP-{line:03d}"


def image_name(line: int) -> str:
    return f"Imp-{line:03d}.PNG"  # the case differs from the row's on purpose


def png(seed: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (8, 6), (seed % 256, (seed * 7) % 256, (seed * 13) % 256)).save(buffer, "PNG")
    return buffer.getvalue()


def good_row(line: int) -> dict:
    collectivite = EDITABLE[line % len(EDITABLE)]
    wood = collectivite == "Niigata"  # «Kumiko» names a craft of Niigata and of Nagano
    with_image = line % 3 == 0
    return {
        "reference": sku(line),
        "titre": f"Objet importé n° {line}",
        "resume": f"L’objet de la ligne {line}, « importé » d’un tableau.",
        "collectivite": collectivite,
        "edition": "2021",
        "materiau": "Bois" if wood else "Poterie et céramique",
        "artisanat": "Kumiko" if wood else "",
        "prix": Decimal("10.50") + line,
        "stock": line % 5,
        "en_vente": "oui" if line % 2 else "non",
        "mots_cles": "import;essai",
        "images": f"imp-{line:03d}.png" if with_image else "",
        "textes_alternatifs": f"Vue d’ensemble de l’objet {line}" if with_image else "",
    }


def hundred_rows() -> list[dict]:
    rows = []
    for line in range(2, 102):
        row = good_row(line)
        if line in BAD_ROWS:
            column, value, _message = BAD_ROWS[line]
            row[column] = value
            if column == "images":
                row["textes_alternatifs"] = "Une image qui manque"
            elif column != "reference":
                row["reference"] = f"BAD-{line:03d}"
        rows.append(row)
    return rows


def good_skus() -> set[str]:
    return {sku(line) for line in range(2, 102) if line not in BAD_ROWS}


def bad_skus() -> set[str]:
    return {row["reference"] for row in hundred_rows() if row["reference"] not in good_skus()}


def csv_bytes(rows, *, delimiter=";", encoding="utf-8", headers=HEADERS) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for row in rows:
        writer.writerow([_text(row.get(key, ""), delimiter) for key in headers])
    return buffer.getvalue().encode(encoding)


def _text(value, delimiter):
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",") if delimiter == ";" else f"{value:.2f}"
    return str(value)


def xlsx_bytes(rows, headers=HEADERS) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for row in rows:
        # Typed cells, as a curator's spreadsheet has them: prices and stock are numbers.
        sheet.append(
            [float(v) if isinstance(v, Decimal) else v for v in (row.get(k, "") for k in headers)]
        )
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def hundred_images_zip() -> bytes:
    files = {
        f"photos/{image_name(line)}": png(line)
        for line in range(2, 102)
        if line % 3 == 0 and line not in BAD_ROWS
    }
    files["__MACOSX/photos/._Imp-003.PNG"] = b"resource fork"
    return zip_bytes(files)


def upload(data: bytes, name: str) -> ContentFile:
    return ContentFile(data, name=name)


def curator(username, collectivites, *, publish=False):
    """A user with Wagtail page permissions on the 2021 participations of `collectivites`."""
    group = Group.objects.create(name=f"Essai import – {username}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    actions = ["add", "change", *(["publish"] if publish else [])]
    for page in ExhibitorPage.objects.filter(
        locale__language_code="fr", collectivite__short_name__in=collectivites
    ):
        for action in actions:
            GroupPagePermission.objects.create(group=group, page=page, permission_type=action)
    user = get_user_model().objects.create_user(username, f"{username}@example.org", "pass")
    user.groups.add(group)
    return user
