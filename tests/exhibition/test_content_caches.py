"""Without the page cache, what routing and the listings keep in the cache is never stale.

Routing keeps each URL's page (core/routing.py) and the listings each object's card
(catalogue/cards.py) until the content changes: these tests change it in every way a
visitor would see and read the pages again at once.
"""

from decimal import Decimal

import pytest

from django.db import connection
from django.db.models import F
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from catalogue.models import CraftObjectPage

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE = False


def text(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode().replace("\u202f", " ").replace("\xa0", " ")


def catalogue_url(obj):
    """The catalogue of `obj`'s edition."""
    return obj.edition.catalogue_page().url


def catalogue_of(obj):
    """The catalogue page listing `obj`, filtered to its collectivité and material."""
    return f"{catalogue_url(obj)}?collectivite={obj.collectivite.slug}&materiau={obj.material.slug}"


def card_of(html, obj):
    """The HTML of `obj`'s card in a listing, or None."""
    link = f'href="{obj.url}"'
    if link not in html:
        return None
    start = html.rindex("<article", 0, html.index(link))
    return html[start : html.index("</article>", start)]


def test_a_published_price_shows_on_the_object_and_its_card_at_once(client, obj):
    assert card_of(text(client, catalogue_of(obj)), obj)
    text(client, obj.url)

    obj.price = Decimal("1234.00")
    obj.save_revision().publish()

    assert "1 234,00 €" in text(client, obj.url)
    assert "1 234,00 €" in card_of(text(client, catalogue_of(obj)), obj)


def test_a_sale_that_empties_the_stock_shows_on_the_object_and_its_card_at_once(
    client, obj, django_capture_on_commit_callbacks
):
    assert "availability--out" not in text(client, obj.url)
    assert "badge--sold" not in card_of(text(client, catalogue_of(obj)), obj)

    with django_capture_on_commit_callbacks(execute=True):
        CraftObjectPage.objects.filter(pk=obj.pk).update(stock=F("stock") - F("stock"))
        CraftObjectPage.objects.mirror_commerce_to_translations(obj.pk)

    assert "availability--out" in text(client, obj.url)
    assert "badge--sold" in card_of(text(client, catalogue_of(obj)), obj)


def test_an_unpublished_object_is_gone_from_its_url_and_the_listings(client, obj):
    text(client, obj.url)
    assert card_of(text(client, catalogue_of(obj)), obj)

    obj.unpublish()

    text(client, obj.url, status=404)
    assert card_of(text(client, catalogue_of(obj)), obj) is None


def test_a_page_published_under_a_remembered_url_is_found(client, obj):
    url = obj.get_parent().url + "nouvel-objet/"
    text(client, url, status=404)  # remembered as not found

    obj.copy(update_attrs={"slug": "nouvel-objet", "sku": "NEW-001", "title": "Nouvel objet"})
    new = CraftObjectPage.objects.get(sku="NEW-001")
    new.save_revision().publish()

    assert "Nouvel objet" in text(client, url)


def test_a_view_restriction_added_to_an_edition_applies_at_once(client, obj):
    text(client, obj.url)

    PageViewRestriction.objects.create(page=obj.edition, restriction_type="login")

    response = client.get(obj.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_the_object_page_is_served_without_finding_its_url_again(client, obj):
    text(client, obj.url)
    with CaptureQueriesContext(connection) as queries:
        text(client, obj.url)
    assert not [q for q in queries if "url_path" in q["sql"] and " IN (" in q["sql"]]
    assert not [q for q in queries if "catalogue_craftobjectimage" in q["sql"]]


def test_objects_of_a_section_made_private_leave_the_listings_at_once(client, obj):
    listing = catalogue_of(obj)
    assert card_of(text(client, listing), obj)

    PageViewRestriction.objects.create(page=obj.get_parent(), restriction_type="login")

    assert card_of(text(client, listing), obj) is None
    assert card_of(text(client, catalogue_url(obj)), obj) is None
