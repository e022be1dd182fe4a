"""The catalogue and object pages cost a fixed number of queries, whatever the catalogue size."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import CraftObjectPage

from .factories import add_objects

pytestmark = pytest.mark.django_db

# Issue 6's target for the pages a crowd reads: at most 15 queries, with warm caches
# (what changes only on publishing is kept in the cache; core/caching.py).
MAX_QUERIES = 15


def count_queries(client, url):
    client.get(url)  # warm the caches (site root paths, menu, facets, surroundings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "query",
    ["", "?collectivite=kanazawa&materiau=porcelaine-ceramique", "?tri=prix&disponible=on&page=2"],
)
def test_catalogue_queries_do_not_grow_with_the_catalogue(client, query):
    url = "/fr/2021-shoku/catalogue/" + query
    before = count_queries(client, url)
    add_objects(40)
    after = count_queries(client, url)
    assert after == before
    assert before <= MAX_QUERIES


def test_object_page_queries_do_not_grow_with_the_catalogue(client):
    page = CraftObjectPage.objects.get(sku="KNZ-001", locale__language_code="fr")
    before = count_queries(client, page.url)
    add_objects(40)
    after = count_queries(client, page.url)
    assert after == before
    assert before <= MAX_QUERIES
