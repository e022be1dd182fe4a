"""The analyser: what terms a text gives, and what a query looks for."""

from catalogue.search import analysis, japanese


def terms(text, language="fr"):
    return set(analysis.document_terms(text, language))


def query_terms(text):
    return {t for w in analysis.query_words(text) for a in w.alternatives for s in a for t in s}


def test_french_plural_and_singular_share_one_stem():
    assert terms("bols") & query_terms("bol")
    assert terms("bol") & query_terms("bols")


def test_french_stemming_reads_accents_before_dropping_them():
    assert terms("laque sculptée") >= {"laqu", "sculpt"}
    assert "sculpt" in query_terms("sculptés")


def test_an_english_word_on_the_french_site_is_also_stemmed_in_english():
    assert terms("lacquered", "en") & query_terms("lacquered")
    assert "lacquer" in query_terms("lacquered")


def test_accents_and_case_do_not_matter():
    assert query_terms("DŌKI") & query_terms("doki")
    assert "theier" in query_terms("Théière")


def test_the_is_a_stop_word_but_the_french_the_is_not():
    assert analysis.query_words("the") == []
    assert "the" in query_terms("thé")


def test_a_hyphenated_name_gives_its_parts_and_its_joined_form():
    assert {"kutaniyaki", "kutan", "yak"} <= terms("Kutani-yaki")
    (word,) = analysis.query_words("Kutani-yaki")
    assert len(word.alternatives) == 2 and len(word.alternatives[0]) == 2


def test_elided_articles_are_dropped():
    assert "objet" in terms("l’objet")
    assert "l" not in terms("l’objet")


def test_japanese_substrings_are_terms_of_the_document():
    found = terms("高岡銅器の花器 日本酒 金沢箔 漆器")
    assert {"高岡", "銅器", "酒", "金沢", "漆"} <= found


def test_japanese_words_are_read_in_romaji_with_both_long_vowels():
    found = terms("高岡銅器")
    assert {"takaoka", "douki", "doki"} <= found
    assert {"kutani", "yaki", "kutaniyaki"} <= terms("九谷焼")


def test_a_japanese_query_is_cut_into_words_without_particles():
    words = [w.surface for w in analysis.query_words("金沢の漆器")]
    assert words == ["金沢", "漆器"]


def test_a_japanese_word_must_have_all_its_bigrams():
    (word,) = analysis.query_words("高岡銅器")[:1]
    assert word.alternatives[0] == (frozenset({"高岡"}),)
    assert japanese.query_bigrams("九谷焼") == ["九谷", "谷焼"]
    assert japanese.query_bigrams("漆") == ["漆"]


def test_latin_vocabulary_keeps_the_words_as_written():
    assert analysis.latin_words("Assiette Kutani « Cinq couleurs »") == [
        "Assiette",
        "Kutani",
        "Cinq",
        "couleurs",
    ]
