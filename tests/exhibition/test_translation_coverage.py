"""The translation coverage: what counts as translated, and the command that prints it."""

import io

import pytest

from django.core.management import CommandError, call_command

from wagtail.models import Locale

from catalogue.models import Material
from exhibition.models import TourismPage
from exhibition.translation.services import translation_apply
from exhibition.translation_coverage import (
    check_translations,
    coverage_rows,
    translated_text_problem,
)
from tests.exhibition.translation_helpers import translate
from tests.factories import MaterialFactory, TourismPageFactory

pytestmark = pytest.mark.django_db

FRENCH = {
    "name": "Bois laqué",
    "name_ja": "漆器",
    "romaji": "shikki",
    "description": "Un bois recouvert de laque, poli à la main pendant des semaines.",
}


def material_translated(language, **texts):
    """A new French material and its translation into `language`, saying `texts` (the
    French where not given)."""
    source = MaterialFactory(**FRENCH)
    target = source.copy_for_translation(Locale.objects.get(language_code=language))
    for name, value in texts.items():
        setattr(target, name, value)
    target.save()
    return source


def problems(source, language, model=Material):
    checks = check_translations([language], models_=[model])
    return {check.field: check.problem for check in checks if check.source.pk == source.pk}


def test_an_english_translation_still_in_french_counts_as_missing():
    source = material_translated("en")

    assert problems(source, "en") == {
        "name": "identique au français",
        "name_ja": None,  # a Japanese name stays Japanese on the English site
        "romaji": None,  # a romanized Japanese word is a name
        "description": "identique au français",
    }


def test_an_english_translation_written_in_japanese_counts_as_missing():
    source = material_translated(
        "en", name="漆塗りの木", description="何週間もかけて手で磨いた漆塗りの木。"
    )

    assert problems(source, "en")["name"] == "texte japonais"
    assert problems(source, "en")["description"] == "texte japonais"


def test_a_complete_english_translation_is_fully_covered():
    source = material_translated(
        "en", name="Lacquered wood", description="Wood coated with lacquer, polished by hand."
    )

    assert set(problems(source, "en").values()) == {None}


def test_a_japanese_translation_in_english_or_with_a_french_clause_counts_as_missing():
    source = material_translated(
        "ja", name="Lacquered wood", description="漆器 — un bois laqué et poli à la main."
    )

    assert problems(source, "ja") == {
        "name": "pas de japonais",
        "name_ja": None,
        "romaji": None,
        "description": "phrase française",
    }


def test_a_complete_japanese_translation_is_fully_covered():
    source = material_translated(
        "ja", name="漆塗りの木", description="何週間もかけて手で磨いた漆塗りの木（urushi）。"
    )

    assert set(problems(source, "ja").values()) == {None}


def test_a_page_never_translated_counts_all_its_texts_as_missing():
    page = TourismPageFactory(title="Découvrir la ville d’essai", lead="Que voir, que goûter.")

    assert problems(page, "en", TourismPage) == {
        "title": "traduction absente",
        "lead": "traduction absente",
    }


def test_untranslated_segments_of_a_wagtail_localize_translation_count_as_missing():
    page = TourismPageFactory(
        title="Découvrir la ville d’essai",
        lead="Que voir, que goûter.",
        title_ja="試験の町を旅する",
    )
    translate(page, "en")  # published, still reading French: nothing translated yet

    assert problems(page, "en", TourismPage) == {
        "title": "segment non traduit",
        "lead": "segment non traduit",
        "title_ja": None,  # untranslated too, but a Japanese name stays as it is
    }

    translation_apply(
        source=page,
        locale="en",
        fields={"title": "Discover the test town", "lead": "What to see, what to taste."},
    )

    assert problems(page, "en", TourismPage) == {"title": None, "lead": None, "title_ja": None}


@pytest.mark.parametrize(
    ("source", "target", "language"),
    [
        ("Maison de la Culture du Japon à Paris", "Maison de la Culture du Japon à Paris", "en"),
        ("Maison de la Culture du Japon à Paris", "Maison de la Culture du Japon à Paris", "ja"),
        ("Paris", "Paris", "en"),
        ("Kanazawa", "Kanazawa", "ja"),
        ("Owara kaze no bon", "Owara kaze no bon", "en"),
        ("Exposé à la MCJP", "パリ日本文化会館（MCJP）で展示", "ja"),
        ("Porcelaine de Kutani", "九谷焼（Kutani-yaki）", "ja"),
    ],
)
def test_proper_names_and_romanized_japanese_pass_as_they_are(source, target, language):
    assert translated_text_problem(source, target, language) is None


@pytest.mark.parametrize(
    ("target", "language", "problem"),
    [
        ("Paris", "ja", "pas de japonais"),
        ("", "en", "vide"),
        ("Bol à thé noir", "en", "phrase française"),
        ("九谷焼の porcelain", "ja", "mot non japonais « porcelain »"),
        ("九谷焼の豆皿. A small dish for soy sauce.", "ja", "phrase anglaise"),
    ],
)
def test_what_is_not_a_translation_says_why(target, language, problem):
    assert translated_text_problem("Bol à thé", target, language) == problem


def test_rows_count_texts_per_type_and_language_then_in_total():
    material_translated("en", name="Lacquered wood")
    checks = check_translations(["en"], models_=[Material])

    rows = coverage_rows(checks)

    assert [row.label for row in rows[-2:]] == ["Total", "Total"]
    assert rows[0].total == rows[-1].total == len(checks)
    assert rows[0].translated == sum(check.problem is None for check in checks)
    assert rows[0].percent < 100


def test_the_command_prints_the_table_and_the_missing_texts():
    source = material_translated("en")
    out = io.StringIO()

    call_command(
        "translation_coverage", "--details", "--language=en", "--model=catalogue.Material",
        stdout=out, stderr=io.StringIO(),
    )  # fmt: skip

    output = out.getvalue()
    assert "matériau (catalogue.material)  en" in output
    assert "\nTotal" in output
    assert (
        f"en  material {source.get_translation(Locale.objects.get(language_code='en')).pk}  "
        f"material #"
    ) in output
    assert "description  — identique au français : « Un bois recouvert de laque" in output


def test_the_command_fails_under_the_threshold_for_ci():
    material_translated("en")
    arguments = ["translation_coverage", "--language=en", "--model=catalogue.Material"]
    quiet = {"stdout": io.StringIO(), "stderr": io.StringIO()}

    with pytest.raises(CommandError, match="sous le seuil de 100,0"):
        call_command(*arguments, "--fail-under=100", **quiet)
    call_command(*arguments, "--fail-under=0", **quiet)
