"""Orders in the back office: listing with filters and search, export, the order's page."""

import io
from datetime import datetime
from decimal import Decimal

import openpyxl
import pytest

from django.utils import timezone

from core.money import format_price
from shop.models import Order
from tests.shop.admin.helpers import (
    LIST_URL,
    exported_csv,
    inspect_url,
    listed,
    mark_paid_in_db,
    new_order,
)

pytestmark = pytest.mark.django_db


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
        "Langue",
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
