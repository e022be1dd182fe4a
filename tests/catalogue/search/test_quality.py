"""The search-quality set (queries.yaml) against the demo the session seeded."""

import pytest

from catalogue.search import quality

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def measures(django_db_blocker):
    with django_db_blocker.unblock():
        return quality.measure(quality.load())


def test_the_set_holds_sixty_queries_in_three_languages_and_both_scripts():
    queries = quality.load()
    assert len(queries) >= 60
    assert {q["language"] for q in queries} == {"fr", "en", "ja"}
    assert any(not q["query"].isascii() for q in queries)


def test_recall_within_the_first_page_is_at_least_95_percent(measures):
    assert quality.recall(measures) >= 0.95, "\n".join(quality.table(measures))


def test_the_first_result_is_right_for_at_least_90_percent(measures):
    assert quality.right_first(measures) >= 0.90, "\n".join(quality.table(measures))
