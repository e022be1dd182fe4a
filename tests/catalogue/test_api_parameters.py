"""Issue 15, point 8: the open-data API answers out-of-range numbers with a 404 or a 400,
never a 500, and never ignores a filter it was given."""

import pytest

from catalogue.models import CraftObjectPage

pytestmark = pytest.mark.django_db

HUGE = "999999999999999999999999"


def french_objects():
    return CraftObjectPage.objects.live().filter(locale__language_code="fr").order_by("path")


@pytest.mark.parametrize("pk", [HUGE, "2147483648", "9223372036854775808", "0"])
def test_an_object_id_beyond_the_database_s_range_is_a_404(client, pk):
    response = client.get(f"/api/v2/objects/{pk}/")
    assert response.status_code == 404
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize(
    "query",
    [f"offset={HUGE}", f"limit={HUGE}", "offset=-1", "limit=-5", "offset=1e3", "offset=²"],
)
def test_an_offset_or_limit_out_of_range_is_a_400_with_a_message(client, query):
    response = client.get(f"/api/v2/objects/?{query}")
    assert response.status_code == 400
    assert query.split("=")[0] in response.json()["message"]


def test_an_offset_past_the_last_object_is_an_empty_page(client):
    data = client.get("/api/v2/objects/?offset=100000").json()
    assert data["items"] == [] and data["meta"]["total_count"] == french_objects().count()


def test_slug_filters_the_listing(client):
    page = french_objects()[3]
    data = client.get(f"/api/v2/objects/?slug={page.slug}").json()
    assert [item["id"] for item in data["items"]] == [page.pk]


def test_an_unknown_slug_lists_nothing(client):
    data = client.get("/api/v2/objects/?slug=pas-un-objet").json()
    assert data["items"] == [] and data["meta"]["total_count"] == 0


def test_id_filters_the_listing(client):
    first, second = french_objects()[:2]
    data = client.get(f"/api/v2/objects/?id={second.pk}").json()
    assert [item["id"] for item in data["items"]] == [second.pk]
    assert first.pk not in {item["id"] for item in data["items"]}


@pytest.mark.parametrize("value", [HUGE, "-3"])
def test_an_id_no_object_can_have_lists_nothing(client, value):
    data = client.get(f"/api/v2/objects/?id={value}").json()
    assert data["items"] == []


def test_an_id_that_is_not_a_number_is_a_400(client):
    response = client.get("/api/v2/objects/?id=abc")
    assert response.status_code == 400
    assert "id" in response.json()["message"]


def test_type_of_the_endpoint_s_own_objects_is_accepted(client):
    every = client.get("/api/v2/objects/?limit=1").json()["meta"]["total_count"]
    typed = client.get("/api/v2/objects/?type=catalogue.CraftObjectPage&limit=1").json()
    assert typed["meta"]["total_count"] == every


@pytest.mark.parametrize("value", ["wagtailcore.Page", "exhibition.HomePage", "nope"])
def test_any_other_type_is_a_400(client, value):
    response = client.get(f"/api/v2/objects/?type={value}")
    assert response.status_code == 400
    assert "type" in response.json()["message"]


@pytest.mark.parametrize(
    "parameter", ["title", "stock", "price", "child_of", "descendant_of", "site", "sku"]
)
def test_a_parameter_the_endpoint_does_not_apply_is_a_400_not_ignored(client, parameter):
    response = client.get(f"/api/v2/objects/?{parameter}=1")
    assert response.status_code == 400
    assert parameter in response.json()["message"]
