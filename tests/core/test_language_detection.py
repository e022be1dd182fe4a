import pytest

from core.language_detection import (
    EN,
    FR,
    JA,
    detect,
    has_japanese,
    is_romanized_japanese,
    latin_runs,
    split_sentences,
)


@pytest.mark.parametrize(
    "text",
    [
        "Quatre sous-verres en cèdre dont le lattis dessine la feuille de chanvre.",
        "Bol à thé",
        "l’art du kumiko",
        "Kutani-yaki de Kanazawa",
        "Pour poser un verre de saké froid",
    ],
)
def test_french_sentences_and_titles_are_french(text):
    assert detect(text) == FR


@pytest.mark.parametrize(
    "text",
    [
        "The bowl is used for tea.",
        "Tea bowl from Kutani",
        "Pour hot water into the pot and wait.",
        "Four cedar coasters whose lattice draws the hemp leaf.",
    ],
)
def test_english_sentences_are_english(text):
    assert detect(text) == EN


@pytest.mark.parametrize(
    "text", ["九谷焼の豆皿", "組子 コースター 麻の葉", "金沢の九谷焼（Kutani-yaki）"]
)
def test_japanese_text_is_japanese_even_with_a_romanized_name_in_it(text):
    assert detect(text) == JA


def test_a_french_clause_in_a_japanese_sentence_makes_it_french():
    assert detect("九谷焼 – porcelaine de Kutani") == FR


@pytest.mark.parametrize("text", ["Kanazawa", "Hakata-ori", "Saitō", "", "2021", "KNZ-001"])
def test_names_and_codes_are_no_language(text):
    assert detect(text) is None


def test_an_english_possessive_is_not_a_french_elision():
    assert detect("Japan’s finest lacquer") is None
    assert detect("It’s the town’s craft") == EN


@pytest.mark.parametrize(
    "word",
    ["Kanazawa", "Kutani-yaki", "Tsubame-Sanjō", "Shinkansen", "matcha", "Sapporo", "no", "dōki"],
)
def test_romanized_japanese_words_are_recognised(word):
    assert is_romanized_japanese(word)


@pytest.mark.parametrize("word", ["porcelain", "lacquer", "une", "the", "de", "Chirac", "a"])
def test_french_and_english_words_are_not_romanized_japanese(word):
    assert not is_romanized_japanese(word)


def test_japanese_script_is_found_by_kana_or_kanji():
    assert has_japanese("まめざら")
    assert has_japanese("漆")
    assert has_japanese("Kutani-yaki 九谷焼")
    assert not has_japanese("Kutani-yaki, dōki")


def test_sentences_are_split_on_latin_and_japanese_stops_and_lines():
    text = "Une phrase. Une autre !\u00a0La fin? 日本語の文。次の文\ndernière ligne"

    assert split_sentences(text) == [
        "Une phrase.",
        "Une autre !",
        "La fin?",
        "日本語の文",
        "次の文",
        "dernière ligne",
    ]


def test_latin_runs_are_the_latin_stretches_of_a_japanese_text():
    assert latin_runs("金沢の九谷焼（Kutani-yaki）と Hakata ori の皿") == [
        "Kutani-yaki",
        "Hakata ori",
    ]
