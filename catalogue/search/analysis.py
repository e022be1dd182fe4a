"""Text → search terms, the same for the documents and the visitors' queries.

Latin script: NFKC, lower case, accents stripped, Snowball stemming (French or English);
«l’objet» loses its elided article; «Kutani-yaki» gives «kutani», «yaki» and «kutaniyaki».
A document is stemmed in its page's language; a query word is tried as typed and with
both stemmers, so «lacquered» on /fr/ and «bols» on /en/ still find their stems.
Japanese script: see `japanese`.

A query is a list of words; each word is matched by any of its alternatives, an
alternative by all of its slots, a slot by any of its terms: ((a|b) & c) | d.
"""

import functools
import re
import unicodedata
from dataclasses import dataclass

from . import japanese

Slot = frozenset[str]
Alternative = tuple[Slot, ...]

LATIN_CHAR = rf"(?:(?![{japanese.CJK_CLASS}])[^\W_])"
TOKEN = re.compile(
    rf"(?P<cjk>[{japanese.CJK_CLASS}]+)|(?P<latin>{LATIN_CHAR}+(?:[-‐‑'’]{LATIN_CHAR}+)*)"
)
HYPHENS = re.compile(r"[-‐‑]")
APOSTROPHES = re.compile(r"['’]")
ELIDED = {"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu"}
STOPWORDS = {
    # French
    "le", "la", "les", "un", "une", "des", "de", "du", "et", "ou", "au", "aux", "en", "dans",
    "pour", "par", "sur", "avec", "sans", "ce", "ces", "cet", "cette", "se", "sa", "son",
    "ses", "sous", "qui", "que", "est", "sont", "ne", "pas", "leur", "leurs", "il", "elle", "on",
    # English
    "the", "an", "of", "and", "or", "in", "for", "with", "to", "by", "from", "is",
    "are", "its", "it", "this", "that", "at", "as", "be",
}  # fmt: skip
LANGUAGES = {"fr": "french", "en": "english"}


@dataclass(frozen=True)
class QueryWord:
    surface: str  # as the visitor typed it (folded), for corrections
    alternatives: tuple[Alternative, ...]
    latin: bool


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


@functools.lru_cache(maxsize=50_000)
def strip_accents(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.cache
def _stemmer(language: str):
    import snowballstemmer

    return snowballstemmer.stemmer(LANGUAGES.get(language, "english"))


@functools.lru_cache(maxsize=100_000)
def stem(word: str, language: str) -> str:
    """The accent-free Snowball stem in `language` (English for a language without a Latin
    stemmer): stemmed with its accents, which the French stemmer reads («sculptée»)."""
    if word.isdigit():
        return word
    return strip_accents(_stemmer(language if language in LANGUAGES else "en").stemWord(word))


def latin_parts(token: str) -> tuple[list[str], str | None]:
    """Parts of a Latin token, without elisions or stop words, and the accent-free joined
    form of a hyphenated one («kutani-yaki» → [kutani, yaki], «kutaniyaki»)."""
    pieces = APOSTROPHES.split(token)
    while len(pieces) > 1 and pieces[0] in ELIDED:
        pieces = pieces[1:]
    # Stop words before the accents go: «thé» is not «the».
    parts = [p for piece in pieces for p in HYPHENS.split(piece) if p not in STOPWORDS]
    joined = strip_accents("".join(parts)) if len(parts) > 1 else None
    return [p for p in parts if len(p) > 1 or p.isdigit()], joined


def document_terms(text: str, language: str) -> list[str]:
    """The terms of a document's text, Latin words stemmed in the text's `language`."""
    terms = []
    for match in TOKEN.finditer(fold(text)):
        if run := match["cjk"]:
            terms.extend(japanese.document_terms(run))
            continue
        parts, joined = latin_parts(match["latin"])
        terms.extend(stem(part, language) for part in parts)
        if joined:
            terms.append(joined)
    return terms


def latin_slot(part: str) -> Slot:
    """A query's Latin word: as typed, and its French and English stems."""
    return frozenset({strip_accents(part), stem(part, "fr"), stem(part, "en")})


def query_words(text: str) -> list[QueryWord]:
    words = []
    for match in TOKEN.finditer(fold(text)):
        if run := match["cjk"]:
            for word in japanese.long_words(run) or [run]:
                if japanese.CJK_RUN.fullmatch(word):
                    slots = tuple(frozenset({b}) for b in japanese.query_bigrams(word))
                    words.append(QueryWord(word, (slots,), latin=False))
            continue
        parts, joined = latin_parts(match["latin"])
        if not parts:
            continue
        alternatives = [tuple(latin_slot(part) for part in parts)]
        if joined:
            alternatives.append((latin_slot(joined),))
        words.append(QueryWord(match["latin"], tuple(alternatives), latin=True))
    return words


def latin_words(text: str) -> list[str]:
    """The Latin words of a text as written (case and accents kept): the vocabulary that
    typos are corrected against."""
    words = []
    for match in TOKEN.finditer(unicodedata.normalize("NFKC", text)):
        if latin := match["latin"]:
            words.extend(w for w in HYPHENS.split(APOSTROPHES.split(latin)[-1]) if len(w) >= 4)
    return words
