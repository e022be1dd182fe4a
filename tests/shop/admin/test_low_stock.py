"""The stock report: objects on sale with few pieces left."""

import pytest

from django.urls import reverse

from wagtail.models import Page

from catalogue.models import CraftObjectPage

pytestmark = pytest.mark.django_db


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
