"""Price, stock, SKU and «en vente» exist once, on the French page: a translation shows
them read-only and takes them from its French page whatever is posted or imported."""

from decimal import Decimal

import pytest
from wagtail_localize.fields import get_translatable_fields

from django.test import Client

from wagtail.test.utils import WagtailTestUtils

from catalogue.models import CraftObjectPage
from shop.cart import SESSION_KEY
from tests.exhibition.admin_helpers import edit_form, edit_url, editor
from tests.exhibition.translation_helpers import copy, translate
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db

FRENCH_PRICE = Decimal("195.00")


@pytest.fixture
def teapot():
    """A French teapot at 195 € with its English copy, both published, and the English
    catalogue of its edition: plain copies, like the demo's, edited with the page form."""
    french = CraftObjectPageFactory(title="Théière en fonte", price=FRENCH_PRICE, stock=4)
    english = copy(french, "en")
    copy(french.edition.catalogue_page(), "en")
    return french, english


@pytest.fixture
def editors():
    client = Client()
    client.force_login(editor())
    return client


def post_english_form(editors, english, **changes):
    data = edit_form(editors, english)
    data.update(changes)
    data["action-publish"] = "action-publish"
    return editors.post(edit_url(english), data)


def test_999_euros_typed_on_the_english_page_changes_no_price_anywhere(editors, teapot):
    french, english = teapot

    response = post_english_form(
        editors, english, price="999.00", stock="50", sku="FAUX-001", on_sale=""
    )

    assert response.status_code == 302
    english.refresh_from_db()
    assert english.live
    assert (english.price, english.stock, english.sku, english.on_sale) == (
        FRENCH_PRICE,
        4,
        french.sku,
        True,
    )
    visitor = Client()
    page = visitor.get(english.url).content.decode()
    assert "999" not in page and "195" in page
    english_catalogue = french.edition.catalogue_page().get_translation(english.locale)
    catalogue = visitor.get(english_catalogue.url)
    cards = catalogue.content.decode()
    assert english.title in cards and "999" not in cards and "195" in cards
    api = visitor.get(f"/api/v2/objects/{english.pk}/?locale=en").json()
    assert Decimal(api["price"]) == FRENCH_PRICE and api["stock"] == 4
    assert api["sku"] == french.sku and api["on_sale"] is True
    visitor.post(f"/en/boutique/panier/ajouter/{english.pk}/", {"quantity": 1})
    cart = visitor.get("/en/boutique/panier/")
    assert cart.context["totals"].total == FRENCH_PRICE
    assert visitor.session[SESSION_KEY] == {str(french.pk): 1}


def test_the_sale_fields_of_a_translation_are_read_only_and_say_where_they_change(editors, teapot):
    french, english = teapot
    html = WagtailTestUtils.get_soup(editors.get(edit_url(english)).content.decode())

    for name in ["price", "stock", "sku", "on_sale"]:
        field = html.select_one(f"#tab-vente [name='{name}']")
        assert field.has_attr("disabled"), name
    assert "Se modifie sur la page française." in html.select_one("#tab-vente").get_text()
    french_form = WagtailTestUtils.get_soup(editors.get(edit_url(french)).content.decode())
    assert not french_form.select_one("#tab-vente [name='price']").has_attr("disabled")


def test_any_save_of_a_translation_takes_the_french_values(teapot):
    french, english = teapot
    english.price, english.stock, english.sku = Decimal("1.00"), 99, "AUTRE"

    english.save_revision().publish()  # an import, an API client, a revision: any save

    stored = CraftObjectPage.objects.get(pk=english.pk)
    assert (stored.price, stored.stock, stored.sku) == (FRENCH_PRICE, 4, french.sku)


def test_price_and_stock_changed_on_the_french_page_show_on_the_translations(editors, teapot):
    french, english = teapot
    data = edit_form(editors, french)
    data.update(price="210.00", stock="1", **{"action-publish": "action-publish"})

    assert editors.post(edit_url(french), data).status_code == 302

    english.refresh_from_db()
    assert (english.price, english.stock) == (Decimal("210.00"), 1)
    assert "210" in Client().get(english.url).content.decode()


def test_a_linked_translation_gets_the_french_sale_fields_from_wagtail_localize():
    french = CraftObjectPageFactory(price=Decimal("42.00"), stock=2)

    english = translate(french, "en")

    assert (english.price, english.stock, english.sku) == (Decimal("42.00"), 2, french.sku)


def test_wagtail_localize_copies_the_sale_fields_and_never_offers_them_to_translate():
    fields = {field.field_name: field for field in get_translatable_fields(CraftObjectPage)}
    for name in ["price", "stock", "sku", "on_sale"]:
        assert not fields[name].is_translated(None), name
        assert fields[name].is_synchronized(None) and not fields[name].is_overridable(None)


def test_an_english_page_without_a_french_original_keeps_its_own_price():
    french = CraftObjectPageFactory(price=Decimal("80.00"))
    english = translate(french, "en")
    CraftObjectPage.objects.filter(pk=french.pk).delete()
    english = CraftObjectPage.objects.get(pk=english.pk)
    english.price = Decimal("90.00")

    english.save()

    assert CraftObjectPage.objects.get(pk=english.pk).price == Decimal("90.00")
