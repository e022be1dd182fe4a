"""A change renews what shows it and nothing else; nothing is ever served stale.

Issue 16: a sale a second used to empty every cached page. Now a sale renews the sold
object's page and the pages showing its card; a publication of an object renews it and
the listings it can appear in; the other pages stay cached (core/caching.py).
"""

from decimal import Decimal

import pytest

from django.core.cache import cache

from core.caching import TAG_PREFIX, cached_for_content, tags_changed
from shop.services.stock import stock_reserve
from tests.factories import (
    CraftObjectPageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
    TourismPageFactory,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def site(db):
    """One edition, two collectivités with an object of their own material each, the
    first with a second object of the same kind (its «other objects»)."""
    here = ExhibitorPageFactory()
    there = ExhibitorPageFactory(parent=here.get_parent())
    lacquer, porcelain = MaterialFactory(), MaterialFactory()
    sold = CraftObjectPageFactory(parent=here, material=lacquer, stock=3)
    neighbour = CraftObjectPageFactory(parent=here, material=lacquer, stock=3)
    unrelated = CraftObjectPageFactory(parent=there, material=porcelain, stock=3)
    tourism = TourismPageFactory(parent=there.collectivite)
    return {
        "sold": sold,
        "neighbour": neighbour,
        "unrelated": unrelated,
        "catalogue": sold.edition.catalogue_page().url,
        "tourism_page": tourism,
        "tourism": tourism.url,
        "collectivite_there": there.collectivite.url,
    }


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def warm(client, *urls):
    for url in urls:
        get(client, url)
        assert get(client, url)["X-Page-Cache"] == "HIT", url


def state(client, url):
    return get(client, url)["X-Page-Cache"]


def plain(response):
    return response.content.decode().replace("\u202f", " ").replace("\xa0", " ")


def sell(pk, quantity, capture):
    with capture(execute=True):
        assert stock_reserve(quantities={pk: quantity}) == []


def test_a_sale_renews_the_object_and_the_pages_showing_it_and_leaves_the_others_cached(
    client, site, django_capture_on_commit_callbacks
):
    sold, neighbour, unrelated = site["sold"], site["neighbour"], site["unrelated"]
    pages = [sold.url, neighbour.url, unrelated.url, site["catalogue"], site["tourism"]]
    pages.append(site["collectivite_there"])
    warm(client, *pages)

    sell(sold.pk, 2, django_capture_on_commit_callbacks)  # 3 → 1: «Pièce unique»

    page = get(client, sold.url)
    assert page["X-Page-Cache"] == "MISS"
    assert "availability--unique" in plain(page)
    # Its card is on the catalogue and among its neighbour's «other objects».
    assert state(client, site["catalogue"]) == "MISS"
    assert state(client, neighbour.url) == "MISS"
    # Nothing else shows it.
    assert state(client, unrelated.url) == "HIT"
    assert state(client, site["tourism"]) == "HIT"
    assert state(client, site["collectivite_there"]) == "HIT"


def test_the_last_piece_sold_leaves_the_available_objects_listing_at_once(
    client, site, django_capture_on_commit_callbacks
):
    sold, unrelated = site["sold"], site["unrelated"]
    available = site["catalogue"] + "?disponible=on"
    assert f'href="{sold.url}"' in plain(get(client, available))
    warm(client, available, unrelated.url)

    sell(sold.pk, 3, django_capture_on_commit_callbacks)

    listing = get(client, available)
    assert listing["X-Page-Cache"] == "MISS"
    assert f'href="{sold.url}"' not in plain(listing)
    assert "availability--out" in plain(get(client, sold.url))
    assert state(client, unrelated.url) == "HIT"


def test_a_sale_that_does_not_empty_the_stock_keeps_the_available_listing_cached(
    client, site, django_capture_on_commit_callbacks
):
    # The listing's membership did not change; the object's card on it is renewed.
    available = site["catalogue"] + "?disponible=on&materiau=" + site["unrelated"].material.slug
    warm(client, available)

    sell(site["sold"].pk, 1, django_capture_on_commit_callbacks)

    assert state(client, available) == "HIT"


def test_a_new_price_renews_the_object_and_its_listings_not_unrelated_objects(client, site):
    sold, unrelated = site["sold"], site["unrelated"]
    warm(client, sold.url, unrelated.url, site["catalogue"], site["tourism"])

    sold.price = Decimal("1234.00")
    sold.save_revision().publish()

    assert "1 234,00" in plain(get(client, sold.url))
    catalogue = get(client, site["catalogue"])
    assert catalogue["X-Page-Cache"] == "MISS"
    assert "1 234,00" in plain(catalogue)
    assert state(client, unrelated.url) == "HIT"
    assert state(client, site["tourism"]) == "HIT"


def test_a_new_material_leaves_the_old_materials_lists_at_once(client, site):
    sold, unrelated = site["sold"], site["unrelated"]
    # Same material as the sold object, elsewhere: it lists it under «Même matériau».
    far = CraftObjectPageFactory(parent=unrelated.get_parent(), material=sold.material)
    assert f'href="{sold.url}"' in plain(get(client, far.url))
    assert state(client, far.url) == "HIT"

    sold.material = unrelated.material
    sold.save_revision().publish()

    assert f'href="{sold.url}"' not in plain(get(client, far.url))


def test_publishing_any_other_page_renews_the_whole_site(client, site):
    warm(client, site["unrelated"].url, site["catalogue"])

    tourism = site["tourism_page"]
    tourism.title = "Un autre titre"
    tourism.save_revision().publish()

    assert state(client, site["unrelated"].url) == "MISS"
    assert state(client, site["catalogue"]) == "MISS"


def test_a_value_computed_while_its_tag_changes_is_not_kept():
    def compute_during_a_sale():
        tags_changed("object:essai")  # committed while this was reading the old figures
        return "old"

    assert cached_for_content("figure", compute_during_a_sale, tags=["object:essai"]) == "old"
    assert cached_for_content("figure", lambda: "new", tags=["object:essai"]) == "new"
    assert cached_for_content("figure", lambda: "newer", tags=["object:essai"]) == "new"


def test_a_lost_tag_version_renews_what_was_computed_before():
    cached_for_content("figure", lambda: "old", tags=["object:essai"])
    tags_changed("object:essai")
    cache.delete(TAG_PREFIX + "object:essai")  # evicted, or Redis restarted without it

    assert cached_for_content("figure", lambda: "new", tags=["object:essai"]) == "new"


def test_what_a_nested_value_depends_on_renews_the_value_around_it():
    def outer():
        return cached_for_content("inner", lambda: 1, tags=["object:inner"]) + 1

    assert cached_for_content("outer", outer, tags=()) == 2
    tags_changed("object:other")
    assert cached_for_content("outer", lambda: 0, tags=()) == 2  # unrelated: kept
    tags_changed("object:inner")
    assert cached_for_content("outer", lambda: 10, tags=()) == 10
