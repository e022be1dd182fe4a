"""A buyer in Chromium puts an object and two workshop places in one cart and pays once.

The site runs in its own process (tests/conftest.py `site_server`) and pays through
localstripe; the tests' own paid workshop (tests/workshops/paid.py: the demo has none) is
built there, a month ahead so that its booking is open.
"""

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

from tests.test_browser_shop import DECLINED, VISA, api_objects, buy, stock_of
from tests.workshops.paid import PAID_SLUG, PAID_TITLE

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


def open_the_paid_workshop(server) -> tuple[int, str]:
    """The tests' paid workshop on the server, bookable (built by the first test that asks,
    a month ahead): its French page's id and address."""
    server.manage(
        "shell",
        "-c",
        "import datetime; from django.utils import timezone; "
        "from tests.workshops.paid import paid_workshop_create; "
        "paid_workshop_create(starts_at=timezone.now() + datetime.timedelta(days=30))",
    )
    [(pk, url_path)] = server.query(
        "select p.id, p.url_path from wagtailcore_page p join wagtailcore_locale l "
        "on l.id = p.locale_id where p.slug = ? and l.language_code = 'fr'",
        PAID_SLUG,
    )
    return pk, "/fr/" + url_path.strip("/").split("/", 1)[1] + "/"


def places_held(server, workshop_id) -> int:
    return server.query(
        "select coalesce(sum(places), 0) from workshops_booking where workshop_id = ? and "
        "status in ('confirmed', 'pending_payment')",
        workshop_id,
    )[0][0]


def an_object(server) -> dict:
    return next(i for i in api_objects(server, "limit=100&available=true") if i["stock"] >= 2)


def put_places_in_the_cart(tab, server, workshop_url):
    tab.goto(server.url + workshop_url)
    tab.fill('#reserver input[name="places"]', "2")
    tab.locator("#reserver").get_by_role("button", name="Ajouter au panier").click()
    # The booking form's action ends in #reserver, which the browser keeps on redirects.
    tab.wait_for_url(re.compile(r"/boutique/panier/(#.*)?$"))


def order_of(server, token):
    [(pk, status, released)] = server.query(
        "select id, status, stock_released from shop_order where token = ?", token
    )
    bookings = server.query(
        "select b.status, b.places from workshops_booking b join shop_orderline l "
        "on l.booking_id = b.id where l.order_id = ?",
        pk,
    )
    return status, released, bookings


def wait_for(predicate, tab, timeout_ms=15_000):
    for _ in range(timeout_ms // 250):
        if predicate():
            return True
        tab.wait_for_timeout(250)
    return False


# The declined card comes first: the buyer (tests/test_browser_shop.py `buy`) is the same in
# both runs, and an address holds one active booking per workshop.
def test_giving_up_after_a_declined_card_gives_back_the_object_and_both_places(
    chromium, site_server
):
    workshop_id, workshop_url = open_the_paid_workshop(site_server)
    item = an_object(site_server)
    stock, held = stock_of(site_server, item["id"]), places_held(site_server, workshop_id)
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    try:
        put_places_in_the_cart(tab, site_server, workshop_url)
        token = buy(tab, site_server, item, DECLINED)
        alert = tab.locator('[role="alert"]').filter(has_text="refusée")
        alert.first.wait_for(timeout=15_000)
        # Declined, still reserved: another card could pay on this page.
        assert (
            "places d’atelier vous sont réservés" in tab.locator(".reservation-note").inner_text()
        )
        assert order_of(site_server, token)[0] == "pending"
        assert places_held(site_server, workshop_id) == held + 2
        tab.get_by_role("button", name="Annuler la commande").click()
        tab.wait_for_url("**/boutique/panier/")
        assert "Ils sont toujours dans votre panier" in tab.locator("main").inner_text()
        status, released, bookings = order_of(site_server, token)
        assert (status, released, bookings) == ("cancelled", 1, [("cancelled", 2)])
        assert stock_of(site_server, item["id"]) == stock
        assert places_held(site_server, workshop_id) == held
    finally:
        context.close()


def test_an_object_and_two_workshop_places_are_paid_in_one_payment(chromium, site_server):
    workshop_id, workshop_url = open_the_paid_workshop(site_server)
    item = an_object(site_server)
    stock, held = stock_of(site_server, item["id"]), places_held(site_server, workshop_id)
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    try:
        put_places_in_the_cart(tab, site_server, workshop_url)
        token = buy(tab, site_server, item, VISA)
        tab.wait_for_url(f"**/commande/{token}/", timeout=20_000)
        status, _released, bookings = order_of(site_server, token)
        assert status == "paid" and bookings == [("confirmed", 2)]
        assert places_held(site_server, workshop_id) == held + 2
        assert stock_of(site_server, item["id"]) == stock - 1
        page = tab.locator("main").inner_text()
        assert item["title"] in page and PAID_TITLE in page
        assert wait_for(lambda: any(token in m for m in site_server.emails()), tab)
    finally:
        context.close()


def test_the_cart_shows_the_object_and_the_places_at_both_widths(chromium, site_server):
    _workshop_id, workshop_url = open_the_paid_workshop(site_server)
    item = an_object(site_server)
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    try:
        put_places_in_the_cart(tab, site_server, workshop_url)
        tab.goto(site_server.url + urlparse(item["meta"]["html_url"]).path)
        tab.get_by_role("button", name="Ajouter au panier").click()
        tab.wait_for_url("**/boutique/panier/")
        cart = tab.locator("main").inner_text()
        assert item["title"] in cart and PAID_TITLE in cart and "50,00" in cart
        tab.screenshot(path=str(ARTIFACTS / "cart-with-seats-1280.png"), full_page=True)
        tab.set_viewport_size({"width": 390, "height": 844})
        tab.screenshot(path=str(ARTIFACTS / "cart-with-seats-390.png"), full_page=True)
    finally:
        context.close()
