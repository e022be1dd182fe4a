"""Every page type renders on the seeded edition, through the real URL routing."""

import pytest

from catalogue.models import CraftObjectPage
from exhibition.models import CollectivitePage, ExhibitorPage, TourismPage

pytestmark = pytest.mark.django_db


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def test_root_redirects_to_french(client):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/fr/"


def test_home_page_shows_the_edition_parts_and_the_map(client):
    body = get_ok(client, "/fr/")
    assert "8e édition – Shoku, arts de la table" in body
    assert "Exposition à la Maison de la Culture du Japon à Paris" in body
    assert "<svg" in body
    for collectivite in CollectivitePage.objects.filter(locale__language_code="fr"):
        assert collectivite.url in body


def test_edition_page_lists_exhibitors(client):
    body = get_ok(client, "/fr/2021-shoku/")
    for exhibitor in ExhibitorPage.objects.filter(locale__language_code="fr"):
        assert exhibitor.url in body


def test_exhibitor_page_shows_its_objects_only(client):
    exhibitor = ExhibitorPage.objects.get(slug="toyama", locale__language_code="fr")
    response = client.get(exhibitor.url)
    objects = list(response.context["objects"])
    assert objects and {o.collectivite.slug for o in objects} == {"toyama"}


def test_collectivite_page_shows_crafts_objects_and_tourism(client):
    kanazawa = CollectivitePage.objects.get(slug="kanazawa", locale__language_code="fr")
    body = get_ok(client, kanazawa.url)
    assert "九谷焼" in body and "Kutani" in body
    assert "金沢" in body
    for tourism in TourismPage.objects.child_of(kanazawa):
        assert tourism.url in body


def test_tourism_page_renders_its_sections(client):
    tourism = TourismPage.objects.child_of(
        CollectivitePage.objects.get(slug="kanazawa", locale__language_code="fr")
    ).first()
    body = get_ok(client, tourism.url)
    assert "Kenroku" in body
    assert "Tokyo" in body


def test_region_index_and_material_pages(client):
    get_ok(client, "/fr/collectivites/")
    body = get_ok(client, "/fr/materiaux/")
    assert "/fr/materiaux/laque/" in body
    body = get_ok(client, "/fr/materiaux/laque/")
    assert "漆器" in body


def test_unknown_material_is_a_404(client):
    assert client.get("/fr/materiaux/plastique/").status_code == 404


def test_object_page_shows_everything(client):
    page = CraftObjectPage.objects.get(sku="KNZ-001", locale__language_code="fr")
    body = get_ok(client, page.url)
    assert page.title in body or page.title.replace("«", "&laquo;") in body
    assert page.japanese_name in body
    assert page.sku in body
    assert page.collectivite.url in body
    assert 'aria-label="Fil d’Ariane"' in body or "breadcrumb" in body
    tourism = TourismPage.objects.child_of(page.collectivite).first()
    assert tourism.url in body


def test_search_finds_objects_and_regions(client):
    response = client.get("/fr/recherche/", {"q": "Kutani"})
    assert response.status_code == 200
    assert response.context["objects_page"].paginator.count > 0
    response = client.get("/fr/recherche/", {"q": "Kanazawa"})
    assert any(p.slug == "kanazawa" for p in response.context["pages"])


def test_search_rejects_an_overlong_query(client):
    response = client.get("/fr/recherche/", {"q": "x" * 500})
    assert response.status_code == 400
    assert "trop longue" in response.content.decode()


def test_empty_search_shows_the_form(client):
    assert client.get("/fr/recherche/").status_code == 200


def test_unknown_page_is_a_404(client):
    assert client.get("/fr/nulle-part/").status_code == 404
