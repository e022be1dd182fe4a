from decimal import Decimal

import pytest

from catalogue.models import CraftObjectPage, Material
from exhibition.models import CollectivitePage

pytestmark = pytest.mark.django_db


def results(client, catalogue, query=""):
    response = client.get(catalogue.url + query)
    assert response.status_code == 200
    return response, response.context["page_obj"]


def test_unfiltered_catalogue_lists_every_object_paginated(client, catalogue):
    catalogue.add(14)
    response, page_obj = results(client, catalogue)
    assert (
        page_obj.paginator.count
        == CraftObjectPage.objects.live().filter(edition=catalogue.edition).count()
        == 26
    )
    assert len(page_obj.object_list) == 24
    assert f"{page_obj.paginator.count} objets" in response.content.decode()


@pytest.mark.parametrize("who", [0, 1, 2])
def test_filter_by_collectivite_returns_exactly_its_objects(client, catalogue, who):
    slug = catalogue.collectivites[who].slug
    _response, page_obj = results(client, catalogue, f"?collectivite={slug}")
    expected = set(
        CraftObjectPage.objects.live()
        .filter(locale__language_code="fr")
        .filter(collectivite__slug=slug)
        .values_list("pk", flat=True)
    )
    found = {obj.pk for obj in page_obj.paginator.object_list}
    assert found == expected and expected


def test_material_filters_combine_with_collectivite_filters(client, catalogue):
    first, _second, third = (collectivite.slug for collectivite in catalogue.collectivites)
    material = catalogue.materials[0].slug
    _response, page_obj = results(
        client, catalogue, f"?collectivite={first}&collectivite={third}&materiau={material}"
    )
    found = list(page_obj.paginator.object_list)
    assert found
    assert {o.collectivite.slug for o in found} <= {first, third}
    assert {o.material.slug for o in found} == {material}
    expected = (
        CraftObjectPage.objects.live()
        .filter(locale__language_code="fr")
        .filter(collectivite__slug__in=[first, third], material__slug=material)
    )
    assert len(found) == expected.count()


def test_facet_counts_ignore_their_own_selection(client, catalogue):
    selected = catalogue.collectivites[0].slug
    response, _page_obj = results(client, catalogue, f"?collectivite={selected}")
    facet = {option.value: option for option in response.context["collectivite_facet"]}
    for collectivite in CollectivitePage.objects.filter(participations__in=catalogue.exhibitors):
        assert facet[collectivite.slug].count == collectivite.craft_objects.live().count()
    assert facet[selected].selected
    materials = {option.value: option.count for option in response.context["material_facet"]}
    for material in Material.objects.all():
        assert (
            materials[material.slug]
            == material.craft_objects.filter(collectivite__slug=selected).count()
        )


def test_price_range_availability_and_tag(client, catalogue):
    _response, page_obj = results(
        client, catalogue, "?prix_min=20&prix_max=60&disponible=on&tag=cadeau"
    )
    found = list(page_obj.paginator.object_list)
    assert found
    for obj in found:
        assert Decimal("20") <= obj.price <= Decimal("60")
        assert obj.stock > 0
        assert "cadeau" in obj.tags.names()
    expected = (
        CraftObjectPage.objects.live()
        .filter(edition=catalogue.edition)
        .filter(price__gte=20, price__lte=60, stock__gt=0, on_sale=True, tags__name="cadeau")
    )
    assert len(found) == expected.count()


def test_sorting_by_price(client, catalogue):
    _response, page_obj = results(client, catalogue, "?tri=-prix")
    prices = [obj.price for obj in page_obj.object_list]
    assert prices == sorted(prices, reverse=True)


def test_bad_filter_values_are_reported_and_ignored(client, catalogue):
    response, page_obj = results(
        client, catalogue, "?collectivite=atlantide&prix_min=abc&tri=hasard&page=zzz"
    )
    body = response.content.decode()
    assert page_obj.paginator.count == len(catalogue.objects)
    assert response.context["form"].errors
    assert 'role="alert"' in body


def test_inverted_price_range_is_explained(client, catalogue):
    response, _page_obj = results(client, catalogue, "?prix_min=100&prix_max=10")
    assert "Le prix maximum doit être supérieur au prix minimum." in response.content.decode()


def test_page_beyond_the_end_shows_the_last_page(client, catalogue):
    catalogue.add(14)
    _response, page_obj = results(client, catalogue, "?page=9999")
    assert page_obj.number == page_obj.paginator.num_pages == 2


def test_filters_work_without_javascript_as_plain_links(client, catalogue):
    response, _page_obj = results(client, catalogue)
    body = response.content.decode()
    assert 'method="get"' in body
    assert 'name="collectivite"' in body and 'name="materiau"' in body
