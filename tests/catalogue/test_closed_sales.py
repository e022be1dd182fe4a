"""An edition's objects after its online sales close: shown («Présenté en 2000»), never
offered to the cart, on their page, on cards and in any language; an object also shown in
an edition that still sells stays on sale; its page lists its editions."""

import datetime

import pytest

from django.core.cache import cache
from django.test import Client

from catalogue.models import CraftObjectPage
from catalogue.models.shows import ObjectShow
from tests.clock import on
from tests.exhibition.admin_helpers import edit_form, edit_url, editor
from tests.exhibition.translation_helpers import translate
from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitorPageFactory,
)

pytestmark = pytest.mark.django_db

LAST_DAY = datetime.date(2030, 6, 30)
ADD_TO_CART = 'class="add-to-cart"'


def next_day():
    return on(LAST_DAY + datetime.timedelta(days=1), hour=0)


@pytest.fixture
def edition():
    """An edition of 2000 whose online sale ends on LAST_DAY."""
    return EditionPageFactory(online_sale=LAST_DAY)


@pytest.fixture
def bowl(edition):
    exhibitor = ExhibitorPageFactory(parent=edition)
    return CraftObjectPageFactory(parent=exhibitor, title="Bol laqué rouge", stock=3)


def page_text(url, client=None):
    response = (client or Client()).get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def test_on_its_last_day_of_sales_an_object_can_be_put_in_the_cart(bowl):
    with on(LAST_DAY):
        html = page_text(bowl.url)

    assert ADD_TO_CART in html
    assert "Présenté en" not in html


def test_the_next_day_its_page_says_when_it_was_shown_and_offers_no_cart(bowl):
    with next_day():
        html = page_text(bowl.url)
        assert not CraftObjectPage.objects.get(pk=bowl.pk).is_available

    assert ADD_TO_CART not in html
    assert "Ajouter au panier" not in html
    assert "Présenté en 2000" in html


def test_the_english_page_of_a_closed_edition_offers_no_cart_either(bowl):
    english = translate(bowl, "en")

    with on(LAST_DAY):
        assert ADD_TO_CART in page_text(english.url)
    with next_day():
        html = page_text(english.url)

    assert ADD_TO_CART not in html
    assert "2000" in html


def test_cards_of_a_closed_edition_show_the_year_instead_of_the_price(edition, bowl):
    catalogue = edition.catalogue_page()

    with on(LAST_DAY):
        open_html = page_text(catalogue.url)
    with next_day():
        closed_html = page_text(catalogue.url)

    assert "card__price" in open_html and "Présenté en 2000" not in open_html
    assert "card__price" not in closed_html and "Présenté en 2000" in closed_html
    assert "Bol laqué rouge" in closed_html  # the catalogue stays browsable


def test_the_english_cards_of_a_closed_edition_show_no_price(edition, bowl):
    translate(bowl, "en")
    english_catalogue = translate(edition.catalogue_page(), "en")

    with next_day():
        html = page_text(english_catalogue.url)

    assert "card__price" not in html
    assert "2000" in html


def test_the_available_filter_and_queryset_leave_closed_editions_out(edition, bowl):
    catalogue = edition.catalogue_page()

    with on(LAST_DAY):
        assert bowl in CraftObjectPage.objects.available()
        assert "Bol laqué rouge" in page_text(catalogue.url + "?disponible=on")
    with next_day():
        assert bowl not in CraftObjectPage.objects.available()
        assert "Bol laqué rouge" not in page_text(catalogue.url + "?disponible=on")


def test_an_object_also_shown_in_an_edition_that_still_sells_stays_on_sale(bowl):
    later = EditionPageFactory(online_sale=datetime.date(2031, 12, 31), year=2001)
    bowl.shows.add(ObjectShow(edition=later, note="à Lyon seulement"))
    bowl.save_revision().publish()

    with next_day():
        page = CraftObjectPage.objects.get(pk=bowl.pk)
        html = page_text(bowl.url)
        assert page.is_available
        assert page in CraftObjectPage.objects.available()

    assert ADD_TO_CART in html


def test_an_object_page_lists_its_editions_with_links(bowl):
    later = EditionPageFactory(online_sale=None, year=2001, number=99)
    bowl.shows.add(ObjectShow(edition=later, note="à Lyon seulement"))
    bowl.save_revision().publish()
    own = bowl.edition

    html = page_text(bowl.url)

    assert f'href="{own.url}">{own.number}e édition</a>, 2000' in html
    assert f'href="{later.url}">99e édition</a>, 2001' in html
    assert "(à Lyon seulement)" in html
    assert html.index(f"{own.number}e édition") < html.index("99e édition")


def test_the_page_cache_serves_no_cart_the_day_after_the_sales_end(settings, bowl):
    settings.PAGE_CACHE = True
    cache.clear()
    visitor = Client()

    with on(LAST_DAY, hour=23):
        assert ADD_TO_CART in page_text(bowl.url, visitor)
        again = visitor.get(bowl.url)
        assert again["X-Page-Cache"] == "HIT"
    with next_day():
        response = visitor.get(bowl.url)

    assert response["X-Page-Cache"] == "MISS"
    assert ADD_TO_CART not in response.content.decode()


# The admin's «Présenté aussi à» --------------------------------------------------------


def post_shows(client, page, editions):
    data = edit_form(client, page)
    data.update(
        {
            "shows-TOTAL_FORMS": str(len(editions)),
            "shows-INITIAL_FORMS": "0",
            "action-publish": "action-publish",
        }
    )
    for index, edition in enumerate(editions):
        data.update(
            {
                f"shows-{index}-edition": str(edition.pk),
                f"shows-{index}-note": "",
                f"shows-{index}-ORDER": str(index + 1),
                f"shows-{index}-DELETE": "",
                f"shows-{index}-id": "",
            }
        )
    return client.post(edit_url(page), data)


@pytest.fixture
def editors():
    client = Client()
    client.force_login(editor())
    return client


def test_an_editor_adds_another_edition_to_an_object(editors, bowl):
    later = EditionPageFactory()

    response = post_shows(editors, bowl, [later])

    assert response.status_code == 302
    assert [show.edition_id for show in ObjectShow.objects.filter(page=bowl)] == [later.pk]


@pytest.mark.parametrize(
    ("which", "message"),
    [
        ("own", "C’est l’édition de l’objet : il y est déjà présenté."),
        ("twice", "Cette édition est déjà dans la liste."),
    ],
)
def test_its_own_edition_or_one_twice_is_refused_on_the_row(editors, bowl, which, message):
    later = EditionPageFactory()
    editions = [bowl.edition] if which == "own" else [later, later]

    response = post_shows(editors, bowl, editions)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ObjectShow.objects.filter(page=bowl).exists()
