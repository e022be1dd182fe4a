import pytest

from django.core.files.base import ContentFile

from catalogue.models import CraftObjectPage, Material
from exhibition.models import CollectivitePage
from tests.factories import CraftObjectPageFactory, ExhibitionImageFactory

pytestmark = pytest.mark.django_db


def api(client, query=""):
    response = client.get("/api/v2/objects/" + query)
    assert response.status_code == 200, response.content
    return response.json()


def test_objects_endpoint_lists_every_object_with_its_fields(client):
    data = api(client, "?limit=1")
    assert (
        data["meta"]["total_count"]
        == CraftObjectPage.objects.live().filter(locale__language_code="fr").count()
        >= 100
    )
    item = data["items"][0]
    page = CraftObjectPage.objects.get(pk=item["id"])
    assert item["title"] == page.title
    assert item["japanese_name"] == page.japanese_name
    assert item["collectivite"]["slug"] == page.collectivite.slug
    assert item["collectivite"]["name"] == page.collectivite.short_name
    assert item["material"] == {
        "slug": page.material.slug,
        "name": page.material.name,
        "name_ja": page.material.name_ja,
    }
    assert item["price"] == str(page.price)
    assert item["currency"] == "EUR"
    assert item["stock"] == page.stock
    assert sorted(item["tags"]) == sorted(page.tags.names())
    assert item["meta"]["html_url"].endswith(page.url)
    assert item["images"] and item["images"][0]["alt"]
    assert item["images"][0]["url"].startswith("http")


@pytest.mark.parametrize("who", [0, 1, 2])
def test_collectivite_filter_matches_the_catalogue_page(client, catalogue, who):
    slug = catalogue.collectivites[who].slug
    count = api(client, f"?collectivite={slug}&limit=1")["meta"]["total_count"]
    page = client.get(f"{catalogue.url}?collectivite={slug}")
    assert count == page.context["page_obj"].paginator.count
    assert (
        count
        == CollectivitePage.objects.get(slug=slug, locale__language_code="fr")
        .craft_objects.live()
        .count()
        > 0
    )


@pytest.mark.parametrize("which", [0, 1])
def test_material_filter_matches_the_catalogue_page(client, catalogue, which):
    slug = catalogue.materials[which].slug
    count = api(client, f"?material={slug}&limit=1")["meta"]["total_count"]
    page = client.get(f"{catalogue.url}?materiau={slug}")
    assert count == page.context["page_obj"].paginator.count
    assert (
        count
        == Material.objects.get(slug=slug, locale__language_code="fr").craft_objects.live().count()
        > 0
    )


def test_unknown_parameter_is_a_400_with_a_message(client):
    response = client.get("/api/v2/objects/?couleur=rouge")
    assert response.status_code == 400
    assert "couleur" in response.json()["message"]


def test_bad_boolean_is_a_400(client):
    response = client.get("/api/v2/objects/?available=peut-etre")
    assert response.status_code == 400


def test_unpublished_objects_are_not_exposed(client):
    page = CraftObjectPage.objects.live().filter(locale__language_code="fr").first()
    page.unpublish()
    listed = api(client, f"?collectivite={page.collectivite.slug}&limit=100")["items"]
    ids = {item["id"] for item in listed}
    assert ids  # the rest of that collectivité is still listed
    assert page.pk not in ids


def test_a_lost_image_file_does_not_break_the_listing(client):
    page = CraftObjectPageFactory(more_images=[ExhibitionImageFactory()])
    image = page.gallery_images.first().image
    storage, name = image.file.storage, image.file.name
    original = storage.open(name).read()
    image.renditions.all().delete()
    storage.delete(name)
    try:
        data = api(client, f"?collectivite={page.collectivite.slug}&limit=100")
        item = next(i for i in data["items"] if i["id"] == page.pk)
        assert len(item["images"]) == page.gallery_images.count() - 1 == 1
    finally:
        storage.save(name, ContentFile(original))
