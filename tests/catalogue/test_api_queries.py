"""The open-data API's list (/api/v2/objects/) costs the same queries whatever its page
size or the catalogue's size (issue 16, point 5), and its cached answer never shows a
price, a stock or a list older than the last committed change."""

from decimal import Decimal

import pytest

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import CraftObjectPage
from shop.services.stock import stock_reserve

from .test_query_counts import MAX_QUERIES, Catalogue

pytestmark = pytest.mark.django_db
# MAX_QUERIES: issue 6's budget for the pages a crowd reads, here with nothing cached at
# all (site, sales calendar included): the count, the page's objects, then one query per
# relation (tags, images, renditions…), never one per object.


class Objects(Catalogue):
    """The API's view of tests/catalogue/test_query_counts.py's edition: its first
    material (16 objects, 56 after `grow()`)."""

    def add_one(self):
        return self.add(1, self.exhibitors[0], self.materials[0])[0]

    def api_url(self, limit=20, **extra):
        params = {"material": self.materials[0].slug, **extra, "limit": limit, "order": "id"}
        return "/api/v2/objects/?" + "&".join(f"{k}={v}" for k, v in params.items())


@pytest.fixture
def objects():
    return Objects()


def forget_everything():
    for alias in caches:
        caches[alias].clear()


def cold_queries(client, url):
    """The queries of a request with nothing of it cached (the first after a change)."""
    client.get(url)  # renditions generated, as they are at publication
    forget_everything()
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(captured), response.json()


def items(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return {item["id"]: item for item in response.json()["items"]}


@pytest.mark.parametrize("limit", [5, 20])
def test_the_list_costs_the_same_queries_whatever_its_size(client, objects, limit):
    before, data = cold_queries(client, objects.api_url(limit))
    assert len(data["items"]) == min(limit, 16)
    objects.grow()
    after, data = cold_queries(client, objects.api_url(limit))
    assert len(data["items"]) == limit
    assert after == before
    assert after <= MAX_QUERIES


@pytest.mark.parametrize("locale", ["en", "ja"])
def test_translations_cost_the_same_queries(client, locale):
    """The demo's translated objects: their French page's stock is read as for French ones."""
    small, data = cold_queries(client, f"/api/v2/objects/?locale={locale}&limit=5")
    assert len(data["items"]) == 5
    large, data = cold_queries(client, f"/api/v2/objects/?locale={locale}&limit=20")
    assert len(data["items"]) == 20
    assert large == small <= MAX_QUERIES


def test_a_warm_list_asks_the_database_nothing(client, objects):
    url = objects.api_url(20)
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    assert len(captured) == 0


def test_a_sale_shows_at_once_in_the_cached_list(
    client, objects, django_capture_on_commit_callbacks
):
    bowl = objects.add_one()
    bowl.stock = 3
    bowl.save_revision().publish()
    url = objects.api_url(20)
    assert items(client, url)[bowl.pk]["stock"] == 3
    with django_capture_on_commit_callbacks(execute=True):
        assert stock_reserve(quantities={bowl.pk: 3}) == []
    item = items(client, url)[bowl.pk]
    assert (item["stock"], item["available"]) == (0, False)
    # A filter on availability drops it at once too.
    assert bowl.pk not in items(client, objects.api_url(20, available="true"))


def test_a_published_price_shows_at_once_in_the_cached_list(
    client, objects, django_capture_on_commit_callbacks
):
    bowl = objects.add_one()
    url = objects.api_url(20)
    assert items(client, url)[bowl.pk]["price"] == str(bowl.price)
    bowl = CraftObjectPage.objects.get(pk=bowl.pk)
    bowl.price = Decimal("123.00")
    with django_capture_on_commit_callbacks(execute=True):
        bowl.save_revision().publish()
    assert items(client, url)[bowl.pk]["price"] == "123.00"


def test_a_new_object_shows_at_once_in_the_cached_list(
    client, objects, django_capture_on_commit_callbacks
):
    url = objects.api_url(20)
    before = client.get(url).json()["meta"]["total_count"]
    with django_capture_on_commit_callbacks(execute=True):
        new = objects.add_one()
    data = client.get(url).json()
    assert data["meta"]["total_count"] == before + 1
    assert new.pk in {item["id"] for item in data["items"]}


def test_an_unpublished_object_leaves_the_cached_list_at_once(
    client, objects, django_capture_on_commit_callbacks
):
    gone = objects.add_one()
    url = objects.api_url(20)
    assert gone.pk in items(client, url)
    with django_capture_on_commit_callbacks(execute=True):
        gone.unpublish()
    assert gone.pk not in items(client, url)


def test_the_same_query_in_another_order_shares_the_cached_answer(client, objects):
    first = f"/api/v2/objects/?material={objects.materials[0].slug}&limit=20&order=id"
    same = f"/api/v2/objects/?order=id&limit=20&material={objects.materials[0].slug}"
    client.get(first)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(same).json() == client.get(first).json()
    assert len(captured) == 0
