"""A buyer in Chromium: catalogue → object → cart → checkout → card → order page.

The site runs in its own process and pays through localstripe, whose signed webhook
reaches it; localstripe's fake Stripe.js is extended by static/js/localstripe-shim.js.
"""

import json
import time
import urllib.request
from urllib.parse import urlparse

import pytest

pytestmark = pytest.mark.browser

VISA = "4242424242424242"
DECLINED = "4000000000000341"


def api_objects(server, query):
    with urllib.request.urlopen(f"{server.url}/api/v2/objects/?{query}") as response:
        return json.load(response)["items"]


def stock_of(server, object_id):
    return server.query(
        "select stock from catalogue_craftobjectpage where page_ptr_id = ?", object_id
    )[0][0]


def buy(tab, server, item, card):
    tab.goto(server.url + urlparse(item["meta"]["html_url"]).path)
    tab.get_by_role("button", name="Ajouter au panier").click()
    tab.wait_for_url("**/boutique/panier/")
    tab.get_by_role("link", name="Passer commande").click()
    tab.wait_for_url("**/boutique/commande/")
    tab.fill('input[name="email"]', "claire@example.org")
    tab.fill('input[name="first_name"]', "Claire")
    tab.fill('input[name="last_name"]', "Dupont")
    tab.check('input[name="delivery"][value="pickup"]')
    tab.check('input[name="accept_terms"]')
    tab.locator('form:has(input[name="email"]) button[type="submit"]').click()
    tab.wait_for_url("**/paiement/")
    token = tab.url.rstrip("/").split("/")[-2]
    card_inputs = tab.locator("#card-element input")
    for value, index in ((card, 0), ("12", 1), ("34", 2), ("123", 3), ("75001", 4)):
        card_inputs.nth(index).fill(value)
    tab.locator('form:has(#card-element) button[type="submit"]').click()
    return token


def wait_for(predicate, timeout=10.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def order_row(server, token):
    rows = server.query(
        "select status, payment_intent_id, stock_released, total from shop_order where token = ?",
        token,
    )
    return rows[0] if rows else None


def test_buying_with_a_valid_card(chromium, site_server):
    item = next(i for i in api_objects(site_server, "limit=100&available=true") if i["stock"] >= 2)
    stock = item["stock"]
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    try:
        token = buy(tab, site_server, item, VISA)
        tab.wait_for_url(f"**/commande/{token}/", timeout=20_000)
        assert "confirmée" in tab.locator("main").inner_text()
        status, intent_id, _released, _total = order_row(site_server, token)
        assert status == "paid"
        # The signed webhook arrives too, about a second later, and changes nothing more.
        assert wait_for(
            lambda: (
                site_server.query(
                    "select count(*) from shop_stripeevent where type = 'payment_intent.succeeded'"
                )[0][0]
                >= 1
            )
        )
        assert stock_of(site_server, item["id"]) == stock - 1
        mails = [m for m in site_server.emails() if token in m or "claire@example.org" in m]
        assert any(item["title"] in m for m in mails)
        tab.screenshot(path="test-artifacts/shop-confirmation.png", full_page=True)
    finally:
        context.close()


def failure_notices(server) -> int:
    return server.query(
        "select count(*) from shop_stripeevent where type = 'payment_intent.payment_failed'"
    )[0][0]


def test_a_declined_card_is_retried_on_the_same_page_and_pays(chromium, site_server):
    item = next(i for i in api_objects(site_server, "limit=100&available=true") if i["stock"] >= 2)
    stock = item["stock"]
    context = chromium.new_context(viewport={"width": 390, "height": 844})
    tab = context.new_page()
    try:
        notices = failure_notices(site_server)
        token = buy(tab, site_server, item, DECLINED)
        payment_url = tab.url
        alert = tab.locator("#payment-error[role='alert']")
        alert.filter(has_text="refusée").wait_for(timeout=15_000)
        button = tab.locator("#payment-submit")
        assert button.is_enabled() and button.inner_text().startswith("Payer")
        # What was typed stays, and the focus is back in the card form to correct it.
        card_inputs = tab.locator("#card-element input")
        assert [card_inputs.nth(i).input_value() for i in range(5)] == [
            DECLINED,
            "12",
            "34",
            "123",
            "75001",
        ]
        assert tab.evaluate("document.activeElement.closest('#card-element') !== null")
        # The order keeps its reservation: the note at the top still holds.
        assert "réservés jusqu’à" in tab.locator(".reservation-note").inner_text()
        # The failure notice (signed webhook) arrives and cancels nothing.
        assert wait_for(lambda: failure_notices(site_server) > notices)
        status, _intent, released, _total = order_row(site_server, token)
        assert (status, released) == ("pending", 0)
        assert stock_of(site_server, item["id"]) == stock - 1
        tab.screenshot(path="test-artifacts/shop-declined-retry.png", full_page=True)
        tab.screenshot(path="/tmp/shots/declined_retry.png", full_page=True)

        card_inputs.nth(0).fill(VISA)
        tab.locator("#payment-submit").click()
        tab.wait_for_url(f"**/commande/{token}/", timeout=20_000)
        assert tab.url != payment_url and "/panier/" not in tab.url
        assert "confirmée" in tab.locator("main").inner_text()
        assert order_row(site_server, token)[0] == "paid"
        assert stock_of(site_server, item["id"]) == stock - 1
    finally:
        context.close()


# Records the `locale` the page gives Stripe.js, through whatever wraps window.Stripe.
RECORD_STRIPE_LOCALE = """
(() => {
  let stripe;
  Object.defineProperty(window, "Stripe", {
    configurable: true,
    get() {
      const target = stripe;  // the Stripe of the time it is read: the shim wraps it again
      return target && function (key, options) {
        window.stripeLocale = options && options.locale;
        return target.apply(this, arguments);
      };
    },
    set(value) { stripe = value; },
  });
})();
"""


def test_buying_on_the_japanese_pages_is_japanese_from_cart_to_email(chromium, site_server):
    item = next(
        i for i in api_objects(site_server, "locale=ja&limit=100&available=true") if i["stock"] >= 2
    )
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="ja-JP")
    context.add_init_script(RECORD_STRIPE_LOCALE)
    tab = context.new_page()
    try:
        tab.goto(site_server.url + urlparse(item["meta"]["html_url"]).path)
        assert tab.locator("html").get_attribute("lang") == "ja"
        tab.locator('form[action*="/boutique/panier/ajouter/"] button[type="submit"]').click()
        tab.wait_for_url("**/ja/boutique/panier/")
        cart = tab.locator("main").inner_text()
        assert item["title"] in cart
        tab.screenshot(path="test-artifacts/shop-ja-cart.png", full_page=True)
        tab.goto(site_server.url + "/ja/boutique/commande/")
        tab.fill('input[name="email"]', "hanako@example.jp")
        tab.fill('input[name="first_name"]', "花子")
        tab.fill('input[name="last_name"]', "山田")
        tab.check('input[name="delivery"][value="pickup"]')
        assert "営業時間" in tab.locator("#pickup-details").inner_text()
        tab.check('input[name="accept_terms"]')
        tab.locator('form:has(input[name="email"]) button[type="submit"]').click()
        tab.wait_for_url("**/ja/boutique/commande/*/paiement/")
        token = tab.url.rstrip("/").split("/")[-2]
        assert item["title"] in tab.locator("main").inner_text()
        tab.wait_for_function("window.stripeLocale !== undefined")
        assert tab.evaluate("window.stripeLocale") == "ja"
        tab.screenshot(path="test-artifacts/shop-ja-payment.png", full_page=True)
        card_inputs = tab.locator("#card-element input")
        for value, index in ((VISA, 0), ("12", 1), ("34", 2), ("123", 3), ("75001", 4)):
            card_inputs.nth(index).fill(value)
        tab.locator('form:has(#card-element) button[type="submit"]').click()
        tab.wait_for_url(f"**/ja/boutique/commande/{token}/", timeout=20_000)
        page = tab.locator("main").inner_text()
        assert item["title"] in page and "年" in page and "営業時間" in page
        assert "\u00a0h\u00a0" not in page
        tab.screenshot(path="test-artifacts/shop-ja-order.png", full_page=True)
        [(language, order_number)] = site_server.query(
            "select language, number from shop_order where token = ?", token
        )
        assert language == "ja"
        assert wait_for(lambda: any(token in m for m in site_server.emails()))
        [email] = [m for m in site_server.emails() if "To: hanako@example.jp" in m]
        [notification] = [
            m for m in site_server.emails() if "To: boutique@" in m and order_number in m
        ]
        assert f"/ja/boutique/commande/{token}/" in email
        assert 'lang="ja"' in email and 'lang="fr"' in notification
    finally:
        context.close()
