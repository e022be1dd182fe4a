"""No French sentence on the English and Japanese sites, and no English one on the Japanese.

A crawl of the seeded demo: one page of every page type under each language's home page,
plus what a visitor reaches from them that is not a page of its own (a filtered catalogue,
a material, search results, the glossary). Only the visible text of `<main>` is read:
scripts, styles, hidden elements, text marked `translate="no"` and text in another language
declared with `lang` are left out, and the names of `exhibition.proper_names` stay as they
are. On failure the message lists, per page type, each URL and the sentences found, for
translators to act on.
"""

import re
from collections import defaultdict

import pytest
from bs4 import BeautifulSoup

from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.models import Locale, Page, Site

from core.language_detection import EN, FR, latin_language, split_sentences
from exhibition.proper_names import without_proper_names

pytestmark = pytest.mark.django_db

SEARCH_WORDS = {"en": "bowl", "ja": "漆"}
BLOCKS = (
    "address article aside blockquote br dd details div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol option p section summary table "
    "td th tr ul legend label button caption"
).split()


def visible_text(html: str) -> tuple[str, str]:
    """(language of the page, the text a reader of that language sees in `<main>`)."""
    soup = BeautifulSoup(html, "html.parser")
    language = (soup.html.get("lang") or "").split("-")[0]
    main = soup.find("main")
    assert main is not None, "the page has no <main>"
    for element in main.find_all(["script", "style", "template", "noscript"]):
        element.decompose()
    for element in main.find_all(True):
        if element.decomposed:
            continue
        other_language = (element.get("lang") or language).split("-")[0] != language
        if element.has_attr("hidden") or element.get("translate") == "no" or other_language:
            element.decompose()
    for element in main.find_all(BLOCKS):
        element.insert_before("\n")
        element.insert_after("\n")
    return language, main.get_text()


def foreign_sentences(text: str, language: str) -> list[str]:
    """The sentences of `text` that are French, or English on a Japanese page."""
    unwanted = {FR} if language != "ja" else {FR, EN}
    found = []
    for line in text.splitlines():
        for sentence in split_sentences(line):
            if latin_language(without_proper_names(sentence)) in unwanted:
                found.append(" ".join(sentence.split()))
    return found


def pages_to_visit(language: str) -> dict[str, str]:
    """Page type (or view) → one URL of it in `language`, reachable from that home page."""
    locale = Locale.objects.get(language_code=language)
    home = Site.objects.get(is_default_site=True).root_page.get_translation(locale)
    pages = home.get_descendants(inclusive=True).live().public().specific().order_by("path")
    urls = {}
    for page in pages:
        urls.setdefault(type(page).__name__, page.url)
    materials = [page for page in pages if type(page).__name__ == "MaterialIndexPage"]
    catalogues = [page for page in pages if type(page).__name__ == "CataloguePage"]
    if materials and (material := materials[0].materials().first()):
        urls["material"] = f"{materials[0].url}{material.slug}/"
        if catalogues:
            urls["catalogue filtered by material"] = f"{catalogues[0].url}?materiau={material.slug}"
    with translation.override(language):
        urls["search results"] = f"{reverse('search')}?q={SEARCH_WORDS[language]}"
        try:
            urls["glossary"] = reverse("glossary")
        except NoReverseMatch:
            pass
    return urls


def crawl(client, language: str) -> tuple[dict[str, str], dict[str, list[str]]]:
    urls = pages_to_visit(language)
    found = defaultdict(list)
    for kind, url in urls.items():
        response = client.get(url, follow=True)
        assert response.status_code == 200, f"{kind} {url}: {response.status_code}"
        page_language, text = visible_text(response.content.decode())
        assert page_language == language, f"{url} is served in «{page_language}»"
        found[kind] = foreign_sentences(text, language)
    return urls, found


def report(urls: dict[str, str], found: dict[str, list[str]]) -> str:
    lines = [
        "Sentences per page type: "
        + ", ".join(f"{kind} {len(sentences)}" for kind, sentences in found.items())
    ]
    for kind, sentences in found.items():
        if sentences:
            lines.append(f"\n{kind} — {urls[kind]} — {len(sentences)}:")
            lines += [f"  {sentence}" for sentence in sentences]
    return "\n".join(lines)


def test_every_page_type_of_the_demo_is_crawled(client):
    for language in ("en", "ja"):
        urls = pages_to_visit(language)
        live_types = {
            page.specific_class.__name__
            for page in Page.objects.live().filter(locale__language_code="fr", depth__gt=1)
        }
        assert live_types <= set(urls), f"{language}: not crawled {live_types - set(urls)}"
        assert {"material", "catalogue filtered by material", "search results"} <= set(urls)


def test_no_french_sentence_on_the_english_pages(client):
    urls, found = crawl(client, "en")
    if any(found.values()):
        pytest.fail(report(urls, found), pytrace=False)


def test_no_french_or_english_sentence_on_the_japanese_pages(client):
    urls, found = crawl(client, "ja")
    if any(found.values()):
        pytest.fail(report(urls, found), pytrace=False)


def test_the_crawl_reads_visible_french_but_not_what_is_marked_as_another_language():
    html = (
        '<html lang="en"><body><main><h1>Tea bowl</h1>'
        "<p>Un bol à thé laqué à la main. It is <b>made by hand</b>.</p>"
        '<p lang="fr">Le nom de l’atelier reste en français.</p>'
        '<p translate="no">La marque de l’atelier.</p>'
        "<script>var texte = 'le bol et la tasse';</script>"
        "<p hidden>Un paragraphe caché de la page.</p>"
        "<p>Shown at the Maison de la Culture du Japon à Paris.</p>"
        "</main><footer>Le pied de page est hors du contenu.</footer></body></html>"
    )

    language, text = visible_text(html)

    assert language == "en"
    assert foreign_sentences(text, "en") == ["Un bol à thé laqué à la main."]


def test_on_a_japanese_page_english_sentences_are_found_too():
    html = (
        '<html lang="ja"><body><main><h1>九谷焼の豆皿</h1>'
        "<p>金沢の九谷焼（Kutani-yaki）。A small dish for soy sauce.</p>"
        "<p>Assiette de Kanazawa</p></main></body></html>"
    )

    _, text = visible_text(html)

    found = foreign_sentences(text, "ja")
    assert found == ["A small dish for soy sauce.", "Assiette de Kanazawa"]
    assert not re.search("Kutani", " ".join(found))
