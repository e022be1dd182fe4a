"""The site in French, English and Japanese: the seeded translations, the language switcher
and the hreflang alternates."""

import re

import pytest

from django.db.models import F, Q

from catalogue.models import CraftObjectPage
from exhibition.models import CollectivitePage

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en", "ja"]
REGIONS = ["niigata", "toyama", "kanazawa", "fukui", "nagano", "shizuoka", "fukuoka", "kumamoto"]


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response


def object_in(language, sku="KNZ-001"):
    return CraftObjectPage.objects.live().get(sku=sku, locale__language_code=language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_and_edition_render_in_each_language(client, language):
    home = get_ok(client, f"/{language}/")
    assert f'<html lang="{language}"' in home.content.decode()
    assert home.context["page"].locale.language_code == language
    edition = get_ok(client, f"/{language}/2021-shoku/")
    assert edition.context["page"].locale.language_code == language


def test_edition_titles_are_translated(client):
    assert "8th edition" in get_ok(client, "/en/2021-shoku/").content.decode()
    assert "第8回" in get_ok(client, "/ja/2021-shoku/").content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_lists_the_106_objects_in_each_language(client, language):
    page_obj = get_ok(client, f"/{language}/2021-shoku/catalogue/").context["page_obj"]
    assert page_obj.paginator.count == 106
    assert {obj.locale.language_code for obj in page_obj.object_list} == {language}


@pytest.mark.parametrize("language", ["en", "ja"])
def test_collectivite_filters_count_as_in_french(client, language):
    for slug in REGIONS:
        query = f"2021-shoku/catalogue/?collectivite={slug}"
        french = get_ok(client, f"/fr/{query}").context["page_obj"].paginator.count
        translated = get_ok(client, f"/{language}/{query}").context["page_obj"].paginator.count
        assert translated == french > 0, slug


@pytest.mark.parametrize("language", ["en", "ja"])
def test_object_page_shows_its_translated_title_and_the_french_offer(client, language):
    french, page = object_in("fr"), object_in(language)
    assert page.title != french.title
    body = get_ok(client, page.url).content.decode()
    assert page.title in body
    assert page.sku == french.sku and page.sku in body
    assert (page.price, page.stock) == (french.price, french.stock)
    assert "48" in body  # the price, formatted for the language


def test_japanese_object_title_is_the_japanese_column_of_the_data():
    # titre_ja in demo/data/objects.csv: the craft, the object and its motif, as a Japanese
    # shop names it; the French page's japanese_name is the shorter name used in Japan.
    assert object_in("ja").title == "九谷焼 箸置き「牡丹」（5個組）"
    assert object_in("fr").japanese_name == "九谷焼 箸置き 牡丹"


def test_a_japanese_page_does_not_repeat_names_in_japanese(client):
    html = get_ok(client, object_in("ja").url).content.decode()
    assert 'class="object__ja"' not in html
    assert 'class="object__ja"' in get_ok(client, object_in("en").url).content.decode()


def test_translated_objects_point_to_translated_snippets_and_pages():
    page = object_in("en")
    assert page.material.locale.language_code == "en"
    assert page.material.name == "Pottery and ceramics"
    assert page.craft.locale.language_code == "en"
    assert page.collectivite.locale.language_code == "en"
    assert page.collectivite.title == "City of Kanazawa"
    assert page.edition.locale.language_code == "en"
    assert object_in("ja").collectivite.title == "金沢市"


def test_every_translated_object_has_its_translated_taxonomy():
    translated = CraftObjectPage.objects.exclude(locale__language_code="fr")
    assert translated.count() == 2 * 106
    wrong = translated.filter(
        ~Q(material__locale=F("locale"))
        | ~Q(collectivite__locale=F("locale"))
        | ~Q(edition__locale=F("locale"))
        | ~Q(craft__locale=F("locale"))
    )
    assert not wrong.exists()


def test_switcher_on_an_english_object_links_to_its_french_and_japanese_versions(client):
    page = object_in("en")
    body = get_ok(client, page.url).content.decode()
    switcher = re.search(r'<nav class="lang-switch".*?</nav>', body, re.S).group(0)
    assert f'href="{object_in("fr").url}" hreflang="fr" lang="fr"' in switcher
    assert f'href="{object_in("ja").url}" hreflang="ja" lang="ja"' in switcher
    assert f'href="{page.url}" hreflang="en" lang="en" aria-current="true"' in switcher
    assert ">Français<" in switcher and ">English<" in switcher and ">日本語<" in switcher


def test_switcher_keeps_the_catalogue_filters(client):
    body = get_ok(client, "/en/2021-shoku/catalogue/?collectivite=toyama").content.decode()
    assert 'href="/ja/2021-shoku/catalogue/?collectivite=toyama"' in body


def test_switcher_on_a_view_that_is_not_a_page(client):
    body = get_ok(client, "/en/recherche/?q=kutani").content.decode()
    assert 'href="/ja/recherche/?q=kutani" hreflang="ja"' in body
    assert 'href="/fr/recherche/?q=kutani" hreflang="fr"' in body


def test_hreflang_alternates_are_absolute_with_a_french_default(client):
    page = object_in("en")
    body = get_ok(client, page.url).content.decode()
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)">', body)
    )
    assert alternates == {
        "fr": "http://testserver" + object_in("fr").url,
        "en": "http://testserver" + page.url,
        "ja": "http://testserver" + object_in("ja").url,
        "x-default": "http://testserver" + object_in("fr").url,
    }


def test_collectivite_and_material_pages_render_translated(client):
    kanazawa = CollectivitePage.objects.get(slug="kanazawa", locale__language_code="en")
    assert "City of Kanazawa" in get_ok(client, kanazawa.url).content.decode()
    body = get_ok(client, "/en/materiaux/laque/").content.decode()
    assert "Lacquerware" in body
    assert get_ok(client, "/ja/materiaux/laque/").context["page"].locale.language_code == "ja"


def test_api_lists_english_objects_on_request(client):
    data = client.get("/api/v2/objects/?locale=en&limit=100").json()
    assert data["meta"]["total_count"] == 106
    item = next(i for i in data["items"] if i["sku"] == "KNZ-001")
    assert item["title"] == object_in("en").title
    assert item["material"]["name"] == "Pottery and ceramics"


def test_api_defaults_to_the_french_catalogue(client):
    data = client.get("/api/v2/objects/?limit=1").json()
    assert data["meta"]["total_count"] == 106
    assert data["items"][0]["meta"]["locale"] == "fr"


def test_buying_from_an_english_page_sells_the_french_object(client):
    from shop.cart import Cart

    english, french = object_in("en"), object_in("fr")
    response = client.post(f"/en/boutique/panier/ajouter/{english.pk}/", {"quantity": 1})
    assert response.status_code == 302
    assert Cart(client.session).items == {str(french.pk): 1}


def test_a_japanese_object_keeps_the_french_address_rather_than_its_digits():
    # slugify() of «九谷焼 箸置き「牡丹」（5個組）» keeps only «5».
    assert object_in("ja").slug == object_in("fr").slug
    assert object_in("en").slug == "kutani-chopstick-rests-peonies-set-of-5"


def test_a_japanese_object_page_names_its_craft_once(client):
    html = get_ok(client, object_in("ja").url).content.decode()
    craft = object_in("ja").craft
    assert craft.name == "九谷焼"
    assert html.count(f"<dd>{craft.name}") == 1
    assert f'<span class="muted">{craft.name}</span>' not in html
