"""Japanese text → words, substrings and romaji readings.

Japanese has no spaces: SudachiPy (with its core dictionary) cuts a run of kanji and kana
into words, in its short (A) and long (C) units, so 九谷焼 gives 九谷焼, 九谷 and 焼.
Each word's reading (katakana, from the dictionary) becomes Hepburn romaji (`kana`), in
both spellings of a long vowel (どうき → «douki» and «doki», as «dōki» loses its macron),
so that kanji-only text is found by «takaoka» or «kutani». Character unigrams and bigrams
of every run make any substring findable (高岡 in 高岡銅器, 酒 in 日本酒).
"""

import functools
import re

from . import kana

# Kanji, hiragana, katakana, the iteration mark 々 and the long-vowel mark ー.
CJK_CLASS = "\u3005\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_RUN = re.compile(f"[{CJK_CLASS}]+")
# Parts of speech that carry no meaning of their own in a query: particles, auxiliaries,
# symbols and blanks (の in 金沢の漆器).
FUNCTION_POS = {"助詞", "助動詞", "補助記号", "空白", "記号"}
NOT_ROMAJI = re.compile(r"[^a-z0-9]")


@functools.cache
def _tokenizer():
    from sudachipy import Dictionary

    dictionary = Dictionary(dict="core")
    # tokenizer() since SudachiPy 0.7, create() before it.
    return dictionary.tokenizer() if hasattr(dictionary, "tokenizer") else dictionary.create()


def ngrams(run: str) -> list[str]:
    """Character unigrams and bigrams of a run: any substring is then findable."""
    return list(run) + [run[i : i + 2] for i in range(len(run) - 1)]


def query_bigrams(word: str) -> list[str]:
    """What a document must hold to contain `word`: its bigrams (its character if alone)."""
    if len(word) == 1:
        return [word]
    return [word[i : i + 2] for i in range(len(word) - 1)]


@functools.lru_cache(maxsize=20_000)
def romaji(reading: str) -> tuple[str, ...]:
    """A katakana reading in Hepburn romaji, with and without the long vowels doubled."""
    spelled = NOT_ROMAJI.sub("", kana.hepburn(reading))
    if not spelled:
        return ()
    short = spelled.replace("ou", "o").replace("uu", "u").replace("oo", "o")
    return (spelled,) if short == spelled else (spelled, short)


@functools.lru_cache(maxsize=20_000)
def morphemes(run: str) -> tuple[tuple[str, str, bool], ...]:
    """(surface, reading, is_content_word) of the words of a run, long and short units."""
    from sudachipy import SplitMode

    words = []
    for mode in (SplitMode.C, SplitMode.A):
        for morpheme in _tokenizer().tokenize(run, mode):
            content = morpheme.part_of_speech()[0] not in FUNCTION_POS
            words.append((morpheme.surface(), morpheme.reading_form(), content))
    return tuple(dict.fromkeys(words))


def long_words(run: str) -> list[str]:
    """The content words of a query's run, in long units (金沢の漆器 → 金沢, 漆器)."""
    from sudachipy import SplitMode

    return [
        morpheme.surface()
        for morpheme in _tokenizer().tokenize(run, SplitMode.C)
        if morpheme.part_of_speech()[0] not in FUNCTION_POS
    ]


def document_terms(run: str) -> list[str]:
    """Every term a document holds for one run of Japanese text."""
    terms = ngrams(run)
    for surface, reading, content in morphemes(run):
        if not content:
            continue
        terms.append(surface)
        if reading and CJK_RUN.fullmatch(surface):
            terms.extend(romaji(reading))
    return terms


def readings(word: str) -> list[str]:
    """The romaji of a Japanese word (a query's or a glossary name's)."""
    out = []
    for surface, reading, content in morphemes(word):
        if content and surface == word:
            out.extend(romaji(reading))
    return out
