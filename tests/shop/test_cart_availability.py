"""The cart says what changed since the buyer filled it, before the checkout form.

Two buyers, each with their own session: what one buys, the other's cart page shows at
once (the line marked, out of the total, «Passer commande» disabled), and the checkout
refuses it on the server too, whatever the button says.
"""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from django.test import Client

from shop.cart import SEATS_KEY, SESSION_KEY
from tests.workshops.helpers import book

from .helpers import PICKUP_CHECKOUT, create_order, fresh, product

pytestmark = pytest.mark.django_db

CART = "/fr/boutique/panier/"
CHECKOUT = "/fr/boutique/commande/"
BLOCKED = "Retirez les objets épuisés ou ajustez les quantités pour passer commande."


def add(client, page, quantity=1):
    return client.post(f"/fr/boutique/panier/ajouter/{page.pk}/", {"quantity": quantity})


def cart_page(client):
    response = client.get(CART)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def line_of(soup, title):
    """The cart's row whose link names `title`."""
    link = soup.find("a", class_="cart-line__title", string=title)
    assert link is not None, title
    return link.find_parent("tr")


def text(element):
    return " ".join(element.get_text(" ").split())


def checkout_button(soup):
    """«Passer commande»: a link when the cart can be ordered, else a disabled button
    described by the reason."""
    summary = soup.find(class_="cart-summary__actions")
    found = [e for e in summary.find_all(["a", "button"]) if "Passer commande" in e.get_text()]
    assert len(found) == 1
    return found[0]


def assert_blocked(soup):
    button = checkout_button(soup)
    assert button.name == "button" and button.has_attr("disabled")
    reason = soup.find(id=button["aria-describedby"])
    assert reason is not None and BLOCKED in text(reason)


def assert_open(soup):
    button = checkout_button(soup)
    assert button.name == "a" and button["href"] == CHECKOUT
    assert BLOCKED not in text(soup)


def messages_of(response):
    return [str(m) for m in response.wsgi_request._messages]


@pytest.fixture
def buyers():
    return Client(), Client()


def test_a_piece_another_buyer_bought_is_marked_sold_out_and_left_out_of_the_total(buyers):
    buyer_a, _buyer_b = buyers
    last = product(stock=1, price="80.00")
    bowl = product(stock=3, price="30.00")
    add(buyer_a, last)
    add(buyer_a, bowl)
    response, soup = cart_page(buyer_a)
    assert response.context["totals"].total == Decimal("110.00")
    assert_open(soup)

    create_order((fresh(last), 1))  # buyer B took the last piece

    response, soup = cart_page(buyer_a)
    line = line_of(soup, last.title)
    assert "cart-line--unavailable" in line["class"]
    assert "Épuisé" in text(line)
    assert line.find("svg", attrs={"aria-hidden": "true"}) is not None  # not colour alone
    assert line.find("del") is not None  # its amount struck out
    assert "Épuisé" not in text(line_of(soup, bowl.title))
    assert response.context["totals"].total == Decimal("30.00")
    assert response.context["totals"].vat_amount == Decimal("5.00")
    assert_blocked(soup)
    assert any(last.title in m for m in messages_of(response))  # said in the alert region


def test_the_checkout_refuses_a_cart_with_a_sold_out_line_whatever_the_button_says(buyers):
    buyer_a, _buyer_b = buyers
    last = product(stock=1)
    add(buyer_a, last)
    add(buyer_a, product(stock=3))
    create_order((fresh(last), 1))

    for response in (buyer_a.get(CHECKOUT), buyer_a.post(CHECKOUT, PICKUP_CHECKOUT)):
        assert response.status_code == 302 and response["Location"] == CART
        assert any("ne sont plus disponibles" in m for m in messages_of(response))
    assert fresh(last).stock == 0
    assert buyer_a.session[SESSION_KEY][str(last.pk)] == 1  # the buyer decides, not the shop


def test_removing_the_sold_out_line_opens_the_checkout_again(buyers):
    buyer_a, _buyer_b = buyers
    last = product(stock=1)
    bowl = product(stock=3, price="30.00")
    add(buyer_a, last)
    add(buyer_a, bowl)
    create_order((fresh(last), 1))
    _response, soup = cart_page(buyer_a)
    url = f"/fr/boutique/panier/retirer/{last.pk}/"
    remove = line_of(soup, last.title).find("form", action=url)
    assert remove is not None and "Retirer" in text(remove)

    buyer_a.post(remove["action"])

    response, soup = cart_page(buyer_a)
    assert response.context["totals"].total == Decimal("30.00")
    assert_open(soup)
    assert buyer_a.get(CHECKOUT).status_code == 200


def test_a_line_asking_more_than_is_left_offers_to_bring_it_down(buyers):
    buyer_a, _buyer_b = buyers
    tray = product(stock=3, price="60.00")
    add(buyer_a, tray, 2)
    create_order((fresh(tray), 2))  # stock 3 → 1

    response, soup = cart_page(buyer_a)
    line = line_of(soup, tray.title)
    assert "cart-line--unavailable" in line["class"]
    assert "Plus qu’un exemplaire disponible" in text(line)
    assert line.find("input", attrs={"name": "quantity", "type": "number"})["max"] == "1"
    assert response.context["totals"].total == Decimal("0.00")
    assert_blocked(soup)
    refused = buyer_a.post(CHECKOUT, PICKUP_CHECKOUT)
    assert refused.status_code == 302 and refused["Location"] == CART

    lower = next(f for f in line.find_all("form") if "Ramener à 1" in text(f))
    assert lower["action"] == f"/fr/boutique/panier/modifier/{tray.pk}/"
    buyer_a.post(lower["action"], {i["name"]: i["value"] for i in lower.find_all("input")})

    response, soup = cart_page(buyer_a)
    assert buyer_a.session[SESSION_KEY] == {str(tray.pk): 1}
    assert "cart-line--unavailable" not in line_of(soup, tray.title)["class"]
    assert response.context["totals"].total == Decimal("60.00")
    assert_open(soup)


def test_the_buyers_own_unpaid_order_does_not_mark_its_pieces_sold_out(client, stripe_settings):
    """Back from the payment page, the pieces are held by the buyer's own order: the
    checkout gives them back before reserving them again, so they are the buyer's."""
    last = product(stock=1)
    add(client, last)
    assert client.post(CHECKOUT, PICKUP_CHECKOUT).status_code == 302
    assert fresh(last).stock == 0

    _response, soup = cart_page(client)
    assert "Épuisé" not in text(line_of(soup, last.title))
    assert_open(soup)


def test_workshop_places_taken_meanwhile_are_marked_like_stock(client, paid_workshop):
    client.post(f"/fr/ateliers/{paid_workshop.pk}/reserver/", {"places": 2})
    assert client.session[SEATS_KEY] == {str(paid_workshop.pk): 2}
    book(paid_workshop, "bruno", places=2)
    book(paid_workshop, "chloe", places=1)  # 4 places, 1 left

    response, soup = cart_page(client)
    line = line_of(soup, paid_workshop.title)
    assert "Plus qu’une place disponible" in text(line)
    assert response.context["totals"].total == Decimal("0.00")
    assert_blocked(soup)
    assert client.get(CHECKOUT)["Location"] == CART

    book(paid_workshop, "denis", places=1)  # full
    _response, soup = cart_page(client)
    assert "Complet" in text(line_of(soup, paid_workshop.title))
    assert_blocked(soup)


def test_the_cart_page_is_never_stored_by_a_cache(client):
    add(client, product(stock=3))
    cache_control = client.get(CART)["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control
