"""The trilingual glossary: the demo's entries, the public page in three languages, the admin."""

import re
import xml.etree.ElementTree as ET

import pytest

from django.urls import reverse
from django.utils import translation

from wagtail.models import Locale

from catalogue.admin_glossary import term_key
from catalogue.models import CraftObjectPage, CraftTradition, GlossaryTerm
from catalogue.search.engine import search_objects
from catalogue.views_glossary import search_counts
from core.caching import content_changed
from demo.content import load
from demo.glossary import seed_glossary
from tests.exhibition.admin_helpers import curator, editor
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LIST = "wagtailsnippets_catalogue_glossaryterm:list"
ADD = "wagtailsnippets_catalogue_glossaryterm:add"


def glossary_url(language):
    with translation.override(language):
        return reverse("glossary")


def entry_html(html, anchor):
    """The markup of one entry of the page, from its anchor to the next entry."""
    start = html.index(f'id="{anchor}"')
    end = html.find('class="glossary__entry"', start)
    return html[start : end if end != -1 else None]


# -- the demo's entries ----------------------------------------------------------------------


def test_the_demo_glossary_covers_every_craft_and_material_of_the_demo():
    terms = GlossaryTerm.objects.prefetch_related("crafts", "materials")
    assert terms.count() == len(load("glossary")) >= 40
    linked_crafts = {craft.slug for term in terms for craft in term.crafts.all()}
    linked_materials = {material.slug for term in terms for material in term.materials.all()}
    assert linked_crafts == {craft["slug"] for craft in load("crafts")}
    assert linked_materials == {material["slug"] for material in load("materials")}


def test_the_demo_glossary_names_the_issues_key_terms_in_the_three_languages():
    names = {term.term_ja: term for term in GlossaryTerm.objects.all()}
    lacquer = names["漆"]
    assert (lacquer.term_fr, lacquer.term_en, lacquer.romaji) == ("laque", "lacquer", "urushi")
    kutani = names["九谷焼"]
    assert (kutani.term_fr, kutani.term_en, kutani.romaji) == (
        "porcelaine de Kutani",
        "Kutani porcelain",
        "Kutani-yaki",
    )
    assert names["高岡銅器"].romaji == "Takaoka dōki"
    for kanji in ["蒔絵", "沈金", "螺鈿", "金箔", "組子", "急須", "箸置き", "徳利", "鍋敷き"]:
        assert kanji in names, kanji


def test_every_demo_entry_has_a_definition_and_a_reading_in_each_language():
    for term in GlossaryTerm.objects.all():
        assert term.definition_fr and term.definition_en and term.definition_ja, term
        assert term.reading, term  # orders the Japanese page
        assert "«" not in term.definition_en and "«" not in term.definition_ja, term


def test_no_two_demo_entries_share_a_term_in_the_same_language():
    for field in ["term_fr", "term_en", "term_ja"]:
        keys = [term_key(value) for value in GlossaryTerm.objects.values_list(field, flat=True)]
        assert len(keys) == len(set(keys)), field


def test_french_definitions_use_french_typography():
    for term in GlossaryTerm.objects.all():
        text = term.definition_fr
        assert "'" not in text, term
        assert not re.search(r"«(?!\u00a0)|(?<!\u00a0)»| [:;?!]", text), term


def test_seeding_the_glossary_again_creates_nothing_and_keeps_an_editors_change():
    term = GlossaryTerm.objects.get(term_fr="laque")
    term.definition_fr = "Corrigée par une éditrice."
    term.save()
    before = GlossaryTerm.objects.count()
    assert seed_glossary(report=lambda line: None) == 0
    assert GlossaryTerm.objects.count() == before
    assert GlossaryTerm.objects.get(pk=term.pk).definition_fr == "Corrigée par une éditrice."


def test_seeding_recreates_a_deleted_entry_with_its_links():
    GlossaryTerm.objects.filter(term_fr="porcelaine de Kutani").delete()
    assert seed_glossary(report=lambda line: None) == 1
    kutani = GlossaryTerm.objects.get(term_fr="porcelaine de Kutani")
    assert [craft.slug for craft in kutani.crafts.all()] == ["kutani-yaki"]
    assert kutani.crafts.get().locale.language_code == "fr"
    assert "くたにやき" in kutani.variant_list()


# -- the public page -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "name", "definition_start"),
    [
        ("fr", "laque", "Sève de l’arbre à laque"),
        ("en", "lacquer", "The sap of the lacquer tree"),
        ("ja", "漆", "ウルシの木の幹"),
    ],
)
def test_the_page_names_each_term_in_the_pages_language_first(
    client, language, name, definition_start
):
    response = client.get(glossary_url(language))
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    entry = entry_html(html, "laque")
    assert f'<dfn class="glossary__name">{name}</dfn>' in entry
    assert f'<p class="glossary__definition">{definition_start}' in entry
    others = {"fr": "laque", "en": "lacquer", "ja": "漆"}
    for code, other in others.items():
        if code != language:
            assert f'lang="{code}">{other}</span>' in entry
    assert '<span class="glossary__romaji" lang="ja-Latn">urushi</span>' in entry
    # Only the page's own language defines the term.
    for code, other_definition in [("fr", "Sève de"), ("en", "The sap"), ("ja", "ウルシの木")]:
        if code != language:
            assert other_definition not in entry


def test_french_terms_are_sorted_alphabetically_accents_aside(client):
    html = client.get(glossary_url("fr")).content.decode()
    names = re.findall(r'<dfn class="glossary__name">([^<]+)</dfn>', html)
    assert names.index("Karuizawa-bori") < names.index("kumiko") < names.index("laiton")
    assert names.index("céramique") < names.index("chinkin")  # é sorts as e
    assert names.index("étain") < names.index("fer")


def test_japanese_terms_follow_the_gojuon_order_of_their_reading(client):
    html = client.get(glossary_url("ja")).content.decode()
    headings = re.findall(r'glossary-section__title" id="[^"]+">([^<]+)</h2>', html)
    assert headings[:3] == ["あ行", "か行", "さ行"]
    names = re.findall(r'<dfn class="glossary__name">([^<]+)</dfn>', html)
    # あかえ < うるし < きゅうす < くたにやき < しっき < ...
    assert names.index("赤絵") < names.index("漆") < names.index("急須") < names.index("九谷焼")
    assert names.index("九谷焼") < names.index("漆器") < names.index("和紙")


@pytest.mark.parametrize("language", ["fr", "en", "ja"])
def test_crafts_link_to_their_collectivites_page_in_the_same_language(client, language):
    html = client.get(glossary_url(language)).content.decode()
    entry = entry_html(html, "porcelaine-de-kutani")
    craft = CraftTradition.objects.select_related("collectivite").get(
        slug="kutani-yaki", locale__language_code=language
    )
    assert craft.collectivite.url.startswith(f"/{language}/")
    assert f'<a href="{craft.collectivite.url}">' in entry
    count = (
        CraftObjectPage.objects.live().filter(craft=craft, locale__language_code=language).count()
    )
    assert count > 0
    assert f"({count} " in entry or f"({count}点)" in entry


def test_materials_link_to_their_page_in_the_same_language(client):
    html = client.get(glossary_url("en")).content.decode()
    entry = entry_html(html, "laque")
    assert re.search(r'<a href="/en/[^"]+/laque/">', entry)


def test_each_term_links_to_the_search_for_it_with_the_number_of_objects_it_finds(client):
    html = client.get(glossary_url("fr")).content.decode()
    entry = entry_html(html, "porcelaine-de-kutani")
    match = re.search(r'<a href="(/fr/recherche/\?q=[^"]+)">Voir les (\d+) objets', entry)
    assert match, entry
    url, count = match[1].replace("&amp;", "&"), int(match[2])
    kutani = CraftObjectPage.objects.live().filter(
        craft__slug="kutani-yaki", locale__language_code="fr"
    )
    assert count >= kutani.count()
    results = client.get(url).content.decode()
    assert re.search(rf">{count} objets<", results)


def test_the_footer_links_to_the_glossary_and_the_sitemap_lists_it_in_three_languages(client):
    home = client.get("/en/").content.decode()
    assert f'href="{glossary_url("en")}"' in home
    root = ET.fromstring(client.get("/sitemap.xml").content)
    locations = {loc.text for loc in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")}
    for language in ["fr", "en", "ja"]:
        assert any(location.endswith(glossary_url(language)) for location in locations)


def test_an_entry_added_in_the_admin_shows_on_the_page_at_once(client):
    client.get(glossary_url("en"))  # cached
    GlossaryTerm.objects.create(
        term_fr="urushi-e", term_en="lacquer painting", term_ja="漆絵", romaji="urushi-e"
    )
    assert "lacquer painting" in client.get(glossary_url("en")).content.decode()


# -- the admin -------------------------------------------------------------------------------


def test_an_editor_lists_and_searches_the_glossary_in_any_language(client):
    client.force_login(editor())
    response = client.get(reverse(LIST), {"q": "うるし"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "lacquer" in html and "urushi" in html
    assert "Kutani porcelain" not in html
    assert "Kutani porcelain" in client.get(reverse(LIST), {"q": "kutani"}).content.decode()


def new_term(**fields):
    data = {
        "term_fr": "laque de Wajima",
        "term_en": "Wajima lacquerware",
        "term_ja": "輪島塗",
        "romaji": "Wajima-nuri",
        "variants": "わじまぬり\nWajima nuri",
        "definition_fr": "Laque de Wajima, dans la péninsule de Noto.",
        "definition_en": "Lacquerware of Wajima, on the Noto peninsula.",
        "definition_ja": "能登半島の輪島で作られる漆器。",
    }
    return {**data, **fields}


def test_an_editor_creates_an_entry(client):
    client.force_login(editor())
    response = client.post(reverse(ADD), new_term())
    assert response.status_code == 302, response.content.decode()[:2000]
    term = GlossaryTerm.objects.get(term_ja="輪島塗")
    assert term.variant_list() == ["わじまぬり", "Wajima nuri"]
    assert term.reading == "わじまぬり"


def test_a_term_already_in_another_entry_is_refused_with_a_french_message(client):
    client.force_login(editor())
    response = client.post(reverse(ADD), new_term(term_en="  Lacquer ", term_ja="漆"))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Le terme anglais « Lacquer » figure déjà dans le glossaire" in html.replace(
        "&nbsp;", "\u00a0"
    ).replace("\u00a0", " ")
    assert "Le terme japonais « 漆 » figure déjà" in html.replace("\u00a0", " ")
    assert not GlossaryTerm.objects.filter(term_fr="laque de Wajima").exists()


def test_the_editor_is_offered_french_crafts_only(client):
    client.force_login(editor())
    html = client.get(reverse(ADD)).content.decode()
    french = CraftTradition.objects.get(slug="kutani-yaki", locale__language_code="fr")
    english = CraftTradition.objects.get(slug="kutani-yaki", locale__language_code="en")
    assert f'value="{french.pk}"' in html
    assert f'value="{english.pk}"' not in html


def test_a_curator_without_the_permission_cannot_see_or_add_entries(client):
    client.force_login(curator("Kanazawa"))
    assert client.get(reverse(LIST)).status_code in (302, 403)
    response = client.post(reverse(ADD), new_term())
    assert response.status_code in (302, 403)
    assert not GlossaryTerm.objects.filter(term_fr="laque de Wajima").exists()


def test_an_admin_user_given_only_the_view_permission_cannot_add(client):
    client.force_login(
        make_user(
            "lectrice",
            permissions=["wagtailadmin.access_admin", "catalogue.view_glossaryterm"],
        )
    )
    assert client.get(reverse(LIST)).status_code == 200
    assert client.post(reverse(ADD), new_term()).status_code in (302, 403)
    assert not GlossaryTerm.objects.filter(term_fr="laque de Wajima").exists()


# -- cost ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en", "ja"])
def test_a_glossary_page_after_a_publication_takes_at_most_20_queries(
    client, language, django_assert_max_num_queries
):
    client.get(glossary_url(language))  # what isn't the glossary's own: renditions, menus
    content_changed()  # every entry is computed again, each term's count included
    with django_assert_max_num_queries(20):
        response = client.get(glossary_url(language))
    assert response.status_code == 200


@pytest.mark.parametrize("language", ["fr", "en", "ja"])
def test_each_terms_count_is_what_the_search_finds_for_it(language):
    """The counts, all taken in one query, are those of a search for each term as
    written (none for a term that only a correction would find something for)."""
    locale = Locale.objects.get(language_code=language)
    names = [getattr(term, f"term_{language}") for term in GlossaryTerm.objects.all()]
    objects = CraftObjectPage.objects.live().public().filter(locale=locale)

    def searched(name):
        outcome = search_objects(name, objects)
        return 0 if outcome.suggestion else outcome.count

    counts = search_counts(names, locale)
    assert counts == [searched(name) for name in names]
    assert sum(counts) > len(names)
