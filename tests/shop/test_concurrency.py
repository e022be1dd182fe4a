"""Twenty buyers check out the last piece at the same moment: exactly one gets it.

Runs on PostgreSQL (make test replays the suite there when 127.0.0.1:5432 answers);
SQLite serialises writers, so it cannot show a race.
"""

import threading

import pytest

from django.db import connection, connections
from django.test import Client

from catalogue.models import CraftObjectPage
from shop.models import Order
from tests.factories import CraftObjectPageFactory, site_on_empty_database

pytestmark = [pytest.mark.transactional, pytest.mark.django_db(transaction=True)]

BUYERS = 20
CHECKOUT = {
    "email": "acheteur@example.org",
    "first_name": "Jeanne",
    "last_name": "Martin",
    "delivery": "pickup",
    "country": "FR",
    "accept_terms": "on",
}


def a_piece_on_the_site() -> CraftObjectPage:
    """An object of its own: another transactional test may have emptied the database."""
    site_on_empty_database()
    return CraftObjectPageFactory(stock=1)


def test_twenty_simultaneous_checkouts_for_the_last_piece(stripe_settings):
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: make test runs it where 127.0.0.1:5432 answers")
    piece = a_piece_on_the_site()

    clients = [Client() for _ in range(BUYERS)]
    for client in clients:
        assert (
            client.post(f"/fr/boutique/panier/ajouter/{piece.pk}/", {"quantity": 1}).status_code
            == 302
        )
    barrier = threading.Barrier(BUYERS)
    outcomes = [None] * BUYERS

    def checkout(index):
        try:
            barrier.wait()
            response = clients[index].post("/fr/boutique/commande/", CHECKOUT)
            outcomes[index] = response.headers.get("Location", str(response.status_code))
        finally:
            connections.close_all()

    threads = [threading.Thread(target=checkout, args=(i,)) for i in range(BUYERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    winners = [url for url in outcomes if url and url.endswith("/paiement/")]
    losers = [url for url in outcomes if url == "/fr/boutique/panier/"]
    assert len(winners) == 1, outcomes
    assert len(losers) == BUYERS - 1, outcomes
    piece.refresh_from_db()
    assert piece.stock == 0
    assert Order.objects.filter(status=Order.Status.PENDING).count() == 1
    # Each loser is told why, in French, on the cart page.
    page = clients[outcomes.index(losers[0])].get("/fr/boutique/panier/")
    assert "Plus assez de stock" in page.content.decode()


def test_twelve_simultaneous_checkouts_of_workshop_places_never_overbook(stripe_settings):
    """Places in a cart are held like stock: under the workshop's lock, never beyond it."""
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL: make test runs it where 127.0.0.1:5432 answers")
    from wagtail.models import Site

    from shop.cart import SeatLine
    from shop.exceptions import PlacesUnavailable
    from shop.models import ShopSettings
    from shop.services import orders
    from tests.workshops.test_concurrency import CAPACITY, a_workshop
    from workshops.models import Booking
    from workshops.selectors import places_held

    site_on_empty_database()
    workshop = a_workshop("25")  # 5 places, 2 per booking: two orders of 2 fit, not a third
    settings_ = ShopSettings.for_site(Site.objects.get(is_default_site=True))
    buyers = 12
    barrier = threading.Barrier(buyers)
    outcomes = [None] * buyers

    def checkout(index):
        try:
            barrier.wait()
            order = orders.order_create(
                lines=[],
                seats=[SeatLine(workshop, 2, shown=None, places_left=CAPACITY)],
                customer=orders.Customer(f"b{index}@example.org", f"Acheteur{index}", "Martin"),
                delivery=Order.Delivery.PICKUP,
                shop_settings=settings_,
            )
            outcomes[index] = order.status
        except PlacesUnavailable:
            outcomes[index] = "refused"
        finally:
            connections.close_all()

    threads = [threading.Thread(target=checkout, args=(i,)) for i in range(buyers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert outcomes.count(Order.Status.PENDING) == 2, outcomes
    assert outcomes.count("refused") == buyers - 2, outcomes
    assert places_held(workshop) == 4 <= CAPACITY
    assert Booking.objects.filter(status=Booking.Status.PENDING_PAYMENT).count() == 2
    assert Order.objects.filter(lines__booking__isnull=False).distinct().count() == 2
