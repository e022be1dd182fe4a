"""The site search page and the API's ?search= on the engine."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def test_a_japanese_substring_finds_objects_on_the_japanese_site(client):
    response = client.get("/ja/recherche/", {"q": "高岡"}, follow=True)
    assert response.status_code == 200
    assert response.context["objects_page"].paginator.count == 13


def test_a_typo_shows_a_suggestion_with_its_link(client):
    response = client.get("/fr/recherche/", {"q": "kutanni"})
    html = response.content.decode()
    assert response.context["suggestion"] == "Kutani"
    assert "Vouliez-vous dire" in html and 'href="/fr/recherche/?q=Kutani"' in html
    assert response.context["objects_page"].paginator.count == 8


def test_a_results_page_takes_at_most_15_queries(client):
    client.get("/fr/recherche/", {"q": "bol"})  # warms what is cached per content
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/fr/recherche/", {"q": "bols laqués"})
    assert response.status_code == 200
    assert len(queries) <= 15


def test_the_api_searches_the_french_objects_without_a_locale(client):
    response = client.get("/api/v2/objects/", {"search": "kutani", "fields": "sku"})
    assert response.status_code == 200, response.content
    skus = [item["sku"] for item in response.json()["items"]]
    assert sorted(skus) == [f"KNZ-{i:03d}" for i in range(1, 9)]


def test_the_api_searches_in_the_locale_asked_for(client):
    response = client.get("/api/v2/objects/", {"search": "lacquered", "locale": "en"})
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert items and all(item["meta"]["locale"] == "en" for item in items)


def test_the_api_accepts_and_or_operators_and_refuses_others(client):
    ok = client.get("/api/v2/objects/", {"search": "bol", "search_operator": "and"})
    bad = client.get("/api/v2/objects/", {"search": "bol", "search_operator": "xor"})
    assert ok.status_code == 200 and bad.status_code == 400
