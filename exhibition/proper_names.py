"""Names that stay as they are on the English and Japanese sites.

The translation coverage (`exhibition.translation_coverage`) and the crawl of the
translated pages accept a text that is one of these names, and take these names out of a
sentence before asking whether it is French: «Maison de la Culture du Japon à Paris» is a
venue's own name, not a French sentence left untranslated.

The list is short on purpose. Each entry is a name its owner writes this way in every
language, so translating it would be a mistake: venues and organisers, brands, people's
names that are not Japanese. Japanese names in Latin script («Kanazawa», «Kutani-yaki»,
«Kobayashi») need no entry: any romanized Japanese word passes
(`core.language_detection.is_romanized_japanese`). Place names that have an English or
Japanese form of their own (Paris → パリ on the Japanese site) are not listed either,
except inside a listed name.
"""

import re

from core.language_detection import LATIN_WORD, is_romanized_japanese

PROPER_NAMES = (
    # The exhibition's venue and organiser, as they sign in every language.
    "Maison de la Culture du Japon à Paris",
    "MCJP",
    "CLAIR Paris",
    "CLAIR",
    # The other venues of the series (context: 10th to 13th editions).
    "Maison des Relations Internationales",
    "Cité Internationale de la Gastronomie",
    "Creativa Nantes",
    # Shops and events named in French or English by their owners.
    "Discover Japan",
    "Takumi flavours",
    "Japonismes 2018",
    "WASHOKU",
    # The venue's postal address: addresses are written as the post office reads them.
    "101 bis quai Jacques Chirac",
    "quai Jacques Chirac",
    # Events whose official name mixes scripts.
    "大道芸ワールドカップ in 静岡",
)

# Places written the same in English as in French, but with a name of their own in
# Japanese (パリ, フランス): kept as they are on the English site only.
LATIN_SCRIPT_NAMES = ("Paris", "France", "Lyon", "Montpellier", "Nantes", "Dijon", "Marseille")

# Longest first, so that «CLAIR Paris» is taken out whole before «CLAIR».
_NAMES = re.compile(
    "|".join(re.escape(name) for name in sorted(PROPER_NAMES, key=len, reverse=True)),
    re.IGNORECASE,
)
# Acronyms and units read the same in every language: «JNTO», «IH», «mm», «kg».
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
UNITS = frozenset({"mm", "cm", "m", "km", "g", "kg", "ml", "cl", "l", "h", "min"})


def _normalized(text: str) -> str:
    return " ".join((text or "").replace("\u00a0", " ").replace("\u202f", " ").split())


def without_proper_names(text: str) -> str:
    """`text` with the listed names taken out, for the language detector."""
    return _NAMES.sub(" ", _normalized(text))


def is_name_word(word: str) -> bool:
    """A Latin-script word any language keeps: romanized Japanese, an acronym or a unit."""
    return is_romanized_japanese(word) or bool(_ACRONYM.fullmatch(word)) or word in UNITS


def is_proper_name(text: str, language: str | None = None) -> bool:
    """The whole of `text` is a listed name, or made of romanized Japanese words, acronyms
    and units only («Kanazawa», «Hakata-ori», «Tsubame-Sanjō»), with nothing else left but
    digits and punctuation. On a page in a Latin-script `language` (not Japanese), the
    places of `LATIN_SCRIPT_NAMES` too."""
    text = _normalized(text)
    if not text:
        return False
    if language != "ja" and text.casefold() in {name.casefold() for name in LATIN_SCRIPT_NAMES}:
        return True
    rest = without_proper_names(text)
    words = LATIN_WORD.findall(rest)
    if not all(is_name_word(word) for word in words):
        return False
    # What is left beside those words: numbers, punctuation, nothing of another script.
    return not re.sub(r"[\W\d_]", "", LATIN_WORD.sub("", rest))
