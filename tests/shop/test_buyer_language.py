"""The shop speaks the language of the pages the buyer is on: an order placed on /ja/ or /en/
shows its objects, materials, crafts, pick-up details, dates and times in that language, from
the cart to the confirmation email; the shop's own notification stays French."""

from decimal import Decimal

import pytest

from django.conf import settings
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from wagtail.models import Locale

from shop import gateway
from shop.models import Order, OrderLine
from tests.factories import CraftTraditionFactory, MaterialFactory

from .helpers import PICKUP_CHECKOUT, VISA, product, shop_settings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def french_after_the_test():
    """The test client's requests on /en/ and /ja/ leave their language active in this
    thread: the tests after these ones start in French again."""
    yield
    translation.activate(settings.LANGUAGE_CODE)


FRENCH_HOUR = "\u00a0h\u00a0"  # «14 h 03»: French only

TEAPOT = {
    "fr": ("Théière en fonte de Takaoka", "Métal", "Takaoka dōki"),
    "en": ("Takaoka cast-iron teapot", "Metalwork", "Takaoka copperware"),
    "ja": ("高岡鋳物の鉄瓶", "金工品", "高岡銅器"),
}


def translated(snippet, language, name):
    copy = snippet.copy_for_translation(Locale.objects.get(language_code=language))
    copy.name = name
    copy.save()
    return copy


@pytest.fixture
def teapot(db):
    """A French teapot, with its material and craft, translated into English and Japanese."""
    title, material_name, craft_name = TEAPOT["fr"]
    material = MaterialFactory(name=material_name, name_ja=TEAPOT["ja"][1])
    craft = CraftTraditionFactory(name=craft_name, name_ja=TEAPOT["ja"][2], material=material)
    piece = product(stock=3, price="195.00")
    piece.title, piece.material, piece.craft = title, material, craft
    piece.save_revision().publish()
    for language in ("en", "ja"):
        title, material_name, craft_name = TEAPOT[language]
        page = piece.copy_for_translation(
            Locale.objects.get(language_code=language), copy_parents=True
        )
        page.title = title
        page.material = translated(material, language, material_name)
        page.craft = translated(craft, language, craft_name)
        page.save_revision().publish()
    return piece


def translation_of(piece, language):
    return piece.get_translation(Locale.objects.get(language_code=language))


def buy(client, piece, language, django_capture_on_commit_callbacks):
    """Buy one piece from its page in `language` and pay; every page the buyer saw."""
    page = translation_of(piece, language) if language != "fr" else piece
    client.post(f"/{language}/boutique/panier/ajouter/{page.pk}/", {"quantity": 1})
    pages = {"cart": client.get(f"/{language}/boutique/panier/")}
    pages["checkout"] = client.get(f"/{language}/boutique/commande/")
    response = client.post(f"/{language}/boutique/commande/", PICKUP_CHECKOUT)
    assert response.status_code == 302, response.content[:500]
    order = Order.objects.get(token=response.url.split("/")[-3])
    pages["payment"] = client.get(response.url)
    gateway.confirm_payment_intent_for_tests(order.payment_intent_id, payment_method=VISA)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.get(f"/{language}/boutique/commande/{order.token}/retour/")
    assert response.url == f"/{language}/boutique/commande/{order.token}/"
    pages["order"] = client.get(response.url)
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    return order, {name: page.content.decode() for name, page in pages.items()}


def emails_of(order):
    [confirmation] = [m for m in mail.outbox if m.to == [order.email]]
    [notification] = [m for m in mail.outbox if m.to == [shop_settings().shop_email]]
    return confirmation, notification


def html_of(message):
    return message.alternatives[0][0]


def japanese_date(value):
    local = timezone.localtime(value)
    return f"{local.year}年{local.month}月{local.day}日"


def japanese_time(value):
    local = timezone.localtime(value)
    return f"{local.hour}:{local.minute:02d}"


def english_date(value):
    local = timezone.localtime(value)
    return f"{local:%B} {local.day}, {local.year}"


def english_time(value):
    local = timezone.localtime(value)
    return f"{local.hour % 12 or 12}:{local.minute:02d} {'a.m.' if local.hour < 12 else 'p.m.'}"


def test_an_order_placed_on_the_japanese_pages_is_japanese_from_cart_to_email(
    client, stripe_settings, teapot, django_capture_on_commit_callbacks
):
    order, pages = buy(client, teapot, "ja", django_capture_on_commit_callbacks)
    title, material, craft = TEAPOT["ja"]
    assert order.language == "ja"
    line = order.lines.get()
    assert (line.title, line.material, line.craft) == (title, material, craft)
    assert line.title_fr == TEAPOT["fr"][0] and line.unit_price == Decimal("195.00")
    for name in ("cart", "checkout", "payment", "order"):
        assert title in pages[name], name
        assert TEAPOT["fr"][0] not in pages[name], name
    for name in ("cart", "payment", "order"):
        assert material in pages[name] and craft in pages[name], name
    assert "営業時間" in pages["checkout"] and "営業時間" in pages["order"]
    assert 'data-stripe-locale="ja"' in pages["payment"]
    assert japanese_time(order.reserved_until) in pages["payment"]
    assert japanese_date(order.created_at) in pages["order"]
    assert japanese_time(order.created_at) in pages["order"]
    for name in ("payment", "order"):
        assert FRENCH_HOUR not in pages[name], name


def test_the_japanese_buyers_email_is_japanese_and_the_shops_notification_french(
    client, stripe_settings, teapot, django_capture_on_commit_callbacks
):
    order, _pages = buy(client, teapot, "ja", django_capture_on_commit_callbacks)
    confirmation, notification = emails_of(order)
    title, material, craft = TEAPOT["ja"]
    assert confirmation.subject == f"ご注文{order.number}が確定しました"
    for body in (confirmation.body, html_of(confirmation)):
        assert title in body and material in body and craft in body
        assert "営業時間" in body  # the Japanese pick-up details
        assert f"/ja/boutique/commande/{order.token}/" in body
        assert TEAPOT["fr"][0] not in body
    assert '<html lang="ja">' in html_of(confirmation)
    assert notification.subject == f"Nouvelle commande payée : {order.number}"
    for body in (notification.body, html_of(notification)):
        assert TEAPOT["fr"][0] in body and title not in body
        assert "Langue\u00a0: japonais" in body
        assert timezone.localtime(order.paid_at).strftime("%H\u00a0h\u00a0%M") in body
    assert '<html lang="fr">' in html_of(notification)


def test_an_order_placed_in_english_writes_times_as_english_does(
    client, stripe_settings, teapot, django_capture_on_commit_callbacks
):
    order, pages = buy(client, teapot, "en", django_capture_on_commit_callbacks)
    title, material, craft = TEAPOT["en"]
    assert order.language == "en"
    assert order.lines.get().title == title
    for name in ("cart", "payment", "order"):
        assert title in pages[name] and material in pages[name], name
        assert TEAPOT["fr"][0] not in pages[name], name
    assert 'data-stripe-locale="en"' in pages["payment"]
    assert english_time(order.reserved_until) in pages["payment"]
    assert english_date(order.created_at) in pages["order"]
    assert english_time(order.created_at) in pages["order"]
    assert "during the shop’s opening hours" in pages["order"]
    for name in ("payment", "order"):
        assert FRENCH_HOUR not in pages[name], name
    confirmation, _notification = emails_of(order)
    assert confirmation.subject == f"Your order {order.number} is confirmed"
    assert title in confirmation.body and "during the shop’s opening hours" in confirmation.body


def test_a_french_order_keeps_french_titles_and_french_hours(
    client, stripe_settings, teapot, django_capture_on_commit_callbacks
):
    order, pages = buy(client, teapot, "fr", django_capture_on_commit_callbacks)
    assert order.language == "fr"
    assert order.lines.get().title == TEAPOT["fr"][0]
    local = timezone.localtime(order.created_at)
    assert f"{local:%H}\u00a0h\u00a0{local:%M}" in pages["order"]
    assert 'data-stripe-locale="fr"' in pages["payment"]


def test_the_payment_intent_names_the_order_language(
    client, stripe_settings, teapot, django_capture_on_commit_callbacks
):
    order, _pages = buy(client, teapot, "ja", django_capture_on_commit_callbacks)
    intent = gateway.retrieve_payment_intent(order.payment_intent_id)
    assert intent.metadata["language"] == "ja"
    assert intent.metadata["order_number"] == order.number


def test_an_untranslated_object_is_shown_in_french_in_the_japanese_cart(client):
    piece = product(stock=2)
    client.post(f"/ja/boutique/panier/ajouter/{piece.pk}/", {"quantity": 1})
    assert piece.title in client.get("/ja/boutique/panier/").content.decode()


def test_the_cart_reads_its_translations_in_the_same_queries_for_two_objects_or_four(teapot):
    def queries_for_cart_of(pieces):
        buyer = Client()
        for piece in pieces:
            page = translation_of(piece, "ja")
            buyer.post(f"/ja/boutique/panier/ajouter/{page.pk}/", {"quantity": 1})
        buyer.get("/ja/boutique/panier/")  # the site's settings and menus, read once
        with CaptureQueriesContext(connection) as queries:
            response = buyer.get("/ja/boutique/panier/")
        assert all(page.title in response.content.decode() for page in shown(pieces))
        return len(queries)

    def shown(pieces):
        return [translation_of(piece, "ja") for piece in pieces]

    others = []
    # Copies that still name the French material: their Japanese names are looked up too.
    for n in range(3):
        other = product(stock=2)
        page = other.copy_for_translation(Locale.objects.get(language_code="ja"), copy_parents=True)
        page.title = f"別の品 {n}"
        page.save_revision().publish()
        others.append(other)
    assert queries_for_cart_of([teapot, others[0]]) == queries_for_cart_of([teapot, *others])


def test_a_japanese_buyer_reads_english_pick_up_details_when_the_japanese_are_empty(client):
    settings_ = shop_settings()
    settings_.pickup_details_ja = ""
    settings_.pickup_details_en = "Open Tuesday to Saturday."
    settings_.save()
    client.post(f"/ja/boutique/panier/ajouter/{product(stock=2).pk}/", {"quantity": 1})
    page = client.get("/ja/boutique/commande/").content.decode()
    assert "Open Tuesday to Saturday." in page
    settings_.pickup_details_en = ""
    settings_.save()
    page = client.get("/ja/boutique/commande/").content.decode()
    assert settings_.pickup_details.split(",")[0] in page


def test_the_back_office_lists_and_filters_orders_by_language(admin_client, teapot):
    from tests.factories import OrderFactory

    japanese = OrderFactory(language="ja")
    OrderLine.objects.create(
        order=japanese,
        product=teapot,
        sku=teapot.sku,
        title=TEAPOT["ja"][0],
        title_fr=TEAPOT["fr"][0],
        unit_price=teapot.price,
        quantity=1,
    )
    french = OrderFactory(language="fr")
    listing = admin_client.get("/admin/orders/?language=ja").content.decode()
    assert japanese.number in listing and french.number not in listing
    assert "Japonais" in listing
    page = admin_client.get(f"/admin/orders/inspect/{japanese.pk}/").content.decode()
    assert "Japonais" in page
    assert TEAPOT["fr"][0] in page and TEAPOT["ja"][0] in page
