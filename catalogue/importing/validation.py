"""Turns one spreadsheet row into clean values, or into errors a curator can act on.

Every message names the row as the spreadsheet numbers it (header = row 1) and the column
by its header, and quotes what was typed: «Ligne 7, colonne « prix » : « 12,5O » n’est pas
un prix (exemple : 48,00).»
"""

import re
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.conf import settings
from django.utils.translation import gettext as _

from catalogue.models import Artisan, CraftObjectPage, CraftTradition, Material
from exhibition.models import CollectivitePage, EditionPage, ExhibitorPage

from . import description
from .columns import BY_KEY, COLUMNS, LIST_SEPARATOR, TRANSLATION_COLUMNS, Column, Kind
from .columns import normalize_header as fold
from .readers import Table

MAX_PRICE = Decimal("999999.99")  # CraftObjectPage.price: 8 digits, 2 decimals
MAX_COUNT = 2_147_483_647  # PositiveIntegerField on every database
MAX_ALT_TEXT = 250
MAX_TAG = 100
TRUE = {"oui", "o", "vrai", "true", "yes", "y", "1", "x"}
FALSE = {"non", "n", "faux", "false", "no", "0"}
# Spreadsheet-safe text from our export: `'=…` is the text «=…», not a formula.
ESCAPED_FORMULA = re.compile(r"^'(?=[=+\-@\t\r])")


def cell_error(line: int, column: str, detail: str) -> str:
    return _("Ligne %(line)s, colonne « %(column)s » : %(detail)s") % {
        "line": line,
        "column": column,
        "detail": detail,
    }


def row_error(line: int, detail: str) -> str:
    return _("Ligne %(line)s : %(detail)s") % {"line": line, "detail": detail}


class CellError(ValueError):
    pass


# Cells


def parse_price(text: str) -> Decimal:
    compact = text.replace("€", "").replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    if "," in compact and "." in compact:  # «1.250,00» or «1,250.00»: thousands separator
        compact = compact.replace("." if compact.rfind(",") > compact.rfind(".") else ",", "")
    compact = compact.replace(",", ".")
    example = _("« %(value)s » n’est pas un prix (exemple : 48,00).") % {"value": text}
    if not re.fullmatch(r"-?\d+(\.\d+)?", compact):
        raise CellError(example)
    value = Decimal(compact)
    if value < 0:
        raise CellError(_("« %(value)s » : un prix ne peut pas être négatif.") % {"value": text})
    if value != value.quantize(Decimal("0.01")):
        raise CellError(
            _("« %(value)s » a plus de deux décimales (exemple : 48,00).") % {"value": text}
        )
    if value > MAX_PRICE:
        raise CellError(
            _("« %(value)s » dépasse le prix le plus élevé accepté (999 999,99).") % {"value": text}
        )
    return value.quantize(Decimal("0.01"))


def parse_count(text: str) -> int:
    compact = text.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
    try:
        value = Decimal(compact.replace(",", "."))
    except InvalidOperation:
        value = None
    if value is None or value < 0 or value != value.to_integral_value() or value > MAX_COUNT:
        raise CellError(
            _("« %(value)s » n’est pas un nombre entier positif ou nul (exemple : 3).")
            % {"value": text}
        )
    return int(value)


def parse_boolean(text: str) -> bool:
    word = text.strip().casefold()
    if word in TRUE:
        return True
    if word in FALSE:
        return False
    raise CellError(_("« %(value)s » n’est pas compris : écrivez oui ou non.") % {"value": text})


def split_list(text: str) -> list[str]:
    return [item.strip() for item in text.split(LIST_SEPARATOR) if item.strip()]


def unescape(text: str) -> str:
    return ESCAPED_FORMULA.sub("", text)


# References


def _choices(names) -> str:
    names = sorted(set(names), key=fold)
    shown = ", ".join(names[:10])
    return shown + (", …" if len(names) > 10 else "")


class Lookups:
    """Materials, crafts, artisans, collectivités and editions of the French site, looked
    up once per import by any of their names or their slug, without case or accents."""

    def __init__(self):
        language = settings.LANGUAGE_CODE
        self.materials = list(Material.objects.filter(locale__language_code=language))
        self.crafts = list(CraftTradition.objects.filter(locale__language_code=language))
        self.artisans = list(Artisan.objects.filter(locale__language_code=language))
        self.collectivites = list(
            CollectivitePage.objects.filter(locale__language_code=language).order_by("title")
        )
        self.editions = list(
            EditionPage.objects.filter(locale__language_code=language).order_by("-year", "-number")
        )
        self._exhibitors = {
            (page.get_parent().pk, page.collectivite_id): page
            for page in ExhibitorPage.objects.filter(locale__language_code=language)
        }

    @property
    def latest_edition(self) -> EditionPage | None:
        # The latest edition objects can go into: the archive's editions (the series since
        # 2014) have no participations, and an object lives under one.
        return next((e for e in self.editions if self._takes_objects(e)), None)

    def _takes_objects(self, edition, collectivite=None) -> bool:
        if collectivite is not None:
            return (edition.pk, collectivite.pk) in self._exhibitors
        return any(edition_id == edition.pk for edition_id, _ in self._exhibitors)

    def exhibitor(self, edition, collectivite) -> ExhibitorPage | None:
        return self._exhibitors.get((edition.pk, collectivite.pk))

    @staticmethod
    def _find(items, text, keys):
        wanted = fold(text)
        return [item for item in items if wanted in {fold(key) for key in keys(item) if key}]

    def material(self, text):
        found = self._find(
            self.materials, text, lambda m: (m.slug, m.name, m.name_ja, m.romaji, str(m.pk))
        )
        if len(found) == 1:
            return found[0]
        raise CellError(
            _("« %(value)s » n’est pas un matériau connu (%(choices)s).")
            % {"value": text, "choices": _choices(m.name for m in self.materials)}
        )

    def collectivite(self, text):
        found = self._find(
            self.collectivites, text, lambda c: (c.slug, c.short_name, c.title, c.name_ja)
        )
        if len(found) == 1:
            return found[0]
        raise CellError(
            _("« %(value)s » n’est pas une collectivité connue (%(choices)s).")
            % {"value": text, "choices": _choices(c.short_name for c in self.collectivites)}
        )

    def edition(self, text, collectivite=None):
        found = self._find(self.editions, text, lambda e: (e.slug, str(e.year), e.title))
        if len(found) > 1:
            # Two editions in one year (spring and autumn 2021): the one the collectivité
            # takes part in, else the one taking objects at all.
            found = [e for e in found if self._takes_objects(e, collectivite)] or found
        if len(found) == 1:
            return found[0]
        raise CellError(
            _("« %(value)s » n’est pas une édition connue (%(choices)s).")
            % {"value": text, "choices": _choices(e.slug for e in self.editions)}
        )

    def _within_collectivite(self, found, collectivite_id, text, what):
        # Two collectivités may name their craft alike («Kumiko» in Niigata and Nagano):
        # the object's own collectivité decides, else the slug must be written.
        if len(found) > 1 and collectivite_id:
            found = [item for item in found if item.collectivite_id == collectivite_id] or found
        if len(found) == 1:
            return found[0]
        if found:
            raise CellError(
                _(
                    "plusieurs %(what)s s’appellent « %(value)s » : écrivez l’identifiant "
                    "(%(slugs)s)."
                )
                % {"what": what, "value": text, "slugs": ", ".join(item.slug for item in found)}
            )
        return None

    def craft(self, text, collectivite_id):
        found = self._find(
            self.crafts, text, lambda c: (c.slug, c.name, c.name_fr, c.name_ja, str(c))
        )
        craft = self._within_collectivite(found, collectivite_id, text, _("artisanats"))
        if craft is None:
            raise CellError(
                _("« %(value)s » n’est pas un artisanat traditionnel connu (%(choices)s).")
                % {"value": text, "choices": _choices(c.name for c in self.crafts)}
            )
        return craft

    def artisan(self, text, collectivite_id):
        found = self._find(self.artisans, text, lambda a: (a.slug, a.name, a.name_ja))
        artisan = self._within_collectivite(found, collectivite_id, text, _("artisans"))
        if artisan is None:
            raise CellError(
                _(
                    "« %(value)s » n’est pas un artisan ou atelier connu : les éditeurs "
                    "tiennent leur liste, demandez-leur de l’ajouter ou laissez la cellule vide."
                )
                % {"value": text}
            )
        return artisan


# Rows


@dataclass
class CleanRow:
    line: int
    sku: str
    title: str = ""
    values: dict = field(default_factory=dict)  # CraftObjectPage field → new value
    collectivite: CollectivitePage | None = None
    edition: EditionPage | None = None
    tags: list[str] | None = None  # None: the column is absent, tags stay as they are
    images: list[tuple[str, str]] | None = None  # (file name, alt text); None: unchanged
    # Cells of the description's columns present in the file (description.KEYS).
    description: dict[str, str] = field(default_factory=dict)
    # Language → French column key → cleaned translation (text, or a list for tags and
    # alt texts); only the languages with at least one filled cell.
    translations: dict[str, dict] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


class RowValidator:
    def __init__(self, table: Table, lookups: Lookups):
        self.table = table
        self.lookups = lookups

    def clean(self, line: int, cells: list[str], existing: CraftObjectPage | None) -> CleanRow:
        """`existing` is the French object with this row's reference, if there is one."""
        table = self.table
        text = {key: unescape(table.cell(cells, key)) for key in table.columns}
        row = CleanRow(line=line, sku=text.get("reference", ""))
        row.title = text.get("titre") or (existing.title if existing else "")
        creating = existing is None

        def fail(column, detail):
            row.errors.append(cell_error(line, column, detail))

        if not row.sku:
            fail("reference", _("obligatoire."))
        for column in COLUMNS:
            if creating and column.required and not text.get(column.key):
                if column.key != "reference":
                    fail(column.key, _("obligatoire pour créer un objet."))

        self._placement(row, text, existing, fail)
        collectivite_id = (
            row.collectivite.pk if row.collectivite else getattr(existing, "collectivite_id", None)
        )
        for column in COLUMNS:
            if column.field is None or column.key not in table.columns:
                continue
            value = text[column.key]
            if not value and not column.clearable:
                continue  # kept on update; reported above when creating
            try:
                row.values[column.field] = self._value(column, value, collectivite_id)
            except CellError as error:
                fail(column.key, str(error))
        if "tags" in row.values:
            row.tags = row.values.pop("tags")
        for key in description.KEYS:
            if key in table.columns:
                row.description[key] = self._text(BY_KEY[key], text[key])
        self._images(row, text, fail)
        self._translations(row, text, fail)
        return row

    def _translations(self, row: CleanRow, text, fail):
        for column in TRANSLATION_COLUMNS:
            value = text.get(column.key, "")
            if not value:
                continue
            try:
                if column.base == "textes_alternatifs":
                    cleaned = self._alt_texts(value)
                else:
                    cleaned = self._value(column, value, None)
            except CellError as error:
                fail(column.key, str(error))
                continue
            row.translations.setdefault(column.language, {})[column.base] = cleaned

    @staticmethod
    def _alt_texts(text: str) -> list[str]:
        alts = split_list(text)
        too_long = [alt for alt in alts if len(alt) > MAX_ALT_TEXT]
        if too_long:
            raise CellError(
                _("« %(value)s » dépasse %(max)s caractères.")
                % {"value": too_long[0][:40] + "…", "max": MAX_ALT_TEXT}
            )
        return alts

    def _value(self, column: Column, text: str, collectivite_id):
        if column.kind in (Kind.TEXT, Kind.LONG_TEXT):
            return self._text(column, text)
        if column.kind is Kind.LIST:
            tags = split_list(text)
            too_long = [tag for tag in tags if len(tag) > MAX_TAG]
            if too_long:
                raise CellError(
                    _("« %(value)s » dépasse %(max)s caractères.")
                    % {"value": too_long[0], "max": MAX_TAG}
                )
            return tags
        if not text:
            return None  # an empty count or reference, on a field that may be empty
        if column.kind is Kind.PRICE:
            return parse_price(text)
        if column.kind is Kind.COUNT:
            return parse_count(text)
        if column.kind is Kind.BOOLEAN:
            return parse_boolean(text)
        resolve = {"material": self.lookups.material}
        if column.field in resolve:
            return resolve[column.field](text)
        return getattr(self.lookups, column.field)(text, collectivite_id)

    @staticmethod
    def _text(column: Column, text: str) -> str:
        value = text.replace("\r\n", "\n").replace("\r", "\n")
        if column.kind is Kind.TEXT:
            # One line; non-breaking spaces (« French typography ») are kept as typed.
            value = re.sub(r"[ \t]*\n[ \t]*", " ", value).strip()
        if column.max_length and len(value) > column.max_length:
            raise CellError(
                _("%(count)s caractères, %(max)s au plus.")
                % {"count": len(value), "max": column.max_length}
            )
        return value

    def _placement(self, row: CleanRow, text, existing, fail):
        """Where a new object goes (its collectivité's participation in an edition); for an
        existing one, these cells may only confirm where it already is."""
        if text.get("collectivite"):
            try:
                row.collectivite = self.lookups.collectivite(text["collectivite"])
            except CellError as error:
                fail("collectivite", str(error))
        if text.get("edition"):
            try:
                row.edition = self.lookups.edition(text["edition"], row.collectivite)
            except CellError as error:
                fail("edition", str(error))
        elif existing is None:
            row.edition = self.lookups.latest_edition
        if existing is None or row.errors:
            return
        if row.collectivite and row.collectivite.pk != existing.collectivite_id:
            fail(
                "collectivite",
                _(
                    "l’objet %(sku)s appartient à %(current)s ; pour le déplacer, "
                    "demandez-le aux éditeurs."
                )
                % {"sku": existing.sku, "current": existing.collectivite.short_name},
            )
        if row.edition and row.edition.pk != existing.edition_id:
            fail(
                "edition",
                _("l’objet %(sku)s fait partie de l’édition %(current)s.")
                % {"sku": existing.sku, "current": existing.edition.year},
            )

    def _images(self, row: CleanRow, text, fail):
        names = split_list(text.get("images", ""))
        alts = split_list(text.get("textes_alternatifs", ""))
        if not names:
            if alts and "images" not in self.table.columns:
                fail(
                    "textes_alternatifs",
                    _("la colonne « images » manque : à quelles images ces textes vont-ils ?"),
                )
            return
        if len(alts) != len(names):
            fail(
                "textes_alternatifs",
                _(
                    "%(images)s image(s) mais %(alts)s texte(s) alternatif(s) : il en faut un "
                    "par image, qui dit ce qu’elle montre."
                )
                % {"images": len(names), "alts": len(alts)},
            )
            return
        too_long = [alt for alt in alts if len(alt) > MAX_ALT_TEXT]
        if too_long:
            fail(
                "textes_alternatifs",
                _("« %(value)s » dépasse %(max)s caractères.")
                % {"value": too_long[0][:40] + "…", "max": MAX_ALT_TEXT},
            )
            return
        lowered = [name.casefold() for name in names]
        if len(set(lowered)) != len(lowered):
            fail("images", _("la même image figure deux fois."))
            return
        row.images = list(zip(names, alts, strict=True))
