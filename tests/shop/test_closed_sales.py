"""The shop sells an object only while one of its editions sells online: a hand-made POST
adds nothing after the sales end, and a cart filled before is not checked out."""

import datetime

import pytest

from catalogue.models import CraftObjectPage
from shop.cart import SESSION_KEY
from shop.models import Order
from tests.clock import on
from tests.factories import CraftObjectPageFactory, EditionPageFactory, ExhibitorPageFactory

from .helpers import PICKUP_CHECKOUT, stock_of
from .test_views import add

pytestmark = pytest.mark.django_db

LAST_DAY = datetime.date(2030, 6, 30)


def messages_of(response) -> list[str]:
    return [str(message) for message in response.wsgi_request._messages]


@pytest.fixture
def bowl():
    """An object of an edition whose online sale ends on LAST_DAY, three in stock."""
    edition = EditionPageFactory(online_sale=LAST_DAY)
    exhibitor = ExhibitorPageFactory(parent=edition)
    return CraftObjectPageFactory(parent=exhibitor, title="Bol laqué rouge", stock=3)


def test_an_object_whose_edition_still_sells_goes_in_the_cart(client, bowl):
    with on(LAST_DAY, hour=23):
        response = add(client, bowl)

    assert response.status_code == 302
    assert client.session[SESSION_KEY] == {str(bowl.pk): 1}


def test_a_hand_made_post_after_the_sales_end_adds_nothing(client, bowl):
    with on(LAST_DAY + datetime.timedelta(days=1), hour=0):
        response = add(client, bowl)

    assert response.status_code == 302 and response["Location"] == bowl.url
    assert "« Bol laqué rouge » n’est plus disponible." in messages_of(response)
    assert not client.session.get(SESSION_KEY)


def test_a_cart_filled_before_the_sales_end_is_not_checked_out_after(client, bowl):
    with on(LAST_DAY):
        add(client, bowl, 2)
    with on(LAST_DAY + datetime.timedelta(days=1)):
        response = client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)

    assert response.status_code == 302 and response["Location"] == "/fr/boutique/panier/"
    assert (
        "« Bol laqué rouge » n’est plus en vente : il a été retiré de votre panier."
        in messages_of(response)
    )
    assert not Order.objects.exists()
    assert stock_of(bowl) == 3
    assert client.session[SESSION_KEY] == {}


def test_the_cart_page_says_which_object_left_the_sale(client, bowl):
    with on(LAST_DAY):
        add(client, bowl)
    with on(LAST_DAY + datetime.timedelta(days=1)):
        response = client.get("/fr/boutique/panier/")

    assert "n’est plus en vente" in response.content.decode()
    assert response.context["lines"] == []


def test_the_demo_objects_of_2021_can_still_be_bought(client):
    """The demo keeps its online sale open past February 2021 (its notice says so)."""
    demo_object = (
        CraftObjectPage.objects.live()
        .filter(edition__year=2021, locale__language_code="fr", stock__gt=0, on_sale=True)
        .order_by("path")
        .first()
    )

    response = add(client, demo_object)

    assert demo_object.is_available
    assert response.status_code == 302 and response["Location"] == "/fr/boutique/panier/"
    assert client.session[SESSION_KEY] == {str(demo_object.pk): 1}
