import pytest

from shop.cart import SESSION_KEY
from shop.forms import CheckoutForm
from shop.models import Order

from .helpers import create_order, product, stock_of

pytestmark = pytest.mark.django_db

VALID = {
    "email": "claire@example.org",
    "first_name": "Claire",
    "last_name": "Dupont",
    "delivery": "france",
    "address_line1": "12 rue des Potiers",
    "postal_code": "75011",
    "city": "Paris",
    "country": "FR",
    "accept_terms": "on",
}


def add(client, page, quantity=1):
    return client.post(f"/fr/boutique/panier/ajouter/{page.pk}/", {"quantity": quantity})


def test_add_to_cart_and_see_totals_with_vat(client):
    tray = product(stock=3, price="60.00")
    assert add(client, tray, 2).status_code == 302
    response = client.get("/fr/boutique/panier/")
    assert response.status_code == 200
    assert response.context["totals"].total == 120
    assert response.context["totals"].vat_amount == 20
    assert client.session[SESSION_KEY] == {str(tray.pk): 2}


@pytest.mark.parametrize("quantity", ["abc", "-1", "999", ""])
def test_bad_quantities_are_refused_and_change_nothing(client, quantity):
    tray = product(stock=3)
    add(client, tray, quantity)
    assert SESSION_KEY not in client.session or not client.session[SESSION_KEY]


def test_more_than_the_stock_is_refused_with_a_message(client):
    tray = product(stock=1)
    response = add(client, tray, 2)
    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("Il ne reste qu’un exemplaire" in m for m in messages)
    assert not client.session.get(SESSION_KEY)


def test_sold_out_objects_cannot_be_added(client):
    tray = product(stock=0)
    add(client, tray)
    assert not client.session.get(SESSION_KEY)


def test_unknown_object_is_a_404_and_get_is_not_allowed(client):
    assert client.post("/fr/boutique/panier/ajouter/999999/", {"quantity": 1}).status_code == 404
    assert client.get(f"/fr/boutique/panier/ajouter/{product().pk}/").status_code == 405


def test_update_and_remove(client):
    tray = product(stock=5)
    add(client, tray)
    client.post(f"/fr/boutique/panier/modifier/{tray.pk}/", {"quantity": 2})
    assert client.session[SESSION_KEY] == {str(tray.pk): 2}
    client.post(f"/fr/boutique/panier/modifier/{tray.pk}/", {"quantity": 0})
    assert client.session[SESSION_KEY] == {}
    add(client, tray)
    client.post(f"/fr/boutique/panier/retirer/{tray.pk}/")
    assert client.session[SESSION_KEY] == {}


def test_checkout_with_an_empty_cart_goes_back_to_the_cart(client):
    response = client.get("/fr/boutique/commande/")
    assert response.status_code == 302 and response["Location"] == "/fr/boutique/panier/"


@pytest.mark.parametrize(
    "changes, field",
    [
        ({"email": "pas-un-courriel"}, "email"),
        ({"first_name": ""}, "first_name"),
        ({"address_line1": ""}, "address_line1"),
        ({"postal_code": "7501"}, "postal_code"),
        ({"country": "DE"}, "country"),
        ({"delivery": "eu", "country": "FR"}, "country"),
        ({"delivery": "mars"}, "delivery"),
        ({"phone": "appelez-moi"}, "phone"),
        ({"accept_terms": ""}, "accept_terms"),
    ],
)
def test_checkout_form_errors_are_explained_and_nothing_is_reserved(client, changes, field):
    tray = product(stock=3)
    add(client, tray)
    response = client.post("/fr/boutique/commande/", {**VALID, **changes})
    assert response.status_code == 400
    assert field in response.context["form"].errors
    assert 'role="alert"' in response.content.decode()
    assert not Order.objects.exists()
    assert stock_of(tray) == 3


def test_pickup_needs_no_address():
    form = CheckoutForm({**VALID, "delivery": "pickup", "address_line1": "", "city": ""})
    assert form.is_valid(), form.errors


def test_eu_delivery_to_germany_is_fine():
    form = CheckoutForm({**VALID, "delivery": "eu", "country": "DE", "postal_code": "10115"})
    assert form.is_valid(), form.errors


def test_order_page_needs_its_exact_token(client):
    order = create_order((product(stock=3), 1))
    assert client.get(f"/fr/boutique/commande/{order.token}/").status_code == 200
    # The token is random: its last character changed for one it can never be already
    # (a fixed "x" was the token itself whenever it ended in "x", 1 run in 64).
    wrong = order.token[:-1] + ("y" if order.token.endswith("x") else "x")
    assert client.get(f"/fr/boutique/commande/{wrong}/").status_code == 404
    assert client.get(f"/fr/boutique/commande/{order.number}/").status_code == 404


def test_local_confirmation_endpoint_does_not_exist_against_real_stripe(client, settings):
    settings.STRIPE_LOCAL = False
    order = create_order((product(stock=3), 1))
    response = client.post(f"/fr/boutique/commande/{order.token}/localstripe/", {"number": "4242"})
    assert response.status_code == 404
