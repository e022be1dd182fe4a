"""The visitor's forms: the cart's quantities, the checkout and the workshop booking.

Bad input gets the form back with its errors (400) or a message and a redirect; it
writes nothing: no order, no booking, no session cart changed. Input that the form
accepts may write (that is the form's job), and must still not be a server error.
"""

from urllib.parse import urlencode

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from django.http import QueryDict
from django.test import Client
from django.urls import reverse

from wagtail.models import Site

from catalogue.models import CraftObjectPage
from shop.cart import MAX_QUANTITY, SESSION_KEY
from shop.forms import CheckoutForm, QuantityForm
from shop.models import ShopSettings
from tests.workshops.conftest import FREE_SLUG, demo_workshop, open_dates
from tests.workshops.paid import paid_workshop_create
from workshops.forms import BookingForm, PlacesForm
from workshops.selectors import places_left

from .conftest import probe
from .strategies import fuzz, hostile_number, hostile_text, hostile_values

pytestmark = pytest.mark.django_db


def products():
    """Objects on sale, in French and in a translation, and one that does not exist."""
    on_sale = CraftObjectPage.objects.live().filter(on_sale=True, stock__gt=0).order_by("pk")
    return [
        on_sale.filter(locale__language_code="fr").first().pk,
        on_sale.filter(locale__language_code="ja").first().pk,
        999_999,
    ]


def form_value(values):
    """One value, or several for the same name (`quantity=1&quantity=2`)."""
    return values[0] if len(values) == 1 else values


def visitor_with_cart(items=None):
    client = Client()
    if items is not None:
        session = client.session
        session[SESSION_KEY] = items
        session.save()
    return client


def cart_of(client):
    return dict(client.session.get(SESSION_KEY) or {})


def cap():
    """The most pieces of an object per order: more is brought down to it, not refused."""
    return ShopSettings.for_site(Site.objects.get(is_default_site=True)).max_quantity_per_object


quantities = st.one_of(hostile_number, st.integers(-5, 25).map(str)).map(lambda q: [q]) | (
    hostile_values
)


@fuzz(120)
@given(data=st.data(), quantity=quantities, method=st.sampled_from(["POST", "POST", "GET"]))
def test_cart_add_refuses_bad_quantities_without_touching_the_cart(data, quantity, method):
    product_id = data.draw(st.sampled_from(products()), label="product")
    client = visitor_with_cart()
    form_data = {"quantity": form_value(quantity)}
    product = CraftObjectPage.objects.filter(pk=product_id).first()
    # What the view's form sees: the posted body parsed as Django parses it (the last of
    # repeated values wins); a plain dict would hand the form the whole list and refuse
    # `["junk", " 3 "]`, which the view accepts as 3.
    form = QuantityForm(QueryDict(urlencode(form_data, doseq=True)))
    acceptable = (
        method == "POST"
        and product is not None
        and form.is_valid()
        and 0 < form.cleaned_data["quantity"] <= MAX_QUANTITY
        and min(form.cleaned_data["quantity"], cap()) <= product.shop_item.stock
    )
    url = reverse("shop:cart_add", args=[product_id])
    response = probe("cart: add", client, method, url, data=form_data, writes_allowed=acceptable)
    assert response.status_code in (302, 404, 405), response.status_code
    cart = cart_of(client)
    if acceptable:
        assert cart == {str(product.shop_item.pk): min(form.cleaned_data["quantity"], cap())}
    else:
        assert cart == {}


@fuzz(100)
@given(
    quantity=quantities,
    action=st.sampled_from(["shop:cart_update", "shop:cart_remove"]),
    # "other" (a product not in the cart): test_update_never_adds_a_product_to_the_cart.
    target=st.sampled_from(["in cart", "missing"]),
)
def test_cart_update_and_remove_keep_the_cart_sane(quantity, action, target):
    product_id = products()[0]
    before = {str(product_id): 1}
    client = visitor_with_cart(dict(before))
    url_id = {"in cart": product_id, "other": products()[1], "missing": 999_999}[target]
    form_data = {"quantity": form_value(quantity)}
    # What the view's form sees: the posted body parsed as Django parses it (the last of
    # repeated values wins).
    form = QuantityForm(QueryDict(urlencode(form_data, doseq=True)))
    stock = CraftObjectPage.objects.get(pk=product_id).stock
    changes_cart = target == "in cart" and (
        action == "shop:cart_remove"
        or (form.is_valid() and min(form.cleaned_data["quantity"], cap()) <= stock)
    )
    response = probe(
        "cart: update/remove",
        client,
        "POST",
        reverse(action, args=[url_id]),
        data=form_data,
        writes_allowed=changes_cart,
    )
    assert response.status_code == 302
    cart = cart_of(client)
    if not changes_cart:
        assert cart == before
    for quantity_left in cart.values():
        assert 1 <= quantity_left <= min(stock, cap())


def test_update_never_adds_a_product_to_the_cart():
    """The update form is on the cart's lines only: a product id not in the cart (here a
    translation, which the add view would have turned into its French original) is no
    way to put it there."""
    in_cart, translation, _missing = products()
    client = visitor_with_cart({str(in_cart): 1})
    url = reverse("shop:cart_update", args=[translation])
    probe("cart: update/remove", client, "POST", url, data={"quantity": "1"}, writes_allowed=True)
    assert cart_of(client) == {str(in_cart): 1}


CHECKOUT_FIELDS = {
    "email": "claire@example.org",
    "first_name": "Claire",
    "last_name": "Dupont",
    "phone": "01 23 45 67 89",
    "delivery": "france",
    "address_line1": "12 rue des Potiers",
    "address_line2": "",
    "postal_code": "75011",
    "city": "Paris",
    "country": "FR",
    "accept_terms": "on",
}


def hostile_forms(fields):
    """A valid form with some fields replaced by hostile values, others dropped."""
    return st.fixed_dictionaries(
        {},
        optional={
            name: st.one_of(st.just([value]), hostile_values, hostile_number.map(lambda v: [v]))
            for name, value in fields.items()
        },
    ).map(lambda changed: {**{k: [v] for k, v in fields.items()}, **changed})


@fuzz(100)
@given(fields=hostile_forms(CHECKOUT_FIELDS), drop=st.sets(st.sampled_from(list(CHECKOUT_FIELDS))))
def test_checkout_returns_the_form_with_errors_and_writes_nothing(fields, drop):
    form_data = {k: form_value(v) for k, v in fields.items() if k not in drop}
    # What the form accepts is an order: the other tests say what happens then.
    assume(not CheckoutForm(form_data).is_valid())
    client = visitor_with_cart({str(products()[0]): 1})
    cart = cart_of(client)
    response = probe("checkout form", client, "POST", reverse("shop:checkout"), data=form_data)
    if not form_data:  # nothing posted: the view shows the empty form
        assert response.status_code == 200
        return
    assert response.status_code == 400, response.status_code
    assert response.context["form"].errors
    assert cart_of(client) == cart


@fuzz(30)
@given(query=st.dictionaries(st.sampled_from(["delivery", "country"]), hostile_values))
def test_checkout_page_ignores_its_query_string(query):
    client = visitor_with_cart({str(products()[0]): 1})
    response = probe("checkout page (GET)", client, "GET", reverse("shop:checkout"), data=query)
    assert response.status_code == 200


BOOKING_FIELDS = {
    "places": "1",
    "first_name": "Claire",
    "last_name": "Dupont",
    "email": "claire@example.org",
    "phone": "",
    "accept_waitlist": "on",
}


@pytest.fixture
def open_workshops():
    return [
        demo_workshop(FREE_SLUG, capacity=4, max_places_per_booking=4, **open_dates()),
        paid_workshop_create(starts_at=open_dates()["starts_at"]),
    ]


@fuzz(100)
@given(
    data=st.data(),
    fields=hostile_forms(BOOKING_FIELDS),
    drop=st.sets(st.sampled_from(list(BOOKING_FIELDS))),
)
def test_booking_form_refuses_bad_input_and_writes_nothing(open_workshops, data, fields, drop):
    workshop = data.draw(st.sampled_from(open_workshops), label="workshop")
    form_data = {k: form_value(v) for k, v in fields.items() if k not in drop}
    source = workshop.booking_source()
    full = places_left(source) <= 0
    if source.is_free or full:
        valid = BookingForm(form_data, workshop=source, waitlist_only=full).is_valid()
    else:
        # A paid workshop's places go into the cart: the form asks their number only.
        valid = PlacesForm(form_data, workshop=source).is_valid()
    client = Client()
    url = reverse("workshops:book", args=[workshop.pk])
    response = probe("booking form", client, "POST", url, data=form_data, writes_allowed=valid)
    if not valid:
        assert response.status_code == 400, response.status_code
        return
    assert response.status_code in (302, 400), response.status_code
    if response.status_code == 302 and "/reservation/" in response["Location"]:
        # A booking was made with what the visitor typed: its page shows it escaped.
        probe("booking page after booking", client, "GET", response["Location"])


@fuzz(30)
@given(page_id=st.one_of(st.integers(min_value=-10, max_value=2**63), hostile_text))
def test_booking_of_no_workshop_is_a_404(page_id):
    url = f"/fr/ateliers/{page_id}/reserver/"
    response = probe("booking form: unknown workshop", Client(), "POST", url, data=BOOKING_FIELDS)
    assert response.status_code == 404, response.status_code


def test_a_booking_with_scripts_in_the_name_shows_them_as_text(open_workshops):
    client = Client()
    name = "<script>alert(1)</script>"
    url = reverse("workshops:book", args=[open_workshops[0].pk])
    response = probe(
        "booking form",
        client,
        "POST",
        url,
        data={**BOOKING_FIELDS, "first_name": name},
        writes_allowed=True,
    )
    assert response.status_code == 302
    page = probe("booking page after booking", client, "GET", response["Location"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.content.decode()
