"""Order pages are never cached by a shared cache; ids out of any integer range are 404s."""

import pytest

from shop.cart import SESSION_KEY

from .helpers import create_order, product

pytestmark = pytest.mark.django_db

HUGE = "999999999999999999999999"


def assert_private_no_store(response):
    directives = {d.strip() for d in response["Cache-Control"].split(",")}
    assert {"private", "no-store"} <= directives, response["Cache-Control"]


def test_the_order_status_page_is_private_and_never_stored(client):
    order = create_order((product(stock=2), 1))
    response = client.get(order.get_absolute_url())
    assert response.status_code == 200
    assert_private_no_store(response)


def test_the_payment_page_is_private_and_never_stored(client, stripe_settings):
    order = create_order((product(stock=2), 1))
    response = client.get(f"/fr/boutique/commande/{order.token}/paiement/")
    assert response.status_code == 200
    assert_private_no_store(response)


def test_the_checkout_page_is_private_and_never_stored(client):
    tray = product(stock=2)
    client.post(f"/fr/boutique/panier/ajouter/{tray.pk}/", {"quantity": 1})
    assert_private_no_store(client.get("/fr/boutique/commande/"))


@pytest.mark.parametrize("action", ["ajouter", "modifier", "retirer"])
@pytest.mark.parametrize("bad_id", [HUGE, "-1", "abc"])
def test_an_impossible_object_id_is_not_found_and_changes_nothing(client, action, bad_id):
    tray = product(stock=2)
    client.post(f"/fr/boutique/panier/ajouter/{tray.pk}/", {"quantity": 1})
    response = client.post(f"/fr/boutique/panier/{action}/{bad_id}/", {"quantity": 1})
    assert response.status_code in (302, 400, 404)
    if action == "ajouter":
        assert response.status_code == 404
    assert client.session[SESSION_KEY] == {str(tray.pk): 1}
