"""The spreadsheet's columns: one spec shared by the reader, the validator and the export.

Headers are French (what the export writes and the template shows); English aliases are
accepted so that a partner's English spreadsheet imports as well. Headers are compared
without case, accents, spaces or hyphens: «Mots-clés», «mots_cles» and «MOTS CLES» are one.
"""

import unicodedata
from dataclasses import dataclass, replace
from enum import Enum

from django.conf import settings
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _


class Kind(Enum):
    TEXT = "text"
    LONG_TEXT = "long_text"  # several lines allowed (care, pairing, description)
    PRICE = "price"
    COUNT = "count"  # integer ≥ 0
    BOOLEAN = "boolean"
    LIST = "list"  # values separated by «;»
    REFERENCE = "reference"  # a snippet or a page, found by slug or name


@dataclass(frozen=True)
class Column:
    key: str
    kind: Kind
    # The CraftObjectPage field it fills, if it fills one field; the description's three
    # columns fill one StreamField together (`description.py`).
    field: str | None = None
    aliases: tuple[str, ...] = ()
    max_length: int | None = None
    required: bool = False  # to create an object
    # An empty cell erases the value. Where the field cannot be empty (and for images), it
    # keeps the current value instead: a blank cell there is a gap in a partial
    # spreadsheet, not a wish to erase.
    clearable: bool = True
    example: str = ""
    help: str = ""
    # Visitor-facing text: `<key>_<language>` columns give its translations (`language`).
    translatable: bool = False
    language: str | None = None  # set on a translation column: «en», «ja»…
    base: str | None = None  # the French column a translation column translates

    @property
    def is_translation(self) -> bool:
        return self.language is not None


LIST_SEPARATOR = ";"

COLUMNS = (
    Column(
        "reference",
        Kind.TEXT,
        "sku",
        aliases=("sku", "ref"),
        max_length=40,
        required=True,
        example="KNZ-201",
        help=_("Référence unique de l’objet ; une référence connue met l’objet à jour."),
        clearable=False,
    ),
    Column(
        "titre",
        Kind.TEXT,
        "title",
        aliases=("title", "nom"),
        max_length=255,
        required=True,
        example="Assiette Kutani-yaki « Pivoine »",
        clearable=False,
        translatable=True,
    ),
    Column(
        "nom_japonais",
        Kind.TEXT,
        "japanese_name",
        aliases=("japanese_name", "name_ja"),
        max_length=160,
        example="九谷焼 牡丹皿",
    ),
    Column(
        "resume",
        Kind.TEXT,
        "summary",
        aliases=("summary",),
        max_length=300,
        required=True,
        example="Une assiette peinte à la main de pivoines rouges et or.",
        clearable=False,
        translatable=True,
    ),
    Column(
        "description",
        Kind.LONG_TEXT,
        aliases=("texte", "text"),
        example="Chaque pièce est peinte à la main dans l’atelier.",
        help=_(
            "Le texte de la page de l’objet ; une ligne vide sépare deux paragraphes. "
            "Inchangé, il garde la mise en forme faite dans l’admin."
        ),
        translatable=True,
    ),
    Column(
        "tradition",
        Kind.LONG_TEXT,
        example="Le Kutani-yaki est peint à la main depuis le XVIIe siècle.",
        help=_("Le geste transmis, dans le bloc « Tradition et modernité » (avec « modernite »)."),
        translatable=True,
    ),
    Column(
        "modernite",
        Kind.LONG_TEXT,
        aliases=("modernity", "histoire", "story"),
        example="Ses couleurs habillent aujourd’hui une table contemporaine.",
        help=_("Son usage aujourd’hui, dans le même bloc (avec « tradition »)."),
        translatable=True,
    ),
    Column(
        "description_recherche",
        Kind.TEXT,
        "search_description",
        aliases=("search_description", "meta_description"),
        example="Une assiette peinte à la main de pivoines rouges et or.",
        help=_("Ce que les moteurs de recherche montrent sous le titre ; vide : aucun."),
        translatable=True,
    ),
    Column(
        "collectivite",
        Kind.REFERENCE,
        aliases=("collectivity", "municipality", "region"),
        required=True,
        example="Kanazawa",
        help=_("Nom court ou identifiant de la collectivité ; utile à la création seulement."),
        clearable=False,
    ),
    Column(
        "edition",
        Kind.REFERENCE,
        aliases=("annee", "year"),
        example="2021",
        help=_("Année ou identifiant de l’édition ; vide : l’édition la plus récente."),
        clearable=False,
    ),
    Column(
        "materiau",
        Kind.REFERENCE,
        "material",
        aliases=("material",),
        required=True,
        example="Porcelaine et céramique",
        clearable=False,
    ),
    Column("artisanat", Kind.REFERENCE, "craft", aliases=("craft",), example="Kutani-yaki"),
    Column(
        "artisan",
        Kind.REFERENCE,
        "artisan",
        aliases=("maker", "atelier"),
        help=_("Nom de l’artisan ou de l’atelier, tel que les éditeurs l’ont enregistré."),
    ),
    Column(
        "prix",
        Kind.PRICE,
        "price",
        aliases=("price", "prix_ttc"),
        required=True,
        example="48,00",
        help=_("Prix TTC en euros, virgule ou point décimal."),
        clearable=False,
    ),
    Column("stock", Kind.COUNT, "stock", aliases=("quantite",), example="3", clearable=False),
    Column(
        "en_vente",
        Kind.BOOLEAN,
        "on_sale",
        aliases=("on_sale",),
        example="oui",
        help=_("oui ou non (aussi : vrai/faux, true/false, 1/0)."),
        clearable=False,
    ),
    Column("largeur_mm", Kind.COUNT, "width_mm", aliases=("width_mm",), example="210"),
    Column("profondeur_mm", Kind.COUNT, "depth_mm", aliases=("depth_mm",), example="210"),
    Column("hauteur_mm", Kind.COUNT, "height_mm", aliases=("height_mm",), example="25"),
    Column("poids_g", Kind.COUNT, "weight_g", aliases=("weight_g",), example="380"),
    Column(
        "finition",
        Kind.TEXT,
        "finish",
        aliases=("finish",),
        max_length=300,
        example="Porcelaine, émaux sur couverte, rehauts d’or",
        translatable=True,
    ),
    Column(
        "entretien",
        Kind.LONG_TEXT,
        "care",
        aliases=("care",),
        example="Lavage à la main conseillé ; pas de micro-ondes.",
        translatable=True,
    ),
    Column(
        "accord_mets",
        Kind.LONG_TEXT,
        "food_pairing",
        aliases=("food_pairing", "pairing"),
        example="Un assortiment de sashimis.",
        translatable=True,
    ),
    Column(
        "mots_cles",
        Kind.LIST,
        "tags",
        aliases=("tags", "keywords"),
        example="cadeau;fait-main",
        help=_("Séparés par « ; »."),
        translatable=True,
    ),
    Column(
        "images",
        Kind.LIST,
        aliases=("photos", "fichiers"),
        example="knz-201-face.jpg;knz-201-detail.jpg",
        help=_(
            "Noms des fichiers du ZIP, séparés par « ; », dans l’ordre de la galerie ; "
            "vide : les images de l’objet restent telles quelles."
        ),
        clearable=False,
    ),
    Column(
        "textes_alternatifs",
        Kind.LIST,
        aliases=("alt_texts", "alt_text", "alt"),
        example="Assiette vue de dessus;Détail du décor de pivoine",
        help=_("Un par image, séparés par « ; » : ce que montre l’image."),
        clearable=False,
        translatable=True,
    ),
)


def _translation_columns(columns) -> tuple[Column, ...]:
    """`titre_en`, `titre_ja`… for each translatable column and each language of the site
    other than the default, after the French columns, language by language."""
    languages = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
    return tuple(
        replace(
            column,
            key=f"{column.key}_{code}",
            aliases=tuple(f"{alias}_{code}" for alias in column.aliases),
            required=False,
            clearable=False,  # a blank cell: no translation to give, never an erasure
            example="",
            help=format_lazy(
                _("Traduction de « {column} » ({language})."), column=column.key, language=code
            ),
            translatable=False,
            language=code,
            base=column.key,
        )
        for code in languages
        for column in columns
        if column.translatable
    )


TRANSLATION_COLUMNS = _translation_columns(COLUMNS)
LANGUAGES = tuple(dict.fromkeys(column.language for column in TRANSLATION_COLUMNS))

# Written by the export for partners, ignored by the import (it is derived from the tree).
URL_COLUMN = "url"

BY_KEY = {column.key: column for column in (*COLUMNS, *TRANSLATION_COLUMNS)}


def normalize_header(text: str) -> str:
    """«Mots-clés » → «mots_cles»: headers match however a spreadsheet spells them."""
    decomposed = unicodedata.normalize("NFKD", str(text).strip().casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    for separator in (" ", "-", "\u00a0", "’", "'"):
        bare = bare.replace(separator, "_")
    return "_".join(part for part in bare.split("_") if part)


_LOOKUP = {
    normalize_header(name): column
    for column in (*COLUMNS, *TRANSLATION_COLUMNS)
    for name in (column.key, *column.aliases)
}


def column_for_header(header: str) -> Column | None:
    return _LOOKUP.get(normalize_header(header))


def headers() -> list[str]:
    """The French columns, then their translations (what the export and the template write)."""
    return [column.key for column in (*COLUMNS, *TRANSLATION_COLUMNS)]


def french_headers() -> list[str]:
    return [column.key for column in COLUMNS]
