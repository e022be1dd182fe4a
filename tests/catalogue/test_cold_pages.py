"""Cold pages are cheap: the first view of an object page or a filtered catalogue, with
nothing of its own in the cache, costs a few queries whatever the catalogue's size, and
never makes a rendition (issue 16, point 3).

«Cold» as bench/crowd_cold.py measures it: every cache emptied, then an object page of
another edition is read (what every page shares: the site, the home's routing, the menus,
the settings, the sales calendar), then the page under test once. Renditions are made
when an object is published, so a visitor's request only reads them.
"""

import pytest

from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import CraftObjectPage
from exhibition.models import ExhibitionRendition
from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitionImageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
)

pytestmark = pytest.mark.django_db

MAX_COLD_QUERIES = 10


class Edition:
    """Two participations, two materials, objects with two images each, some sold out."""

    def __init__(self):
        self.edition = EditionPageFactory()
        self.catalogue = self.edition.catalogue_page()
        self.exhibitors = ExhibitorPageFactory.create_batch(2, parent=self.edition)
        self.materials = MaterialFactory.create_batch(2)
        self.objects = []
        self.add(5)

    def add(self, count):
        for number in range(count):
            who = len(self.objects) % 2
            self.objects.append(
                CraftObjectPageFactory(
                    parent=self.exhibitors[who],
                    material=self.materials[number % 2],
                    stock=number % 3,
                    more_images=[ExhibitionImageFactory()],
                    tags=("thé", "cadeau") if number % 2 else ("thé",),
                )
            )

    def filtered(self):
        return (
            f"{self.catalogue.url}?materiau={self.materials[0].slug}"
            f"&collectivite={self.exhibitors[0].collectivite.slug}&disponible=on&tri=prix"
        )


@pytest.fixture
def edition(django_capture_on_commit_callbacks):
    # Renditions are made once the publication is committed: run what waits for it.
    with django_capture_on_commit_callbacks(execute=True):
        return Edition()


def cold(client, url):
    """The queries of a first view of `url`, what every page shares warm."""
    for alias in settings.CACHES:
        caches[alias].clear()
    other = (
        CraftObjectPage.objects.live()
        .filter(locale__language_code="fr", edition__year=2021)  # the demo's, not the test's
        .order_by("path")
        .first()
    )
    assert client.get(other.url).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return [query["sql"] for query in captured]


def explain(queries):
    return "\n".join(f"{n}. {sql[:300]}" for n, sql in enumerate(queries, 1))


def test_a_cold_object_page_takes_few_queries(client, edition):
    queries = cold(client, edition.objects[0].url)
    assert len(queries) <= MAX_COLD_QUERIES, explain(queries)


def test_a_cold_filtered_catalogue_takes_few_queries(client, edition):
    queries = cold(client, edition.filtered())
    assert len(queries) <= MAX_COLD_QUERIES, explain(queries)


def test_cold_queries_do_not_grow_with_the_catalogue(
    client, edition, django_capture_on_commit_callbacks
):
    urls = [edition.objects[0].url, edition.filtered(), edition.catalogue.url]
    at_5 = [len(cold(client, url)) for url in urls]
    with django_capture_on_commit_callbacks(execute=True):
        edition.add(25)
    at_30 = [len(cold(client, url)) for url in urls]
    assert at_30 == at_5


def test_a_visitor_never_makes_a_rendition_after_a_publication(
    client, edition, django_capture_on_commit_callbacks
):
    """A new object with new images: its page, the catalogue and its filtered view read
    renditions made at the publication."""
    with django_capture_on_commit_callbacks(execute=True):
        page = CraftObjectPageFactory(
            parent=edition.exhibitors[0],
            material=edition.materials[0],
            more_images=[ExhibitionImageFactory(), ExhibitionImageFactory()],
        )
    assert ExhibitionRendition.objects.filter(image=page.gallery_images.first().image).exists()
    made = ExhibitionRendition.objects.count()
    for url in (page.url, edition.catalogue.url, edition.filtered()):
        queries = cold(client, url)
        inserts = [sql for sql in queries if "INSERT" in sql and "rendition" in sql]
        assert inserts == [], url
    assert ExhibitionRendition.objects.count() == made
