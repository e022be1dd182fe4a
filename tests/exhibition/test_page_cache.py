"""The anonymous page cache serves what was published last, and only to who may share it."""

from decimal import Decimal

import pytest

from django.core.cache import cache
from django.db.models import F

from catalogue.models import CraftObjectPage
from shop.cart import Cart

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE = True
    # Entries from another test were rendered from data its transaction rolled back.
    cache.clear()
    yield
    cache.clear()


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response


def test_second_anonymous_visit_is_served_from_the_cache(client, obj):
    first = get(client, obj.url)
    second = get(client, obj.url)
    assert first["X-Page-Cache"] == "MISS"
    assert second["X-Page-Cache"] == "HIT"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_a_miss_reads_the_content_generation_in_the_page_caches_own_round_trip(
    client, obj, monkeypatch
):
    from django.core.cache import caches

    from core.caching import GENERATION_KEY

    get(client, obj.url)  # the generation exists from now on
    asked = []
    default = caches["default"]
    plain_get = default.get
    monkeypatch.setattr(
        default, "get", lambda key, *a, **kw: asked.append(key) or plain_get(key, *a, **kw)
    )

    # Another query string: another entry, not stored yet.
    assert get(client, obj.url + "?autre=1")["X-Page-Cache"] == "MISS"
    # Within its get_many only (which LocMemCache answers key by key, Redis at once).
    assert asked.count(GENERATION_KEY) <= 1, asked


def test_each_query_string_is_a_page_of_its_own(client, obj):
    catalogue = obj.edition.catalogue_page().url
    get(client, catalogue)
    filtered = get(client, catalogue + f"?collectivite={obj.collectivite.slug}")
    assert filtered["X-Page-Cache"] == "MISS"
    assert get(client, catalogue)["X-Page-Cache"] == "HIT"


def test_publishing_a_new_price_shows_at_the_next_visit(client, obj):
    get(client, obj.url)
    assert get(client, obj.url)["X-Page-Cache"] == "HIT"

    obj.price = Decimal("1234.00")
    obj.save_revision().publish()

    response = get(client, obj.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "1 234,00" in response.content.decode().replace("\u202f", " ").replace("\xa0", " ")


def test_unpublishing_removes_the_page_at_once(client, obj):
    get(client, obj.url)
    obj.unpublish()
    assert client.get(obj.url).status_code == 404


def test_a_sale_that_empties_the_stock_shows_at_the_next_visit(
    client, obj, django_capture_on_commit_callbacks
):
    get(client, obj.url)
    assert "availability--out" not in get(client, obj.url).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        CraftObjectPage.objects.filter(pk=obj.pk).update(stock=F("stock") - F("stock"))
        CraftObjectPage.objects.mirror_commerce_to_translations(obj.pk)

    response = get(client, obj.url)
    assert response["X-Page-Cache"] == "MISS"
    assert "availability--out" in response.content.decode()


def test_a_visitor_with_a_session_gets_a_page_rendered_for_them(client, obj):
    get(client, obj.url)
    session = client.session
    Cart(session).add(obj, 1)
    session.save()

    response = get(client, obj.url)
    assert "X-Page-Cache" not in response
    assert 'class="cart-link__count"' in response.content.decode()


def test_pages_outside_wagtail_and_posts_are_never_cached(client):
    assert "X-Page-Cache" not in get(client, "/fr/boutique/panier/")
    assert "X-Page-Cache" not in get(client, "/fr/recherche/?q=laque")


def test_a_response_that_sets_a_cookie_is_not_stored(client):
    # Any page whose form carries a CSRF token sets the CSRF cookie: never shared.
    response = get(client, "/fr/boutique/panier/")
    assert "X-Page-Cache" not in response


def test_add_to_cart_from_a_cached_page_works_without_a_csrf_token(obj):
    from django.test import Client

    visitor = Client(enforce_csrf_checks=True)
    page = get(visitor, obj.url)
    assert "csrfmiddlewaretoken" not in page.content.decode()
    response = visitor.post(
        f"/fr/boutique/panier/ajouter/{obj.pk}/",
        {"quantity": "1"},
        HTTP_SEC_FETCH_SITE="same-origin",
    )
    assert response.status_code == 302
    assert len(Cart(visitor.session)) == 1


@pytest.mark.parametrize(
    "headers",
    [
        {"HTTP_SEC_FETCH_SITE": "cross-site"},
        {"HTTP_SEC_FETCH_SITE": "same-site"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "null"},
    ],
)
def test_add_to_cart_from_another_site_is_refused(obj, headers):
    from django.test import Client

    visitor = Client(enforce_csrf_checks=True)
    response = visitor.post(f"/fr/boutique/panier/ajouter/{obj.pk}/", {"quantity": "1"}, **headers)
    assert response.status_code == 403
    assert len(Cart(visitor.session)) == 0


def routes_kept(monkeypatch):
    """The route resolutions written to the cache from now on (core/routing.py)."""
    from core import caching

    kept = []
    store = caching._store
    monkeypatch.setattr(
        caching,
        "_store",
        lambda content, entries, timeout: (
            kept.extend(key for key in entries if key.startswith("route:")),
            store(content, entries, timeout),
        ),
    )
    return kept


def test_an_anonymous_page_is_kept_whole_and_its_route_is_not_kept_besides(
    client, obj, monkeypatch
):
    kept = routes_kept(monkeypatch)
    assert get(client, obj.url)["X-Page-Cache"] == "MISS"
    assert kept == []
    assert get(client, obj.url)["X-Page-Cache"] == "HIT"


def test_routes_are_kept_for_visitors_with_a_session_and_for_filtered_pages(
    client, obj, monkeypatch
):
    kept = routes_kept(monkeypatch)
    catalogue = obj.edition.catalogue_page().url
    # Each filter is a page of its own, all of one route.
    get(client, catalogue + f"?collectivite={obj.collectivite.slug}")
    assert len(kept) == 1

    session = client.session
    Cart(session).add(obj, 1)
    session.save()
    get(client, obj.url)
    assert len(kept) == 2
