"""The catalogue and object pages cost a fixed number of queries, whatever the catalogue size."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitionImageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
)

pytestmark = pytest.mark.django_db

# Issue 6's target for the pages a crowd reads: at most 15 queries, with warm caches
# (what changes only on publishing is kept in the cache; core/caching.py).
MAX_QUERIES = 15


class Catalogue:
    """An edition of two collectivités and two materials: 26 objects, a second page.

    `grow()` adds 40 objects of the first collectivité in the first material, the
    combination the filtered URL asks for.
    """

    def __init__(self):
        self.edition = EditionPageFactory()
        self.url = self.edition.catalogue_page().url
        self.exhibitors = ExhibitorPageFactory.create_batch(2, parent=self.edition)
        self.materials = MaterialFactory.create_batch(2)
        # One image for all: its renditions are made once, as for a curator's reused photo.
        self.image = ExhibitionImageFactory()
        self.add(6, self.exhibitors[0], self.materials[0])
        self.add(10, self.exhibitors[0], self.materials[1])
        self.add(10, self.exhibitors[1], self.materials[0])

    def add(self, count, exhibitor, material):
        return CraftObjectPageFactory.create_batch(
            count, parent=exhibitor, material=material, image=self.image
        )

    def grow(self):
        self.add(40, self.exhibitors[0], self.materials[0])

    def filtered(self):
        collectivite = self.exhibitors[0].collectivite
        return f"?collectivite={collectivite.slug}&materiau={self.materials[0].slug}"


@pytest.fixture
def catalogue():
    return Catalogue()


def count_queries(client, url):
    client.get(url)  # warm the caches (site root paths, menu, facets, surroundings)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize("query", ["", "filtered", "?tri=prix&disponible=on&page=2"])
def test_catalogue_queries_do_not_grow_with_the_catalogue(client, catalogue, query):
    url = catalogue.url + (catalogue.filtered() if query == "filtered" else query)
    before = count_queries(client, url)
    catalogue.grow()
    after = count_queries(client, url)
    assert after == before
    assert before <= MAX_QUERIES


def test_object_page_queries_do_not_grow_with_the_catalogue(client, catalogue):
    page = catalogue.exhibitors[0].get_first_child().specific
    before = count_queries(client, page.url)
    catalogue.grow()
    after = count_queries(client, page.url)
    assert after == before
    assert before <= MAX_QUERIES
