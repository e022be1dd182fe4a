"""The pages a crowd reads cost the same queries at 10 objects as at 1,000 (issue 6).

An edition of its own is filled in bulk as the bench fills 10,000 (bench/seed_large.py):
first 10 objects, then 990 more, and each page is counted both times with warm caches.
The bulk copies are clones of two objects per participation, built by the factories.
"""

import random

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.seed_large import clone_objects
from catalogue.models import CraftObjectPage
from core.caching import content_changed
from exhibition.models import ExhibitorPage
from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitionImageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
)

from .test_query_counts import MAX_QUERIES

pytestmark = pytest.mark.django_db


@pytest.fixture
def edition(django_capture_on_commit_callbacks):
    """Two participations, each with two objects of its own material to clone; what
    waits for the publications' commit runs (their renditions are made then, as in
    production, not by the first visitor)."""
    with django_capture_on_commit_callbacks(execute=True):
        edition = EditionPageFactory(title="Édition de mesure", slug="edition-mesure")
        image = ExhibitionImageFactory()
        for _ in range(2):
            exhibitor = ExhibitorPageFactory(parent=edition)
            CraftObjectPageFactory.create_batch(
                2,
                parent=exhibitor,
                material=MaterialFactory(),
                image=image,
                tags=("thé", "cadeau"),
            )
    return edition


def fill(edition, total):
    """Bring the edition to `total` objects, half under each participation."""
    rng = random.Random(total)
    for exhibitor in ExhibitorPage.objects.child_of(edition):
        sources = list(
            CraftObjectPage.objects.child_of(exhibitor)
            .order_by("path")
            .prefetch_related("gallery_images", "tagged_items")[:2]
        )
        missing = total // 2 - CraftObjectPage.objects.child_of(exhibitor).count()
        clone_objects(exhibitor, sources, missing, rng)
    content_changed()
    assert CraftObjectPage.objects.filter(edition=edition).count() == total


def queries(client, url):
    client.get(url)  # warm: renditions, cards, routes
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def pages(edition):
    catalogue = f"/fr/{edition.slug}/catalogue/"
    first = CraftObjectPage.objects.filter(edition=edition).order_by("path").first()
    filtered = f"?collectivite={first.collectivite.slug}&materiau={first.material.slug}"
    return {
        "catalogue": catalogue,
        "catalogue filtré": catalogue + filtered,
        "catalogue trié, page 2": catalogue + "?tri=-prix&disponible=on&page=2",
        "objet": first.url,
    }


def test_queries_are_the_same_at_10_and_1000_objects(client, edition):
    fill(edition, 10)
    urls = pages(edition)
    urls["catalogue trié, page 2"] = urls["catalogue trié, page 2"].replace("page=2", "page=1")
    at_10 = {name: queries(client, url) for name, url in urls.items()}

    fill(edition, 1000)
    at_1000 = {name: queries(client, url) for name, url in urls.items()}

    assert at_1000 == at_10
    assert max(at_1000.values()) <= MAX_QUERIES, at_1000
