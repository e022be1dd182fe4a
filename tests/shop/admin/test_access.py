"""Who may see the orders and act on them: the «boutique» group and the permission policy."""

import pytest

from django.contrib.auth.models import Group
from django.urls import NoReverseMatch, reverse

from wagtail.permissions import policy_registry

from shop.models import Order
from tests.factories import make_user
from tests.shop.admin.helpers import (
    LIST_URL,
    inspect_url,
    mark_paid_in_db,
    new_order,
)

pytestmark = pytest.mark.django_db


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
