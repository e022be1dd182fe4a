"""The terms of sale at the checkout: the box to tick links to them in the buyer's language,
and the order keeps the version the buyer accepted, which the back office shows."""

import re

import pytest

from django.urls import reverse

from exhibition.models import LegalPage
from shop.models import Order
from tests.factories import make_user

from .helpers import PICKUP_CHECKOUT, product

pytestmark = pytest.mark.django_db


def cgv_in(language) -> LegalPage:
    return LegalPage.objects.get(kind="cgv", locale__language_code=language)


def checkout_page(client, language="fr") -> str:
    client.post(f"/fr/boutique/panier/ajouter/{product(stock=3).pk}/", {"quantity": 1})
    response = client.get(f"/{language}/boutique/commande/")
    assert response.status_code == 200
    return response.content.decode()


def terms_label(html: str) -> str:
    return re.search(r'<label for="id_accept_terms">.*?</label>', html, re.S).group(0)


@pytest.mark.parametrize("language", ["fr", "en", "ja"])
def test_the_terms_box_links_to_the_terms_of_sale_in_the_buyers_language(client, language):
    html = checkout_page(client, language)
    label = terms_label(html)
    assert f'<a href="{cgv_in(language).url}"' in label
    privacy = LegalPage.objects.get(kind="confidentialite", locale__language_code=language)
    assert f'href="{privacy.url}"' in html


def test_the_french_label_names_the_terms_of_sale_in_its_link(client):
    label = terms_label(checkout_page(client))
    assert re.search(r"<a [^>]+>conditions générales de vente<span", label)
    # The box keeps its own label: the link is inside it, the input outside.
    assert 'id="id_accept_terms"' not in label


def test_without_terms_of_sale_the_label_stays_plain_text(client):
    LegalPage.objects.filter(kind="cgv").update(live=False)
    label = terms_label(checkout_page(client))
    assert "<a" not in label
    assert "conditions générales de vente" in label


def test_an_order_keeps_the_version_of_the_terms_it_accepted(client, stripe_settings):
    checkout_page(client, "en")
    response = client.post("/en/boutique/commande/", PICKUP_CHECKOUT)
    assert response.status_code == 302, response.content.decode()[:2000]
    order = Order.objects.get()
    cgv = cgv_in("en")
    assert order.terms_version == cgv.version
    assert order.terms_page_id == cgv.pk

    # The organiser publishes new terms: the order keeps those its buyer accepted.
    french = cgv_in("fr")
    french.version = "2099-01-01"
    french.save_revision().publish()
    order.refresh_from_db()
    assert order.terms_version == cgv.version != "2099-01-01"


def test_the_back_office_shows_the_terms_an_order_accepted(client, stripe_settings):
    checkout_page(client)
    client.post("/fr/boutique/commande/", PICKUP_CHECKOUT)
    order = Order.objects.get()
    client.force_login(make_user("direction", superuser=True))
    html = client.get(reverse("orders:inspect", args=[order.pk])).content.decode()
    assert "CGV acceptées" in html
    assert f"version {order.terms_version}" in html
