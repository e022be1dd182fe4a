"""Which language a piece of the site's text is in: French, English or Japanese.

Small and deterministic on purpose: it answers «is this sentence French?» on the English
and Japanese sites (the translation coverage and the crawl of translated pages share it),
not «what language is this?» for any text in the world. French and English are told
apart by their function words (articles, prepositions, pronouns), which every sentence
has and names never have; French also by its elisions (l’, d’, qu’) and, more weakly, its
accents. Japanese is told by its scripts (kana, kanji). A text too short or too
ambiguous to say gets `None`: a title such as «Kanazawa» is no language's sentence.

Proper names are the caller's business (`exhibition.proper_names`): «Maison de la Culture
du Japon à Paris» is French by its words, and must be taken out before asking.
"""

import re

FR, EN, JA = "fr", "en", "ja"

# Kana, kanji, the iteration mark 々 and half-width katakana.
JAPANESE_CHAR = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3005\uff66-\uff9f]")
# A Latin-script word, with its inner hyphens and apostrophes («Kutani-yaki», «l’art»).
LATIN_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:[-’'][A-Za-zÀ-ÖØ-öø-ɏ]+)*")
# A run of Latin-script words inside another script (spaces and hyphens allowed within).
LATIN_RUN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ɏ]+(?:[-’' ]+[A-Za-zÀ-ÖØ-öø-ɏ]+)*")
# Elided articles and pronouns at the start of a word: only French writes «l’objet».
FRENCH_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)[’'](?=[a-zà-ÿœ])", re.I)
# Accents of French (not the macrons of romanized Japanese: «Saitō» is no French word).
FRENCH_ACCENT = re.compile(r"[éèêëàâîïôûùüçœ]", re.I)

# Function words and their weight as evidence. A word that is also an English word
# («pour», «plus») or a French one («a», «on») counts half.
FRENCH_WORDS = {
    **dict.fromkeys(
        "le la les un une des du de et est sont au aux par sur dans avec ce cette ces qui "
        "que se sa ses leur leurs il elle ils elles nous vous ne pas où à été être très "
        "aussi comme mais ou tout tous toute toutes chaque entre sans sous depuis en puis "
        "dont lui".split(),
        1.0,
    ),
    **dict.fromkeys("pour plus son a on".split(), 0.5),
}
ENGLISH_WORDS = {
    **dict.fromkeys(
        "the and of to is are was were for with from this that these those its it by at be "
        "or which their his her they we you your our has have had can will into each an as "
        "in not but all who been after before than when where while".split(),
        1.0,
    ),
    **dict.fromkeys("more one on a".split(), 0.5),
}

# Sentence ends: Latin punctuation followed by a space (not in «2:00 p.m.»), Japanese full
# stops, line breaks.
SENTENCE_END = re.compile(r"(?<=[.!?…])(?<![ap]\.m\.)\s+|[。！？\n]+\s*|(?<=[.!?])(?=[«“\"])")

# Romanized Japanese (Hepburn, with or without macrons): syllables of an optional
# consonant (doubled before a doubled one: «matcha», «Sapporo») and a vowel, or the nasal n.
_VOWEL = "aiueoāīūēōâîûêô"
_ROMAJI_SYLLABLE = (
    rf"(?:(?:[kstpgbdzc](?=[kstpgbdzc]))?"
    rf"(?:ky|gy|sh|ch|j|ny|hy|by|py|my|ry|ts|[kgsztdnhbpmrywf])?[{_VOWEL}]"
    rf"|n(?![{_VOWEL}y]))"
)
ROMAJI_PART = re.compile(rf"(?:{_ROMAJI_SYLLABLE})+", re.I)


def has_japanese(text: str) -> bool:
    return bool(JAPANESE_CHAR.search(text or ""))


def latin_words(text: str) -> list[str]:
    return LATIN_WORD.findall(text or "")


def latin_runs(text: str) -> list[str]:
    """The stretches of Latin script in `text`, e.g. «Kutani-yaki» in «九谷焼（Kutani-yaki）»."""
    return [run.strip() for run in LATIN_RUN.findall(text or "")]


def split_sentences(text: str) -> list[str]:
    return [part.strip() for part in SENTENCE_END.split(text or "") if part and part.strip()]


def _evidence(text: str) -> tuple[float, float]:
    """(French, English) weight of evidence in the Latin-script words of `text`."""
    french = float(len(FRENCH_ELISION.findall(text)))
    english = 0.0
    for word in latin_words(FRENCH_ELISION.sub("", text)):
        lower = word.lower()
        if lower in FRENCH_WORDS or lower in ENGLISH_WORDS:
            french += FRENCH_WORDS.get(lower, 0.0)
            english += ENGLISH_WORDS.get(lower, 0.0)
        elif FRENCH_ACCENT.search(lower):
            french += 0.5
    return french, english


def latin_language(text: str) -> str | None:
    """FR or EN when the Latin-script words of `text` clearly read as one of them, else None.

    One French function word with nothing English is enough («Bol à thé», «Kutani-yaki de
    Kanazawa»); a mixed text must lean two to one.
    """
    french, english = _evidence(text)
    if french >= 1 and french > 2 * english:
        return FR
    if english >= 1 and english > 2 * french:
        return EN
    return None


def detect(text: str) -> str | None:
    """FR, EN or JA for a sentence or a short text; None when it cannot tell.

    French or English words win over Japanese script: a Japanese sentence with an English
    clause in it is English as far as a Japanese reader is concerned.
    """
    language = latin_language(text)
    if language:
        return language
    return JA if has_japanese(text) else None


def is_romanized_japanese(word: str) -> bool:
    """«Kanazawa», «Kutani-yaki», «Saitō», «urushi»: every part made of Japanese syllables.

    French and English function words («une», «to») are not, though they could be spelt
    in syllables; nor is a lone vowel. Particles pass: «Yuki no Ōtani».
    """
    parts = word.replace("’", "-").replace("'", "-").split("-")
    if len(word) < 2 or not all(parts):
        return False
    if word.lower() in FRENCH_WORDS or word.lower() in ENGLISH_WORDS:
        return False
    return all(ROMAJI_PART.fullmatch(part) for part in parts)
