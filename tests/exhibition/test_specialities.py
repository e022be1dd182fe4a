"""Regional specialities: the snippet, its translations, the tourism pages' «À goûter» and
the admin."""

import pytest
from wagtail_localize.fields import get_translatable_fields

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from demo.content import load
from exhibition.models import RegionalSpeciality, Season, TourismPage
from exhibition.translation_coverage import check_translations
from tests.exhibition.admin_helpers import curator, editor
from tests.exhibition.speciality_helpers import RegionalSpecialityFactory
from tests.factories import CollectivitePageFactory, TourismPageFactory

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_exhibition_regionalspeciality:list"
ADD = "wagtailsnippets_exhibition_regionalspeciality:add"


def place(name, text):
    return {"name": name, "name_ja": "", "text": text, "image": None}


def demo(slug, language="fr"):
    return RegionalSpeciality.objects.get(slug=slug, locale__language_code=language)


# -- the model --------------------------------------------------------------------------------


def test_a_slug_is_unique_within_a_language():
    first = RegionalSpecialityFactory(slug="plat-unique")
    with pytest.raises(ValidationError):
        RegionalSpecialityFactory.build(
            slug="plat-unique", collectivite=first.collectivite
        ).full_clean()
    with transaction.atomic(), pytest.raises(IntegrityError):
        RegionalSpecialityFactory(slug="plat-unique", collectivite=first.collectivite)


def test_the_same_slug_names_the_speciality_in_every_language():
    french = RegionalSpecialityFactory(slug="plat-partage")
    english = french.copy_for_translation(Locale.objects.get(language_code="en"))
    english.save()
    assert english.slug == "plat-partage"
    assert RegionalSpeciality.objects.filter(slug="plat-partage").count() == 2


def test_a_text_longer_than_a_short_paragraph_is_refused():
    speciality = RegionalSpecialityFactory.build(
        collectivite=CollectivitePageFactory(), text="Mijoté. " * 100
    )
    with pytest.raises(ValidationError) as error:
        speciality.full_clean()
    assert "text" in error.value.message_dict


def test_a_season_outside_the_list_is_refused():
    speciality = RegionalSpecialityFactory.build(
        collectivite=CollectivitePageFactory(), season="mousson"
    )
    with pytest.raises(ValidationError) as error:
        speciality.full_clean()
    assert "season" in error.value.message_dict


def test_name_and_text_are_translated_while_the_rest_is_the_french_versions():
    fields = {field.field_name: field for field in get_translatable_fields(RegionalSpeciality)}
    translated = {name for name, field in fields.items() if field.is_translated(None)}
    assert translated == {"name", "text"}
    for name in ("slug", "japanese_name", "collectivite", "season", "image"):
        assert fields[name].is_synchronized(None)
    # Never offered to the translator, not even as an override.
    assert not fields["slug"].is_overridable(None)
    assert not fields["japanese_name"].is_overridable(None)


# -- the demo's specialities -----------------------------------------------------------------


def test_the_demo_has_each_speciality_in_three_languages_with_its_japanese_name():
    entries = load("specialities")
    assert RegionalSpeciality.objects.filter(locale__language_code="fr").count() == len(entries)
    jibuni = demo("jibu-ni")
    assert (jibuni.name, jibuni.japanese_name) == ("Jibu-ni", "治部煮")
    assert demo("jibu-ni", "ja").name == "治部煮"
    assert demo("crabe-d-echizen", "en").name == "Echizen crab"
    assert demo("crabe-d-echizen").season == Season.WINTER
    for language in ("en", "ja"):
        translated = demo("jibu-ni", language)
        assert translated.translation_key == jibuni.translation_key
        assert translated.japanese_name == "治部煮"
        # The collectivité in the translation's own language.
        assert translated.collectivite.locale.language_code == language
        assert translated.collectivite.translation_key == jibuni.collectivite.translation_key


def test_every_speciality_text_is_translated_into_english_and_japanese():
    checks = check_translations(models_=[RegionalSpeciality])
    missing = [(c.location, c.language, c.field, c.problem) for c in checks if c.problem]
    assert checks and not missing


# -- the tourism page ----------------------------------------------------------------------


def test_the_tourism_page_lists_its_collectivites_specialities_under_a_gouter(client):
    region = CollectivitePageFactory()
    tourism = TourismPageFactory(parent=region)
    RegionalSpecialityFactory(
        collectivite=region,
        name="Jibu-ni d’essai",
        japanese_name="治部煮",
        slug="jibu-ni-essai",
        season=Season.WINTER,
        text="Du canard mijoté dans un bouillon lié.",
    )
    RegionalSpecialityFactory(name="Plat d’une autre ville")
    html = client.get(tourism.url).content.decode()
    section = html[html.index('id="a-gouter"') :]
    assert "Jibu-ni d’essai" in section
    assert '<span class="place__ja" lang="ja">治部煮</span>' in section
    assert "Hiver" in section
    assert "Du canard mijoté dans un bouillon lié." in section
    assert 'href="/fr/specialites/jibu-ni-essai/"' in section
    assert "Plat d’une autre ville" not in html
    assert 'href="#a-gouter"' in html  # the in-page menu leads to it


def test_a_food_block_naming_a_speciality_gives_way_to_its_card(client):
    region = CollectivitePageFactory()
    tourism = TourismPageFactory(
        parent=region,
        food=[
            (
                "place",
                {"name": "Oden d’essai", "name_ja": "", "text": "Ancien texte.", "image": None},
            ),
            (
                "place",
                {"name": "Marché d’essai", "name_ja": "", "text": "Un marché.", "image": None},
            ),
        ],
    )
    RegionalSpecialityFactory(collectivite=region, name="Oden  d’ESSAI", text="Nouveau texte.")
    html = client.get(tourism.url).content.decode()
    assert "Nouveau texte." in html
    assert "Ancien texte." not in html
    assert "Un marché." in html


@pytest.mark.parametrize(
    ("language", "name"), [("fr", "Jibu-ni"), ("en", "Jibu-ni"), ("ja", "治部煮")]
)
def test_the_demo_tourism_page_shows_the_specialities_in_its_language(client, language, name):
    french = TourismPage.objects.get(slug="decouvrir-kanazawa", locale__language_code="fr")
    page = french.get_translation(Locale.objects.get(language_code=language))
    with translation.override(language):
        link = reverse("speciality", kwargs={"slug": "jibu-ni"})
    html = client.get(page.url).content.decode()
    section = html[html.index('id="a-gouter"') :]
    # Each food of the page is shown once: as its speciality's card, linking to its page.
    assert section.count(f'href="{link}">{name}</a>') == 1
    assert f'href="{link}"' not in html[: html.index('id="a-gouter"')]


# -- the admin -------------------------------------------------------------------------------


def test_an_editor_lists_and_filters_the_specialities_by_collectivite_and_season(client):
    client.force_login(editor())
    kanazawa = demo("jibu-ni").collectivite
    response = client.get(reverse(LIST), {"collectivite": kanazawa.pk, "locale": "fr"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Jibu-ni" in html and "Nodoguro" in html
    assert "Basashi" not in html
    response = client.get(reverse(LIST), {"season": Season.WINTER, "locale": "fr"})
    html = response.content.decode()
    assert "Crabe d’Echizen" in html and "Jibu-ni" not in html


def test_an_editor_adds_a_speciality(client):
    client.force_login(editor())
    region = demo("jibu-ni").collectivite
    response = client.post(
        reverse(ADD),
        {
            "name": "Gori no tsukudani",
            "japanese_name": "ごりの佃煮",
            "collectivite": region.pk,
            "season": Season.ALL_YEAR,
            "text": "De petits poissons de rivière mijotés dans la sauce soja sucrée.",
            "slug": "gori-no-tsukudani",
            "locale": "fr",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert demo("gori-no-tsukudani").collectivite == region


def test_a_curator_cannot_reach_the_specialities(client):
    client.force_login(curator("Kanazawa"))
    response = client.get(reverse(LIST))
    assert response.status_code in (302, 403)
    assert RegionalSpeciality.objects.filter(locale__language_code="fr").exists()
