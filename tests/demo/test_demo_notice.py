"""The demo says plainly that its objects, artisans, prices, workshops and photos are
illustrative: a banner on every page, a line on object and workshop pages, a page that
tells what is real. One setting turns it all off (core.models.DemoContentSettings)."""

import datetime

import pytest

from django.core.cache import cache

from catalogue.models import CraftObjectPage
from core.models import DemoContentSettings
from tests.factories import CraftObjectPageFactory
from workshops.models import WorkshopPage

pytestmark = pytest.mark.django_db

BANNER = "Site de démonstration\u00a0:"
OBJECT_LINE = "Objet, artisan, prix et photos illustratifs (démonstration)."
WORKSHOP_LINE = "Horaires, places et tarif de cet atelier illustratifs (démonstration)."


def notice(on: bool):
    setting = DemoContentSettings.load()
    setting.show_notice = on
    setting.save()


def html(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return response.content.decode()


def demo_object():
    return CraftObjectPage.objects.get(sku="NII-001", locale__language_code="fr")


def demo_workshop():
    return WorkshopPage.objects.get(
        slug="atelier-decouverte-et-initiation", locale__language_code="fr"
    )


def test_the_seeded_demo_turns_the_notice_on():
    assert DemoContentSettings.load().show_notice is True


def test_a_new_site_shows_no_notice():
    assert DemoContentSettings._meta.get_field("show_notice").default is False


@pytest.mark.parametrize("url", ["/fr/", "/fr/2021-shoku/catalogue/", "/fr/boutique/panier/"])
def test_every_page_carries_the_banner_and_its_link(client, url):
    page = html(client, url)
    assert BANNER in page
    assert "les objets, artisans, prix, ateliers et photos présentés ici sont illustratifs" in page
    assert 'href="/fr/demonstration/"' in page
    # Before the header, outside <main>: in its own landmark, in the page's flow.
    assert page.index('class="demo-notice"') < page.index('class="site-header"')


def test_the_english_and_japanese_pages_link_their_own_explanation(client):
    assert 'href="/en/demonstration/"' in html(client, "/en/")
    assert 'href="/ja/demonstration/"' in html(client, "/ja/")


def test_an_object_page_says_its_object_is_illustrative(client):
    page = html(client, demo_object().url)
    assert OBJECT_LINE in page
    buy_box = page[page.index('class="buy-box"') :]
    assert buy_box.index(OBJECT_LINE) < buy_box.index("buy-box__sku")


def test_a_workshop_page_says_its_hours_places_and_price_are_illustrative(client):
    page = html(client, demo_workshop().url)
    assert WORKSHOP_LINE in page
    assert page.index(WORKSHOP_LINE) < page.index('id="reserver"')


def test_the_explanation_tells_what_is_real_and_what_is_not(client):
    page = html(client, "/fr/demonstration/")
    for fact in (
        "Maison de la Culture du Japon à Paris",
        "du 2 au 13 mars 2021",
        "6 mars 2021",
        "Kanazawa",
        "Hakata-ori",
    ):
        assert fact in page, fact
    for illustrative in ("artisans", "prix", "photos", "horaires"):
        assert illustrative in page, illustrative


def test_without_the_setting_nothing_is_said(client):
    notice(False)
    for url in ("/fr/", demo_object().url, demo_workshop().url):
        page = html(client, url)
        assert "demo-notice" not in page and BANNER not in page, url
        assert OBJECT_LINE not in page and WORKSHOP_LINE not in page, url
    assert client.get("/fr/demonstration/").status_code == 404


def test_turning_the_notice_off_reaches_pages_already_in_the_page_cache(client, settings):
    settings.PAGE_CACHE = True
    cache.clear()
    url = CraftObjectPageFactory(stock=2).url
    # The first visit may create the site's settings rows (Wagtail's get_or_create), which
    # changes the content: the page is cached for good from the second visit.
    client.get(url)
    client.get(url)
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "HIT" and OBJECT_LINE in cached.content.decode()
    notice(False)
    fresh = client.get(url)
    assert fresh["X-Page-Cache"] == "MISS"
    assert OBJECT_LINE not in fresh.content.decode()
    cache.clear()


def test_the_seeded_demo_has_no_workshop_on_13_march_2021():
    days = {w.starts_at.date() for w in WorkshopPage.objects.all()}
    assert datetime.date(2021, 3, 13) not in days
    assert not WorkshopPage.objects.filter(slug__contains="kinpaku").exists()
