"""The shop's back office in the Wagtail admin: orders, their actions, the stock report."""

import csv
import io
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from wagtail.models import Page, Site
from wagtail.permissions import policy_registry

from catalogue.models import CraftObjectPage
from core.money import format_price
from shop import gateway
from shop.cart import CartLine
from shop.models import Order, Refund, ShopSettings
from shop.services import orders, payments

pytestmark = pytest.mark.django_db

VISA = "4242424242424242"
LIST_URL = "/admin/orders/"


# Fixtures and helpers


@pytest.fixture
def shop_settings():
    return ShopSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def products():
    objects = CraftObjectPage.objects.live().filter(
        locale__language_code="fr", on_sale=True, stock__gte=5
    )
    return list(objects.order_by("pk")[:6])


def make_user(username, *, superuser=False, groups=(), permissions=()):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "pass", is_superuser=superuser
    )
    user.groups.add(*Group.objects.filter(name__in=groups))
    for codename in permissions:
        app_label, codename = codename.split(".")
        user.user_permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )
    return user


@pytest.fixture
def superuser():
    return make_user("direction", superuser=True)


@pytest.fixture
def boutique_user():
    return make_user("vendeuse", groups=["boutique"])


@pytest.fixture
def staff_user():
    """Can open the admin (curators, editors) but is not in the «boutique» group."""
    return make_user("redacteur", permissions=["wagtailadmin.access_admin"])


def new_order(shop_settings, lines, *, delivery="france", **customer):
    customer = {
        "email": "claire.dubois@example.fr",
        "first_name": "Claire",
        "last_name": "Dubois",
        "phone": "+33 6 12 34 56 78",
        "address_line1": "12 rue des Lilas",
        "postal_code": "69003",
        "city": "Lyon",
        "country": "FR",
        **customer,
    }
    return orders.order_create(
        lines=[CartLine(product, quantity) for product, quantity in lines],
        customer=orders.Customer(**customer),
        delivery=delivery,
        shop_settings=shop_settings,
    )


def mark_paid_in_db(order):
    """For actions that never reach Stripe (fulfilment): the state a payment leaves."""
    Order.objects.filter(pk=order.pk).update(status=Order.Status.PAID, paid_at=timezone.now())
    order.refresh_from_db()
    return order


def pay(order):
    """A real payment through localstripe, applied as the webhook would."""
    intent = payments.order_start_payment(order=order)
    gateway.confirm_payment_intent_for_tests(intent.id, payment_method=VISA)
    payments.order_mark_paid(
        payment_intent_id=intent.id, amount=intent.amount, currency=intent.currency
    )
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    return order


def inspect_url(order):
    return reverse("orders:inspect", args=[order.pk])


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def listed(client, query=""):
    response = client.get(LIST_URL + query)
    assert response.status_code == 200
    return [order.number for order in response.context["object_list"]]


def exported_csv(client, query=""):
    separator = "&" if query else "?"
    response = client.get(LIST_URL + query + separator + "export=csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = b"".join(response.streaming_content).decode("utf-8")
    return list(csv.reader(io.StringIO(text)))


# The group and the permission policy


def test_the_boutique_group_holds_the_back_office_permissions():
    group = Group.objects.get(name="boutique")
    assert set(group.permissions.values_list("content_type__app_label", "codename")) == {
        ("wagtailadmin", "access_admin"),
        ("shop", "view_order"),
        ("shop", "fulfil_order"),
        ("shop", "refund_order"),
        ("shop", "view_low_stock"),
        ("shop", "change_shopsettings"),
        ("workshops", "view_booking"),  # workshop attendee lists (workshops 0002)
        ("workshops", "cancel_booking"),
    }


def test_nobody_may_add_edit_or_delete_an_order_not_even_a_superuser(superuser, boutique_user):
    policy = policy_registry.get_by_type(Order)
    for user in (superuser, boutique_user):
        assert policy.user_has_permission(user, "view")
        assert policy.user_has_permission(user, "refund")
        for action in ("add", "change", "delete"):
            assert not policy.user_has_permission(user, action)
    assert superuser in policy.users_with_permission("refund")
    assert not policy.users_with_any_permission(["add", "change", "delete"]).exists()
    for name in ("add", "edit", "delete", "copy", "history"):
        with pytest.raises(NoReverseMatch):
            reverse(f"orders:{name}", args=[] if name == "add" else [1])


def test_a_superuser_finds_no_form_to_edit_an_order(client, superuser, shop_settings, products):
    order = new_order(shop_settings, [(products[0], 1)])
    client.force_login(superuser)
    for path in ("new/", f"edit/{order.pk}/", f"delete/{order.pk}/"):
        assert client.get(LIST_URL + path, follow=True).status_code == 404
    assert client.post(inspect_url(order), {"total": "0"}).status_code == 405
    assert Order.objects.get(pk=order.pk).total == order.total


# Who gets in


def order_urls(order):
    return [
        ("get", LIST_URL),
        ("get", LIST_URL + "results/?q=dubois"),
        ("get", LIST_URL + "?export=csv"),
        ("get", inspect_url(order)),
        ("post", reverse("orders:fulfil", args=[order.pk])),
        ("post", reverse("orders:refund", args=[order.pk])),
        ("get", reverse("shop_low_stock")),
    ]


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, shop_settings, products):
    order = new_order(shop_settings, [(products[0], 1)])
    for method, url in order_urls(order):
        response = getattr(client, method)(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("wagtailadmin_login")), url


def test_staff_outside_the_boutique_group_see_no_order_nor_buyer(
    client, staff_user, shop_settings, products
):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 1)]))
    client.force_login(staff_user)
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
    for method, url in order_urls(order):
        response = getattr(client, method)(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response.url == reverse("wagtailadmin_home"), url
    order.refresh_from_db()
    assert order.status == Order.Status.PAID
    assert LIST_URL not in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("user_fixture", ["boutique_user", "superuser"])
def test_the_boutique_and_superusers_see_orders_and_the_stock_report(
    client, request, user_fixture, shop_settings, products
):
    order = new_order(shop_settings, [(products[0], 1)])
    client.force_login(request.getfixturevalue(user_fixture))
    assert LIST_URL in client.get(reverse("wagtailadmin_home")).content.decode()
    for url in (LIST_URL, inspect_url(order), reverse("shop_low_stock")):
        assert client.get(url).status_code == 200, url


def test_viewing_orders_does_not_allow_acting_on_them(client, shop_settings, products):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 1)]))
    clerk = make_user("accueil", permissions=["wagtailadmin.access_admin", "shop.view_order"])
    client.force_login(clerk)
    page = client.get(inspect_url(order))
    assert page.status_code == 200
    assert reverse("orders:fulfil", args=[order.pk]) not in page.content.decode()
    assert reverse("orders:refund", args=[order.pk]) not in page.content.decode()
    response = client.post(reverse("orders:fulfil", args=[order.pk]))
    assert response.url == reverse("wagtailadmin_home")
    assert Order.objects.get(pk=order.pk).status == Order.Status.PAID


# Listing: filters, search, order


@pytest.fixture
def three_orders(shop_settings, products):
    march = new_order(
        shop_settings, [(products[0], 1)], email="a.martin@example.fr", last_name="Martin"
    )
    april = mark_paid_in_db(
        new_order(
            shop_settings,
            [(products[1], 1)],
            delivery="pickup",
            email="hiroshi@example.jp",
            first_name="Hiroshi",
            last_name="Tanaka",
        )
    )
    may = mark_paid_in_db(
        new_order(
            shop_settings,
            [(products[2], 2)],
            delivery="eu",
            email="lena@example.de",
            first_name="Lena",
            last_name="Schmidt",
            country="DE",
        )
    )
    # Paris time; 00:30 on 11 March is still 10 March in UTC.
    for order, moment in (
        (march, datetime(2026, 3, 11, 0, 30)),
        (april, datetime(2026, 4, 2, 9)),
        (may, datetime(2026, 5, 20, 0, 15)),
    ):
        Order.objects.filter(pk=order.pk).update(created_at=timezone.make_aware(moment))
    return march, april, may


def test_orders_are_listed_newest_first(client, boutique_user, three_orders):
    march, april, may = three_orders
    client.force_login(boutique_user)
    numbers = listed(client)
    assert numbers.index(may.number) < numbers.index(april.number) < numbers.index(march.number)


def test_filters_select_orders_by_status_date_and_delivery(client, boutique_user, three_orders):
    march, april, may = three_orders
    client.force_login(boutique_user)
    assert set(listed(client, "?status=paid")) >= {april.number, may.number}
    assert march.number not in listed(client, "?status=paid")
    assert set(listed(client, "?status=pending&status=paid")) >= {m.number for m in three_orders}
    # Whole days in Paris.
    dates = "?created_at_from=2026-03-11&created_at_to=2026-04-02"
    assert listed(client, dates) == [april.number, march.number]
    assert listed(client, "?created_at_from=2026-03-01&created_at_to=2026-03-10") == []
    assert listed(client, "?created_at_from=2026-05-20&created_at_to=2026-05-20") == [may.number]
    year = "&created_at_from=2026-01-01&created_at_to=2026-12-31"
    assert listed(client, "?delivery=pickup" + year) == [april.number]
    assert listed(client, "?status=paid&delivery=eu&created_at_from=2026-05-01") == [may.number]


@pytest.mark.parametrize(
    ("query", "expected"), [("hiroshi@EXAMPLE", 1), ("schmidt", 2), ("MARTIN", 0)]
)
def test_search_finds_orders_by_email_or_last_name(
    client, boutique_user, three_orders, query, expected
):
    client.force_login(boutique_user)
    assert listed(client, f"?q={query}") == [three_orders[expected].number]


def test_search_finds_an_order_by_its_number(client, boutique_user, three_orders):
    client.force_login(boutique_user)
    order = three_orders[1]
    assert listed(client, f"?q={order.number.lower()}") == [order.number]


# Export


def test_csv_export_has_the_filtered_orders_and_the_accounting_columns(
    client, boutique_user, three_orders
):
    march, april, may = three_orders
    Order.objects.filter(pk=may.pk).update(refunded_amount=Decimal("5.00"))
    client.force_login(boutique_user)
    rows = exported_csv(client, "?status=paid&created_at_from=2026-01-01&created_at_to=2026-12-31")
    header, *data = rows
    assert header == [
        "Numéro",
        "Créée le",
        "Payée le",
        "Expédiée ou retirée le",
        "Statut",
        "Prénom",
        "Nom",
        "Courriel",
        "Téléphone",
        "Livraison",
        "Adresse",
        "Complément d’adresse",
        "Code postal",
        "Ville",
        "Pays",
        "Articles TTC",
        "Frais de livraison TTC",
        "Total TTC",
        "Taux de TVA (%)",
        "Dont TVA",
        "Remboursé",
    ]
    assert [row[0] for row in data] == [may.number, april.number]
    may.refresh_from_db()
    row = dict(zip(header, data[0], strict=True))
    assert row["Créée le"] == "2026-05-20 00:15"  # Paris time, as staff read it
    assert row["Statut"] == "Payée"
    assert row["Livraison"] == "Livraison dans l’Union européenne"
    assert (row["Prénom"], row["Nom"], row["Courriel"]) == ("Lena", "Schmidt", "lena@example.de")
    assert row["Téléphone"] == "'+33 6 12 34 56 78"  # never read as a formula
    assert (row["Ville"], row["Pays"]) == ("Lyon", "DE")
    assert row["Total TTC"] == str(may.total)
    assert row["Frais de livraison TTC"] == str(may.delivery_fee)
    assert row["Dont TVA"] == str(may.vat_amount)
    assert row["Remboursé"] == "5.00"
    assert dict(zip(header, data[1], strict=True))["Adresse"] == ""  # picked up at the shop


def test_a_buyer_cannot_smuggle_a_formula_into_the_export(
    client, boutique_user, shop_settings, products
):
    new_order(shop_settings, [(products[0], 1)], last_name='=HYPERLINK("http://x")')
    client.force_login(boutique_user)
    header, *data = exported_csv(client, "?q=HYPERLINK")
    assert dict(zip(header, data[0], strict=True))["Nom"] == '\'=HYPERLINK("http://x")'


def test_xlsx_export_has_one_row_per_order(client, boutique_user, three_orders):
    client.force_login(boutique_user)
    year = "?created_at_from=2026-01-01&created_at_to=2026-12-31"
    response = client.get(LIST_URL + year + "&export=xlsx")
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith('attachment; filename="commandes-')
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert rows[0][0] == "Numéro"
    assert [row[0] for row in rows[1:]] == [order.number for order in reversed(three_orders)]
    assert rows[1][1] == datetime(2026, 5, 20, 0, 15)  # naive, Paris time


# Detail page


def test_the_order_page_shows_lines_totals_buyer_and_payment(
    client, boutique_user, shop_settings, products
):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 2), (products[1], 1)]))
    Order.objects.filter(pk=order.pk).update(payment_intent_id="pi_test_123")
    client.force_login(boutique_user)
    html = client.get(inspect_url(order)).content.decode()
    for text in (
        order.number,
        products[0].sku,
        products[1].sku,
        "Claire Dubois",
        "claire.dubois@example.fr",
        "12 rue des Lilas",
        "69003 Lyon",
        "France",
        "pi_test_123",
        "Marquer comme expédiée",
        "Rembourser",
        "Aucun remboursement.",
    ):
        assert text in html, text
    assert format_price(order.total) in html
    assert format_price(order.vat_amount) in html


# Fulfilment


def test_marking_a_paid_delivery_order_as_shipped(client, boutique_user, shop_settings, products):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 1)]))
    client.force_login(boutique_user)
    response = client.post(reverse("orders:fulfil", args=[order.pk]), follow=True)
    assert response.redirect_chain[-1][0] == inspect_url(order)
    assert messages_of(response) == [f"Commande {order.number} marquée comme expédiée."]
    order.refresh_from_db()
    assert order.status == Order.Status.SHIPPED
    assert order.fulfilled_at is not None


def test_marking_a_paid_pickup_order_as_collected(client, boutique_user, shop_settings, products):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 1)], delivery="pickup"))
    client.force_login(boutique_user)
    page = client.get(inspect_url(order)).content.decode()
    assert "Marquer comme retirée" in page
    response = client.post(reverse("orders:fulfil", args=[order.pk]), follow=True)
    assert messages_of(response) == [
        f"Commande {order.number} marquée comme retirée à la boutique."
    ]
    assert Order.objects.get(pk=order.pk).status == Order.Status.COLLECTED


def test_a_pending_order_cannot_be_marked_as_shipped(
    client, boutique_user, shop_settings, products
):
    order = new_order(shop_settings, [(products[0], 1)])
    client.force_login(boutique_user)
    assert "Marquer comme expédiée" not in client.get(inspect_url(order)).content.decode()
    response = client.post(reverse("orders:fulfil", args=[order.pk]), follow=True)
    assert messages_of(response) == ["Seule une commande payée peut être expédiée ou retirée."]
    order.refresh_from_db()
    assert order.status == Order.Status.PENDING
    assert order.fulfilled_at is None


def test_actions_only_accept_post(client, boutique_user, shop_settings, products):
    order = mark_paid_in_db(new_order(shop_settings, [(products[0], 1)]))
    client.force_login(boutique_user)
    assert client.get(reverse("orders:fulfil", args=[order.pk])).status_code == 405
    assert client.get(reverse("orders:refund", args=[order.pk])).status_code == 405
    assert Order.objects.get(pk=order.pk).status == Order.Status.PAID


# Refunds, through localstripe


@pytest.fixture
def paid_order(stripe_settings, shop_settings, products):
    return pay(new_order(shop_settings, [(products[0], 1), (products[1], 2)]))


FORM_ERROR = "Rien n’a été remboursé\u00a0: vérifiez le formulaire."


def refund(client, order, amount, reason="", confirm=True):
    data = {"refund-amount": amount, "refund-reason": reason}
    if confirm:
        data["refund-confirm"] = "on"
    return client.post(reverse("orders:refund", args=[order.pk]), data, follow=True)


def test_refunding_part_then_the_rest_of_an_order(client, boutique_user, paid_order):
    order = paid_order
    client.force_login(boutique_user)
    page = client.get(inspect_url(order))
    assert page.context["refund_form"]["amount"].value() == order.total

    response = refund(client, order, "10,50", reason="Éclat sur le couvercle")
    assert messages_of(response) == [f"10,50\u202f€ remboursés sur la commande {order.number}."]
    order.refresh_from_db()
    assert order.refunded_amount == Decimal("10.50")
    assert order.status == Order.Status.PAID

    rest = order.total - Decimal("10.50")
    response = refund(client, order, str(rest))
    order.refresh_from_db()
    assert order.refunded_amount == order.total
    assert order.status == Order.Status.REFUNDED
    refunds = list(order.refunds.order_by("created_at", "pk"))
    assert [r.amount for r in refunds] == [Decimal("10.50"), rest]
    assert [r.reason for r in refunds] == ["Éclat sur le couvercle", ""]
    assert all(r.created_by == boutique_user for r in refunds)
    assert all(r.stripe_refund_id.startswith("re_") for r in refunds)
    html = client.get(inspect_url(order)).content.decode()
    assert "Éclat sur le couvercle" in html
    assert 'name="refund-amount"' not in html  # nothing left to refund


def test_a_refund_above_what_remains_is_refused_and_changes_nothing(
    client, boutique_user, paid_order
):
    order = paid_order
    client.force_login(boutique_user)
    refund(client, order, "20")
    too_much = order.total - Decimal("20") + Decimal("0.01")
    response = refund(client, order, str(too_much))
    assert response.status_code == 200
    assert messages_of(response) == [FORM_ERROR]
    assert response.context["refund_form"].errors["amount"] == [
        f"Il reste au plus {format_price(order.total - 20)} à rembourser sur cette commande."
    ]
    assert response.context["refund_form"]["amount"].value() == str(too_much)  # as typed
    order.refresh_from_db()
    assert order.refunded_amount == Decimal("20.00")
    assert order.refunds.count() == 1


@pytest.mark.parametrize(
    ("amount", "confirm", "field", "error"),
    [
        ("", True, "amount", "Indiquez le montant à rembourser."),
        ("10", False, "confirm", "Cochez la case de confirmation pour rembourser."),
        ("0", True, "amount", None),
        ("abc", True, "amount", None),
        ("1,234", True, "amount", None),
    ],
)
def test_an_incomplete_refund_form_refunds_nothing(
    client, boutique_user, paid_order, amount, confirm, field, error
):
    client.force_login(boutique_user)
    response = refund(client, paid_order, amount, confirm=confirm)
    assert messages_of(response) == [FORM_ERROR]
    errors = response.context["refund_form"].errors
    assert list(errors) == [field]
    if error:
        assert errors[field] == [error]
    assert error is None or error in response.content.decode()
    assert Refund.objects.filter(order=paid_order).count() == 0


def test_an_unpaid_order_cannot_be_refunded(client, boutique_user, shop_settings, products):
    order = new_order(shop_settings, [(products[0], 1)])
    client.force_login(boutique_user)
    assert 'name="refund-amount"' not in client.get(inspect_url(order)).content.decode()
    response = refund(client, order, "1")
    assert messages_of(response) == ["Seule une commande payée peut être remboursée."]
    assert not Refund.objects.filter(order=order).exists()


def test_stripe_out_of_reach_refunds_nothing_and_says_so(
    client, boutique_user, paid_order, settings
):
    settings.STRIPE_API_BASE = "http://127.0.0.1:9"  # nothing listens there
    client.force_login(boutique_user)
    response = refund(client, paid_order, "5")
    assert messages_of(response) == [
        "Stripe ne répond pas\u00a0: rien n’a été remboursé. Réessayez dans quelques minutes."
    ]
    paid_order.refresh_from_db()
    assert paid_order.refunded_amount == 0
    assert not paid_order.refunds.exists()


# Low stock


@pytest.fixture
def stock_levels(products):
    """Every object well stocked, but for a few."""
    CraftObjectPage.objects.update(stock=10)
    empty, last, two, three, withdrawn, unpublished = products

    def set_stock(page, stock, **fields):
        CraftObjectPage.objects.filter(pk=page.pk).update(stock=stock, **fields)

    set_stock(empty, 0)
    set_stock(last, 1)
    set_stock(two, 2)
    set_stock(three, 3)
    set_stock(withdrawn, 0, on_sale=False)
    set_stock(unpublished, 1)
    Page.objects.filter(pk=unpublished.pk).update(live=False)
    return {"empty": empty, "last": last, "two": two, "three": three}


def report(client):
    response = client.get(reverse("shop_low_stock"))
    assert response.status_code == 200
    return response, [page.pk for page in response.context["object_list"]]


def test_the_low_stock_report_lists_live_objects_on_sale_with_few_pieces_left(
    client, boutique_user, stock_levels
):
    client.force_login(boutique_user)
    response, listed_pks = report(client)
    assert listed_pks == [stock_levels[k].pk for k in ("empty", "last", "two")]
    assert "2 exemplaires ou moins" in response.content.decode()


def test_the_low_stock_threshold_is_a_setting(client, boutique_user, stock_levels, settings):
    settings.SHOP_LOW_STOCK_THRESHOLD = 0
    client.force_login(boutique_user)
    assert report(client)[1] == [stock_levels["empty"].pk]


def test_the_report_links_to_the_page_only_for_those_who_may_edit_it(
    client, superuser, boutique_user, stock_levels
):
    edit_url = reverse("wagtailadmin_pages:edit", args=[stock_levels["last"].pk])
    client.force_login(superuser)
    assert edit_url in report(client)[0].content.decode()
    client.force_login(boutique_user)  # no page permission: stock is the curators' to edit
    assert edit_url not in report(client)[0].content.decode()
