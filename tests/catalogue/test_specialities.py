"""Food pairings: an object's page links to its regional specialities, a speciality's page
lists the objects that suit it, from every collectivité, in the visitor's language."""

import xml.etree.ElementTree as ET

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from catalogue.models import CraftObjectPage
from demo.content import load
from demo.specialities import seed_specialities
from exhibition.models import RegionalSpeciality, TourismPage
from tests.exhibition.speciality_helpers import RegionalSpecialityFactory
from tests.exhibition.translation_helpers import translate
from tests.factories import CraftObjectPageFactory, TourismPageFactory

pytestmark = pytest.mark.django_db


def url(language, slug=None):
    with translation.override(language):
        if slug is None:
            return reverse("specialities")
        return reverse("speciality", kwargs={"slug": slug})


def demo_object(sku, language="fr"):
    return CraftObjectPage.objects.get(sku=sku, locale__language_code=language)


def speciality(slug, language="fr"):
    return RegionalSpeciality.objects.get(slug=slug, locale__language_code=language)


def pair(page, *specialities):
    page.pairings = list(specialities)
    page.save_revision().publish()
    return CraftObjectPage.objects.get(pk=page.pk)


# -- the object's page -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "name", "gloss"),
    [("fr", "Jibu-ni", "治部煮"), ("en", "Jibu-ni", "治部煮"), ("ja", "治部煮", None)],
)
def test_an_object_page_links_to_its_specialities_in_its_language(client, language, name, gloss):
    page = demo_object("KNZ-002", language)
    html = client.get(page.url).content.decode()
    pairing = html[html.index('class="pairing"') :]
    pairing = pairing[: pairing.index("</div>")]
    assert f'<a class="link-arrow" href="{url(language, "jibu-ni")}">{name}' in pairing
    assert (f'<span lang="ja">{gloss}</span>' in pairing) is bool(gloss)
    # The free text stays, for the nuance.
    assert page.food_pairing.split(",")[0][:20] in pairing


def test_an_object_with_two_specialities_links_to_both(client):
    html = client.get(demo_object("KNZ-003").url).content.decode()
    assert f'href="{url("fr", "kaga-bocha")}"' in html
    assert f'href="{url("fr", "wagashi-et-matcha")}"' in html


def test_an_object_without_specialities_keeps_its_free_text_pairing_alone(client):
    page = demo_object("KNZ-005")
    assert not page.pairings.exists()
    html = client.get(page.url).content.decode()
    assert "pairing__specialities" not in html
    assert page.food_pairing[:30] in html


def test_a_translation_still_holding_the_french_rows_shows_the_english_speciality(client):
    """wagtail-localize copies a page's many-to-many as it is: the French rows. The page
    shows, and is listed under, the speciality of its own language."""
    french_speciality = RegionalSpecialityFactory(name="Plat d’essai", slug="plat-essai")
    english_speciality = french_speciality.copy_for_translation(
        Locale.objects.get(language_code="en")
    )
    english_speciality.name = "Test dish"
    english_speciality.save()
    obj = pair(CraftObjectPageFactory(), french_speciality)
    translate(french_speciality.collectivite, "en")  # its page leads there
    english = translate(obj, "en")
    assert list(english.pairings.all()) == [french_speciality]
    html = client.get(english.url).content.decode()
    assert f'href="{url("en", "plat-essai")}">Test dish <span lang="ja">' in html
    html = client.get(url("en", "plat-essai")).content.decode()
    assert english.url in html


# -- the speciality's page -----------------------------------------------------------------


def test_a_speciality_page_lists_the_objects_that_suit_it_from_every_collectivite(client):
    response = client.get(url("fr", "motsunabe"))
    assert response.status_code == 200
    html = response.content.decode()
    fukuoka, kumamoto = demo_object("FKO-002"), demo_object("KMM-004")
    assert fukuoka.collectivite != kumamoto.collectivite
    for page in (fukuoka, kumamoto):
        assert f'href="{page.url}"' in html
    assert html.count('class="card object-card"') == 2
    assert demo_object("FKO-004").url not in html  # Hakata ramen's, not this one's


def test_a_speciality_page_names_its_collectivite_and_leads_to_its_tourism_page(client):
    html = client.get(url("fr", "jibu-ni")).content.decode()
    jibuni = speciality("jibu-ni")
    tourism = TourismPage.objects.child_of(jibuni.collectivite).get()
    assert "<h1" in html and "Jibu-ni</h1>" in html
    assert '<p class="page-hero__ja" lang="ja">治部煮</p>' in html
    assert f'href="{tourism.url}"' in html
    assert f'href="{jibuni.collectivite.url}"' in html
    assert jibuni.text[:40] in html
    assert "<title>Jibu-ni · Kanazawa – " in html


@pytest.mark.parametrize("language", ["en", "ja"])
def test_a_speciality_page_in_english_or_japanese_lists_the_translated_objects(client, language):
    html = client.get(url(language, "jibu-ni")).content.decode()
    translated = speciality("jibu-ni", language)
    assert f"{translated.name}</h1>" in html
    assert f'href="{demo_object("KNZ-002", language).url}"' in html
    assert demo_object("KNZ-002").url not in html
    tourism = TourismPage.objects.child_of(translated.collectivite).get()
    assert tourism.locale.language_code == language
    assert f'href="{tourism.url}"' in html


def test_a_speciality_page_announces_its_versions_in_the_other_languages(client):
    html = client.get(url("fr", "jibu-ni")).content.decode()
    for language in ("fr", "en", "ja"):
        assert f'hreflang="{language}" href="http://testserver{url(language, "jibu-ni")}"' in html


def test_an_unknown_speciality_is_not_found(client):
    assert client.get(url("fr", "plat-inconnu")).status_code == 404
    assert client.get(url("en", "plat-inconnu")).status_code == 404


def test_a_speciality_without_objects_says_so(client):
    lonely = RegionalSpecialityFactory(slug="plat-seul")
    TourismPageFactory(parent=lonely.collectivite)
    response = client.get(url("fr", "plat-seul"))
    assert response.status_code == 200
    assert "Aucun objet de l’exposition ne la propose encore" in response.content.decode()


def test_a_speciality_saved_in_the_admin_shows_at_once(client):
    jibuni = speciality("jibu-ni")
    assert client.get(url("fr", "jibu-ni")).status_code == 200  # now cached
    jibuni.text = "Un texte revu par les éditeurs."
    jibuni.save()
    assert "Un texte revu par les éditeurs." in client.get(url("fr", "jibu-ni")).content.decode()


def test_an_unpublished_object_leaves_the_speciality_page(client):
    page = demo_object("KMM-004")
    assert page.url in client.get(url("fr", "motsunabe")).content.decode()
    page.unpublish()
    assert page.url not in client.get(url("fr", "motsunabe")).content.decode()


# -- the index and the sitemap ------------------------------------------------------------


def test_the_index_groups_the_specialities_by_collectivite(client):
    html = client.get(url("fr")).content.decode()
    assert html.count('class="place speciality-card"') == len(load("specialities"))
    kanazawa = html.index(speciality("jibu-ni").collectivite.title)
    fukuoka = html.index(speciality("motsunabe").collectivite.title)
    assert kanazawa < html.index(f'href="{url("fr", "jibu-ni")}"') < fukuoka
    assert fukuoka < html.index(f'href="{url("fr", "motsunabe")}"')


def test_the_sitemap_lists_each_speciality_in_each_language_with_its_alternates(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    locations = {loc.text for loc in root.findall("s:url/s:loc", ns)}
    for language in ("fr", "en", "ja"):
        assert f"http://testserver{url(language)}" in locations
        assert f"http://testserver{url(language, 'jibu-ni')}" in locations
    entry = next(
        node
        for node in root.findall("s:url", ns)
        if node.find("s:loc", ns).text.endswith(url("fr", "jibu-ni"))
    )
    assert len(entry.findall("x:link", ns)) == 3


# -- the demo ---------------------------------------------------------------------------


def test_the_demo_pairs_each_listed_object_in_every_language():
    for entry in load("specialities"):
        for sku in entry["objects"]:
            for language in ("fr", "en", "ja"):
                page = demo_object(sku, language)
                keys = {s.translation_key for s in page.pairings.all()}
                assert speciality(entry["slug"]).translation_key in keys, (sku, language)
                assert {s.locale_id for s in page.pairings.all()} == {page.locale_id}


def test_seeding_again_creates_nothing_and_keeps_an_editors_choice():
    page = demo_object("KNZ-002")
    pair(page, speciality("nodoguro"))
    assert seed_specialities(report=lambda line: None) == 0
    assert [s.slug for s in demo_object("KNZ-002").pairings.all()] == ["nodoguro"]
