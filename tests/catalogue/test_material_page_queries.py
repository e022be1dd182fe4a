"""A material's page across editions (/fr/materiaux/<slug>/) costs the same queries
whatever the number of objects (issue 16, point 5), and never shows a price or a list
older than the last committed change."""

import re
from decimal import Decimal

import pytest

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import CraftObjectPage
from shop.services.stock import stock_reserve
from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitionImageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
    material_index,
)

pytestmark = pytest.mark.django_db

# With every cache empty (routes, menus, settings, cards: 31 on 6 December 2026, of which
# the page's own lists and counts are 7), whatever the number of objects.
MAX_COLD_QUERIES = 32
# Warm: the material, its lists, counts and cards all come from the cache.
MAX_WARM_QUERIES = 0


class SharedMaterial:
    """One material, shown by two collectivités in two editions."""

    def __init__(self):
        self.material = MaterialFactory()
        self.image = ExhibitionImageFactory()  # one photo: its renditions are made once
        self.exhibitors = [
            ExhibitorPageFactory(parent=EditionPageFactory(year=year)) for year in (1999, 2000)
        ]
        self.url = f"{material_index().url}{self.material.slug}/"
        self.add(6)

    def add(self, count, **fields):
        return [
            CraftObjectPageFactory(
                parent=self.exhibitors[number % 2],
                material=self.material,
                image=self.image,
                **fields,
            )
            for number in range(count)
        ]

    def filtered(self):
        return f"{self.url}?collectivite={self.exhibitors[0].collectivite.slug}"


@pytest.fixture
def material():
    return SharedMaterial()


def queries(client, url, *, cold):
    client.get(url)  # renditions and cards made once, as after a publication
    if cold:
        for alias in caches:
            caches[alias].clear()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.parametrize("cold", [True, False], ids=["cold", "warm"])
@pytest.mark.parametrize("filtered", [False, True], ids=["all", "filtered"])
def test_the_page_costs_the_same_queries_whatever_the_objects(client, material, cold, filtered):
    url = material.filtered() if filtered else material.url
    before = queries(client, url, cold=cold)
    material.add(40)
    after = queries(client, url, cold=cold)
    assert after == before
    assert after <= (MAX_COLD_QUERIES if cold else MAX_WARM_QUERIES)


def cards(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def test_a_new_object_shows_at_once(client, material, django_capture_on_commit_callbacks):
    assert "Bol nouveau venu" not in cards(client, material.url)
    with django_capture_on_commit_callbacks(execute=True):
        material.add(1, title="Bol nouveau venu")
    assert "Bol nouveau venu" in cards(client, material.url)


def card_of(html, title):
    """The card of the object titled `title` (other objects may have any price: the
    factory's prices follow how many objects earlier tests made)."""
    match = re.search(
        rf'<article class="card object-card">(?:(?!</article>).)*?{title}.*?</article>', html, re.S
    )
    assert match, f"no card for {title}"
    return match.group(0)


def test_a_new_price_shows_at_once(client, material, django_capture_on_commit_callbacks):
    bowl = material.add(1, title="Bol au prix changé", price=Decimal("40.00"))[0]
    url = material.url + "?tri=-prix"
    assert "40,00" in card_of(cards(client, url), "Bol au prix changé")
    bowl = CraftObjectPage.objects.get(pk=bowl.pk)
    bowl.price = Decimal("987.00")
    with django_capture_on_commit_callbacks(execute=True):
        bowl.save_revision().publish()
    card = card_of(cards(client, url), "Bol au prix changé")
    assert "987,00" in card and "40,00" not in card


def test_a_sold_out_object_leaves_the_available_list_at_once(
    client, material, django_capture_on_commit_callbacks
):
    bowl = material.add(1, title="Bol dernier en stock", stock=1)[0]
    url = material.url + "?disponible=on"
    assert "Bol dernier en stock" in cards(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        assert stock_reserve(quantities={bowl.pk: 1}) == []
    assert "Bol dernier en stock" not in cards(client, url)


def test_every_material_page_answers_in_every_language(client):
    """A language with no object of a material (an empty list of ids) shows an empty
    page: its cached ids were once keyed by a query Django cannot write (a 500)."""
    from catalogue.models import MaterialIndexPage

    seen = 0
    for index in MaterialIndexPage.objects.live():
        for material in index.materials():
            response = client.get(f"{index.url}{material.slug}/")
            assert response.status_code == 200, (index.url, material.slug)
            seen += 1
    assert seen >= 6 * 3  # the demo's six materials in three languages
