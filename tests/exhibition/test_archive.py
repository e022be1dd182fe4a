"""The series' archive: every known edition with only its public facts, in three languages;
the home's edition chosen by its dates, with a selection of its objects and the timeline."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail.models import Locale

from catalogue.models import CraftObjectPage
from demo.content import load
from exhibition.models import EditionPage, EditionPart, HomePage, SeriesArchivePage
from exhibition.models.archive import TimelineEntry, choose_edition
from exhibition.templatetags.editions import edition_number, figure
from tests.factories import EditionPageFactory, site_home

D = datetime.date


def entry(number, year, *dates):
    """An edition (unsaved) with one part per (start, end) pair."""
    edition = EditionPage(number=number, year=year, title=f"{number}")
    parts = [EditionPart(kind="exhibition", start_date=s, end_date=e) for s, e in dates]
    return TimelineEntry(edition=edition, parts=parts)


# Which edition the home features: pure, with explicit dates


def test_the_edition_with_a_part_running_today_is_featured():
    shoku = entry(8, 2021, (D(2021, 2, 1), D(2021, 2, 28)), (D(2021, 3, 2), D(2021, 3, 13)))
    later = entry(9, 2021, (D(2021, 11, 24), D(2021, 12, 24)))
    assert choose_edition([shoku, later], D(2021, 3, 5)) is shoku


def test_between_two_parts_of_an_edition_it_is_still_the_next_to_open():
    shoku = entry(8, 2021, (D(2021, 2, 1), D(2021, 2, 10)), (D(2021, 3, 2), D(2021, 3, 13)))
    older = entry(4, 2016, (D(2016, 11, 22), D(2016, 12, 3)))
    assert choose_edition([older, shoku], D(2021, 2, 20)) is shoku


def test_with_nothing_on_show_the_next_edition_to_open_is_featured():
    past = entry(10, 2022, (D(2022, 11, 2), D(2022, 11, 19)))
    soon = entry(11, 2023, (D(2023, 11, 2), D(2023, 11, 20)))
    later = entry(12, 2024, (D(2024, 11, 2), D(2024, 11, 20)))
    assert choose_edition([past, later, soon], D(2023, 6, 1)) is soon


def test_when_every_edition_is_over_the_latest_is_featured():
    first = entry(1, 2014, (D(2014, 2, 11), D(2014, 2, 22)))
    undated = entry(13, 2025)  # known only by its period: «novembre 2025»
    assert choose_edition([undated, first], D(2026, 12, 6)) is undated


def test_an_undated_edition_of_a_later_year_is_the_next_one():
    past = entry(13, 2025, (D(2025, 11, 14), D(2025, 11, 29)))
    announced = entry(14, 2027)
    assert announced.status(D(2026, 12, 6)) == "upcoming"
    assert choose_edition([past, announced], D(2026, 12, 6)) is announced


def test_no_edition_features_nothing():
    assert choose_edition([], D(2021, 3, 5)) is None


# Numbers and figures in three languages


@pytest.mark.parametrize(
    ("language", "number", "expected"),
    [
        ("fr", 1, "1<sup>re</sup> édition"),
        ("fr", 8, "8<sup>e</sup> édition"),
        ("en", 1, "1<sup>st</sup>"),
        ("en", 3, "3<sup>rd</sup>"),
        ("en", 12, "12<sup>th</sup>"),
        ("en", 22, "22<sup>nd</sup>"),
        ("ja", 8, "第8回"),
    ],
)
def test_an_edition_number_is_written_as_each_language_counts(language, number, expected):
    with translation.override(language):
        assert expected in edition_number(number)


def test_an_unknown_figure_is_nothing_never_zero():
    assert figure(None) == ""
    with translation.override("fr"):
        assert figure(7548) == "7\xa0548"
        assert figure(4500, "about") == "environ 4\xa0500"
        assert figure(500, "more") == "plus de 500"


# The archive page of the seeded demo


def archive(language):
    locale = Locale.objects.get(language_code=language)
    return SeriesArchivePage.objects.get(locale=locale)


def archive_items(client, language) -> dict[str, BeautifulSoup]:
    """Each edition's item on the archive page, by the edition page's URL."""
    response = client.get(archive(language).url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {
        item.select_one("a.editions__link")["href"]: item
        for item in soup.select("ol.editions > li.editions__item")
    }


def known_editions():
    return load("editions")["editions"]


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "en", "ja"])
def test_every_known_edition_is_on_the_archive_in_order(client, language):
    items = archive_items(client, language)
    editions = EditionPage.objects.child_of(archive(language).get_parent()).live()
    by_number = {edition.number: edition for edition in editions}
    for data in known_editions():
        assert by_number[data["number"]].url in items, data["number"]
    years = [int(item.select_one("time.editions__year")["datetime"]) for item in items.values()]
    assert years == sorted(years)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "first_visitors", "third_visitors"),
    [("fr", "7\xa0548", "environ 4\xa0500"), ("en", "7,548", "4,500"), ("ja", "7,548", "4,500")],
)
def test_the_archive_shows_the_sources_figures_and_no_unknown_one(
    client, language, first_visitors, third_visitors
):
    items = archive_items(client, language)
    pages = {
        page.number: page
        for page in EditionPage.objects.filter(locale__language_code=language, number__in=[1, 3, 6])
    }
    first = items[pages[1].url]
    assert first.select_one("time.editions__year").text == "2014"
    assert [dd.text for dd in first.select("dd")] == [first_visitors]  # no count of collectivités
    third = items[pages[3].url]
    assert [dd.text for dd in third.select("dd")][0] == "14"
    assert third_visitors in third.select("dd")[1].text
    # The 6th edition: no figure at all in the sources, so no list of figures.
    assert items[pages[6].url].select_one("dl") is None
    for item in items.values():
        assert all(dd.text.strip() not in ("0", "") for dd in item.select("dd"))


@pytest.mark.django_db
def test_the_2021_edition_keeps_its_pages_and_gets_its_figures(client):
    shoku = EditionPage.objects.get(slug="2021-shoku", locale__language_code="fr")
    assert (shoku.collectivites_count, shoku.objects_count) == (8, 100)
    assert CraftObjectPage.objects.filter(edition=shoku).exists()
    body = client.get(shoku.url).content.decode()
    assert "plus de 100" in body
    assert "Sources : texte de présentation de l’exposition" in body


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["fr", "ja"])
def test_an_archive_edition_renders_without_exhibitors_or_empty_headings(client, language):
    page = EditionPage.objects.get(number=1, locale__language_code=language)
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    main = soup.find("main")
    assert main.select_one("#exhibitors-title") is None
    assert main.select_one(".cta-band") is None
    assert main.select_one(".edition-known") is not None
    for heading in main.find_all(["h1", "h2", "h3"]):
        assert heading.get_text(strip=True)
    facts = str(main.select_one("dl.facts"))
    if language == "ja":
        assert "第1回" in facts and "7,548" in facts
        assert "自治体国際化協会パリ事務所" in main.select_one(".edition-sources").text
    else:
        assert "1<sup>re</sup> édition" in facts and "7\xa0548" in facts


# The home


@pytest.mark.django_db
def test_the_home_features_its_edition_s_objects_one_per_collectivite(client):
    response = client.get("/fr/")
    soup = BeautifulSoup(response.content, "html.parser")
    cards = soup.select(".home-objects .card-grid > li")
    assert len(cards) == 8
    shoku = EditionPage.objects.get(slug="2021-shoku", locale__language_code="fr")
    objects = CraftObjectPage.objects.filter(edition=shoku)
    urls = {obj.url: obj.collectivite_id for obj in objects}
    shown = [a["href"] for card in cards for a in card.select("a") if a["href"] in urls]
    assert len({urls[url] for url in shown}) == 8  # eight collectivités, one object each


@pytest.mark.django_db
def test_the_home_lists_every_edition_and_marks_the_featured_one(client):
    soup = BeautifulSoup(client.get("/fr/").content, "html.parser")
    timeline = soup.select_one(".home-editions ol.editions")
    links = [a["href"] for a in timeline.select("a.editions__link")]
    home = site_home()
    assert links == [e.url for e in EditionPage.objects.child_of(home).order_by("year", "number")]
    featured = timeline.select_one(".is-featured a.editions__link")["href"]
    assert featured == EditionPage.objects.get(slug="2021-shoku", locale=home.locale).url
    assert soup.select_one(".home-editions__more a")["href"] == archive("fr").url


@pytest.mark.django_db
def test_without_an_editors_choice_the_home_features_the_edition_by_its_dates():
    home = site_home()
    home.featured_edition = None
    home.save()
    editions = {e.number: e for e in EditionPage.objects.child_of(home)}
    assert home.get_featured_edition(D(2021, 3, 5)) == editions[8]  # the MCJP show runs
    assert home.get_featured_edition(D(2022, 10, 1)) == editions[10]  # opens 2 November
    assert home.get_featured_edition(D(2026, 12, 6)) == editions[13]  # all over: the latest


@pytest.mark.django_db
def test_the_home_reads_the_timeline_in_the_same_queries_whatever_the_editions(client):
    def queries():
        for alias in caches:
            caches[alias].clear()
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/fr/").status_code == 200
        return len(captured)

    queries()  # the first request of a test also reads what the process then keeps
    before = queries()
    for number in (20, 21, 22):
        EditionPageFactory(number=number, year=2000 + number, catalogue=None)
    assert queries() == before


@pytest.mark.django_db
def test_a_new_home_has_an_archive_page_type_to_add():
    assert "exhibition.SeriesArchivePage" in HomePage.subpage_types
    assert SeriesArchivePage.parent_page_types == ["exhibition.HomePage"]
