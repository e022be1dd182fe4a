"""The shop's legal pages: «Mentions légales», «Conditions générales de vente» and
«Politique de confidentialité», one of each per language, linked from every page's footer."""

import datetime
import re

import pytest

from django.core.exceptions import ValidationError

from wagtail.models import Locale

from exhibition.legal import legal_pages
from exhibition.models import LegalPage
from tests.factories import site_home

pytestmark = pytest.mark.django_db

KINDS = {"mentions", "cgv", "confidentialite"}
MODEL_NOTICE = {
    "fr": "Modèle à adapter",
    "en": "Template to adapt",
    "ja": "ひな形",
}


def footer_of(html: str) -> str:
    return re.search(r"<footer.*?</footer>", html, re.S).group(0)


@pytest.mark.parametrize("language", ["fr", "en", "ja"])
def test_every_footer_links_to_the_three_legal_pages_in_its_language(client, language):
    footer = footer_of(client.get(f"/{language}/").content.decode())
    pages = LegalPage.objects.live().filter(locale__language_code=language)
    assert {page.kind for page in pages} == KINDS
    for page in pages:
        assert f'href="{page.url}"' in footer
        assert f">{page.title}</a>" in footer


def test_a_legal_page_that_does_not_exist_leaves_the_footer(client):
    notices = LegalPage.objects.filter(kind="mentions")
    urls = [page.url for page in notices]
    notices.update(live=False)
    footer = footer_of(client.get("/en/").content.decode())
    assert not any(url in footer for url in urls)
    assert LegalPage.objects.get(kind="cgv", locale__language_code="en").url in footer


def test_the_french_page_stands_in_for_a_missing_translation():
    LegalPage.objects.filter(kind="cgv", locale__language_code="ja").update(live=False)
    pages = legal_pages("ja")
    assert pages["cgv"].locale.language_code == "fr"
    assert pages["confidentialite"].locale.language_code == "ja"


def test_a_second_page_of_the_same_kind_in_one_language_is_refused():
    second = LegalPage(
        title="Autres conditions",
        slug="autres-conditions",
        kind="cgv",
        version="v9",
        last_updated=datetime.date(2026, 12, 6),
        locale=Locale.get_default(),
    )
    with pytest.raises(ValidationError) as error:
        site_home().add_child(instance=second)
    assert "kind" in error.value.message_dict


def test_legal_pages_go_under_the_home_page_only():
    from exhibition.models import HomePage, StandardPage

    assert LegalPage in HomePage.allowed_subpage_models()
    assert LegalPage not in StandardPage.allowed_subpage_models()
    assert LegalPage.allowed_subpage_models() == []


def test_the_terms_of_sale_show_their_version_and_date(client):
    cgv = LegalPage.objects.get(kind="cgv", locale__language_code="fr")
    html = client.get(cgv.url).content.decode()
    assert "<h1" in html and cgv.title in html
    assert cgv.version in html
    assert f'datetime="{cgv.last_updated.isoformat()}"' in html


@pytest.mark.parametrize("language", ["fr", "en", "ja"])
def test_the_demo_pages_are_marked_as_models_to_adapt(client, language):
    for page in LegalPage.objects.live().filter(locale__language_code=language):
        assert page.body[0].block_type == "notice", (language, page.kind)
        html = client.get(page.url).content.decode()
        main = re.search(r"<main.*?</main>", html, re.S).group(0)
        assert MODEL_NOTICE[language] in main, (language, page.kind)


def test_the_demo_terms_of_sale_carry_the_right_of_withdrawal_and_its_form():
    text = str(LegalPage.objects.get(kind="cgv", locale__language_code="fr").body)
    assert "L221-18" in text and "quatorze jours" in text
    assert "R221-1" in text  # the model withdrawal form
    assert "101 bis quai Jacques Chirac" in text  # pick-up at the MCJP
    privacy = str(LegalPage.objects.get(kind="confidentialite", locale__language_code="fr").body)
    assert "CNIL" in privacy and "L123-22" in privacy


def test_a_page_restricted_to_some_visitors_is_not_linked(client):
    from wagtail.models import PageViewRestriction

    cgv = LegalPage.objects.get(kind="cgv", locale__language_code="fr")
    PageViewRestriction.objects.create(page=cgv, restriction_type="password", password="x")
    assert "cgv" not in legal_pages("fr")
