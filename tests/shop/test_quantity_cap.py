"""No one holds a whole stock with one unpaid checkout: at most `max_quantity_per_object`
pieces of an object per order («Réglages de la boutique»), wherever a quantity comes in.

A request above the cap is brought down to it with a message, never refused with an
error page; an order made past the cart (a service call) is refused whole.
"""

import pytest
from bs4 import BeautifulSoup

from shop.cart import SESSION_KEY
from shop.exceptions import ShopError
from shop.models import Order

from .helpers import create_order, product, shop_settings, stock_of

pytestmark = pytest.mark.django_db


def capped(title, count=2):
    return f"Vous pouvez commander au plus {count} exemplaires de « {title} » par commande."


def add(client, page, quantity):
    return client.post(f"/fr/boutique/panier/ajouter/{page.pk}/", {"quantity": quantity})


def update(client, page, quantity):
    return client.post(f"/fr/boutique/panier/modifier/{page.pk}/", {"quantity": quantity})


def messages_of(response):
    return [str(m) for m in response.wsgi_request._messages]


def set_cap(count):
    settings = shop_settings()
    settings.max_quantity_per_object = count
    settings.save()


def test_the_cap_is_two_pieces_by_default():
    assert shop_settings().max_quantity_per_object == 2


@pytest.mark.parametrize(
    "steps",
    [[(add, 4)], [(add, 2), (add, 1)], [(add, 1), (update, 5)]],
    ids=["add", "add-again", "update"],
)
def test_a_quantity_above_the_cap_is_brought_down_to_it_with_a_message(client, steps):
    tray = product(stock=5)
    for action, quantity in steps:
        response = action(client, tray, quantity)
    assert response.status_code == 302 and response["Location"] == "/fr/boutique/panier/"
    assert client.session[SESSION_KEY] == {str(tray.pk): 2}
    assert capped(tray.title) in messages_of(response)


def test_the_cap_follows_the_shop_settings(client):
    set_cap(3)
    tray = product(stock=5)
    add(client, tray, 5)
    assert client.session[SESSION_KEY] == {str(tray.pk): 3}
    update(client, tray, 4)
    assert client.session[SESSION_KEY] == {str(tray.pk): 3}


def test_a_cart_filled_before_the_cap_was_lowered_is_brought_down_to_it(client):
    tray = product(stock=5)
    set_cap(3)
    add(client, tray, 3)
    set_cap(2)
    response = client.get("/fr/boutique/panier/")
    assert client.session[SESSION_KEY] == {str(tray.pk): 2}
    assert capped(tray.title) in messages_of(response)


def test_an_order_above_the_cap_is_refused_and_reserves_nothing():
    tray = product(stock=5)
    with pytest.raises(ShopError, match="au plus 2 exemplaires"):
        create_order((tray, 3))
    assert stock_of(tray) == 5
    assert not Order.objects.exists()
    assert create_order((tray, 2)).lines.get().quantity == 2


@pytest.mark.parametrize(("stock", "cap", "expected"), [(5, 2, "2"), (5, 4, "4"), (3, 4, "3")])
def test_the_object_pages_quantity_goes_up_to_the_stock_or_the_cap(client, stock, cap, expected):
    set_cap(cap)
    tray = product(stock=stock)
    soup = BeautifulSoup(client.get(tray.url).content, "html.parser")
    assert soup.find("input", id="add-to-cart-quantity")["max"] == expected


def test_a_cap_of_one_piece_asks_no_quantity_on_the_object_page(client):
    set_cap(1)
    tray = product(stock=5)
    soup = BeautifulSoup(client.get(tray.url).content, "html.parser")
    assert soup.find("input", id="add-to-cart-quantity") is None
    assert soup.find("input", attrs={"type": "hidden", "name": "quantity"})["value"] == "1"


def test_a_new_cap_shows_at_once_on_a_cached_object_page(client, settings):
    settings.PAGE_CACHE = True
    tray = product(stock=5)
    client.get(tray.url)
    assert client.get(tray.url)["X-Page-Cache"] == "HIT"
    set_cap(4)
    response = client.get(tray.url)
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find("input", id="add-to-cart-quantity")["max"] == "4"
