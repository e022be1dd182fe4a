"""Rate limits per client IP: a 429 page with Retry-After past the limit, nothing written.

The test settings leave the limits as configured; each test here sets tiny ones.
"""

import pytest

from core import rate_limits
from shop.cart import SESSION_KEY
from shop.models import Order
from workshops.models import Booking

from .shop.helpers import PICKUP_CHECKOUT, create_order, product
from .workshops.conftest import free_workshop  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

TOO_MANY = "Vous avez envoyé trop de demandes en peu de temps"


@pytest.fixture
def clock(monkeypatch):
    """The limits' clock, 20 s into a minute, moved by the test alone."""
    now = {"t": 1_700_000_000.0}  # 28_333_333 × 60 + 20
    monkeypatch.setattr(rate_limits, "_now", lambda: now["t"])
    return now


@pytest.fixture
def limits(settings, clock):
    """Every limit at 2 requests a minute."""
    settings.RATE_LIMITS_ENABLED = True
    settings.TRUSTED_PROXY_COUNT = 0
    settings.RATE_LIMITS = {name: "2/m" for name in settings.RATE_LIMITS}
    return settings


def assert_too_many(response):
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    assert TOO_MANY in html
    assert '<html lang="fr">' in html


def add(client, page, **extra):
    return client.post(f"/fr/boutique/panier/ajouter/{page.pk}/", {"quantity": 1}, **extra)


def test_add_to_cart_past_the_limit_is_429_and_leaves_the_cart_alone(client, limits):
    tray = product(stock=5)
    assert add(client, tray).status_code == 302
    assert add(client, tray).status_code == 302
    response = add(client, tray)
    assert_too_many(response)
    assert client.session[SESSION_KEY] == {str(tray.pk): 2}


def test_checkout_post_past_the_limit_creates_no_order(client, limits):
    add(client, product(stock=5))
    for _ in range(2):  # incomplete forms: counted, answered 400
        assert client.post("/fr/boutique/commande/", {"email": "x"}).status_code == 400
    orders = Order.objects.count()
    response = client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)
    assert_too_many(response)
    assert Order.objects.count() == orders
    # Only POSTs count: the page itself still shows.
    assert client.get("/fr/boutique/commande/").status_code == 200


def test_payment_post_past_the_limit_is_429_and_leaves_the_order_alone(client, limits, localstripe):
    limits.STRIPE_API_BASE = localstripe.base_url
    limits.STRIPE_LOCAL = True
    order = create_order((product(stock=5), 1))
    url = f"/fr/boutique/commande/{order.token}/paiement/"
    assert client.post(url).status_code == 200
    assert client.post(url).status_code == 200
    order.refresh_from_db()
    before = (order.status, order.payment_intent_id, order.reserved_until)
    assert_too_many(client.post(url))
    order.refresh_from_db()
    assert (order.status, order.payment_intent_id, order.reserved_until) == before
    # Only POSTs count: the buyer can still reload the page.
    assert client.get(url).status_code == 200


def test_booking_past_the_limit_books_nothing(client, limits, free_workshop):  # noqa: F811
    url = f"/fr/ateliers/{free_workshop.pk}/reserver/"
    form = {"places": "1", "first_name": "Claire", "last_name": "Dupont", "phone": ""}
    for _ in range(2):  # no email: counted, answered 400
        assert client.post(url, form).status_code == 400
    response = client.post(url, {**form, "email": "claire@example.org"})
    assert_too_many(response)
    assert not Booking.objects.filter(workshop=free_workshop).exists()


def test_search_past_the_limit_is_429_then_answers_again_in_the_next_window(client, limits, clock):
    assert client.get("/fr/recherche/", {"q": "laque"}).status_code == 200
    assert client.get("/fr/recherche/", {"q": "bol"}).status_code == 200
    response = client.get("/fr/recherche/", {"q": "laque"})
    assert_too_many(response)
    assert response["Retry-After"] == "40"  # the window ends at the next minute
    clock["t"] += 40
    assert client.get("/fr/recherche/", {"q": "laque"}).status_code == 200


def test_limits_count_each_address_apart(client, limits):
    for _ in range(2):
        client.get("/fr/recherche/", {"q": "laque"})
    assert client.get("/fr/recherche/", {"q": "laque"}).status_code == 429
    other = client.get("/fr/recherche/", {"q": "laque"}, REMOTE_ADDR="203.0.113.9")
    assert other.status_code == 200


def test_a_forged_x_forwarded_for_does_not_escape_the_limit(client, limits):
    for n in range(2):
        client.get("/fr/recherche/", {"q": "laque"}, HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    response = client.get("/fr/recherche/", {"q": "x"}, HTTP_X_FORWARDED_FOR="198.51.100.7")
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_address_it_saw_is_the_client(client, limits):
    limits.TRUSTED_PROXY_COUNT = 1
    spoofed_then_real = {"HTTP_X_FORWARDED_FOR": "1.2.3.4, 198.51.100.1"}
    for _ in range(2):
        client.get("/fr/recherche/", {"q": "laque"}, **spoofed_then_real)
    assert client.get("/fr/recherche/", {"q": "x"}, **spoofed_then_real).status_code == 429
    other = {"HTTP_X_FORWARDED_FOR": "1.2.3.4, 198.51.100.2"}
    assert client.get("/fr/recherche/", {"q": "x"}, **other).status_code == 200


def test_limits_can_be_switched_off_as_the_benchmark_does(client, limits):
    limits.RATE_LIMITS_ENABLED = False
    for _ in range(5):
        assert client.get("/fr/recherche/", {"q": "laque"}).status_code == 200


def test_the_429_page_speaks_the_visitor_s_language(client, limits):
    for _ in range(2):
        client.get("/en/recherche/", {"q": "lacquer"})
    response = client.get("/en/recherche/", {"q": "lacquer"})
    assert response.status_code == 429
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert "Too many requests" in html


@pytest.mark.parametrize(
    ("rate", "expected"), [("30/m", (30, 60)), ("5/10s", (5, 10)), (" 100 / h ", (100, 3600))]
)
def test_rates_read_as_count_per_period(rate, expected):
    assert rate_limits.parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["", "30", "m/30", "30/d", "-1/m"])
def test_malformed_rates_are_refused(rate):
    with pytest.raises(ValueError):
        rate_limits.parse_rate(rate)
