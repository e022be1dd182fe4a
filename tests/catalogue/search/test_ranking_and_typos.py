"""Ranking (title before craft before text), glossary expansion, typo correction."""

import pytest

from catalogue.models import CraftObjectPage, GlossaryTerm, SearchDocument
from catalogue.search import documents, glossary, typos
from catalogue.search.engine import search_objects
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_objects(django_capture_on_commit_callbacks):
    """«Zorblatt», a word of no demo text, in the title of one, the tags of another, the
    care notes of a third."""
    with django_capture_on_commit_callbacks(execute=True):
        text = CraftObjectPageFactory(title="Aaa plateau", care="Huiler le Zorblatt.")
        craft = CraftObjectPageFactory(title="Bbb plateau", tags=("Zorblatt",))
        title = CraftObjectPageFactory(title="Zzz plateau en Zorblatt")
    return title, craft, text


def french_objects():
    return CraftObjectPage.objects.live().filter(locale__language_code="fr")


def test_publishing_an_object_builds_its_search_document(three_objects):
    title, _craft, _text = three_objects
    document = SearchDocument.objects.get(page=title)
    assert " zorblatt " in document.terms_a and "Zorblatt" in document.vocabulary.split()


def test_unpublishing_an_object_removes_its_document(
    three_objects, django_capture_on_commit_callbacks
):
    title, _craft, _text = three_objects
    with django_capture_on_commit_callbacks(execute=True):
        title.unpublish()
    assert not SearchDocument.objects.filter(page=title).exists()


def test_title_ranks_before_craft_and_tags_before_text(three_objects):
    title, craft, text = three_objects
    found = list(search_objects("zorblatt", french_objects()).objects)
    assert found == [title, craft, text]
    assert [page.search_score for page in found] == [6, 4, 1]


def test_ties_are_broken_by_title(three_objects):
    title, craft, text = three_objects
    found = list(search_objects("plateau", french_objects()).objects)
    assert found.index(text) < found.index(craft) < found.index(title)


def test_every_word_must_match(three_objects):
    title, _craft, _text = three_objects
    assert list(search_objects("zorblatt zzz", french_objects()).objects) == [title]


def test_a_glossary_entry_expands_a_query_to_its_other_names(three_objects):
    GlossaryTerm.objects.create(
        term_fr="bois de zorblatt", term_en="zorblatt", term_ja="鍮鍮", romaji="zoburatto"
    )
    found = set(search_objects("鍮鍮", french_objects()).objects)
    assert set(three_objects) <= found


def test_saving_a_glossary_entry_forgets_the_cached_expansions():
    glossary.glossary_expansions()
    GlossaryTerm.objects.create(term_fr="zorblatt", term_en="zorblatt", term_ja="鍮鍮")
    assert "鍮鍮" in glossary.glossary_expansions()


def test_a_misspelt_word_is_corrected_and_suggested(three_objects):
    outcome = search_objects("zorblat", french_objects())
    assert outcome.suggestion == "Zorblatt"
    assert three_objects[0] in outcome.objects


def test_no_suggestion_when_the_word_is_found(three_objects):
    assert search_objects("zorblatt", french_objects()).suggestion is None


@pytest.mark.parametrize(
    ("typed", "known", "expected"),
    [
        ("kutanni", "kutani", 1),
        ("takoaka", "takaoka", 1),
        ("kutani", "kutani", 0),
        ("echizen", "kutani", 3),
    ],
)
def test_distance_counts_a_transposition_as_one_edit(typed, known, expected):
    assert typos.distance(typed, known, limit=2) == min(expected, 3)


def test_short_words_are_corrected_by_one_edit_only():
    known = typos.build_vocabulary(["Kawa", "Sushi"])
    assert typos.correction("sushy", known) == "Sushi"
    assert typos.correction("suxhy", known) is None


def test_rebuild_writes_one_document_per_live_object_page():
    total = documents.rebuild()
    assert total == SearchDocument.objects.count() == CraftObjectPage.objects.live().count()
