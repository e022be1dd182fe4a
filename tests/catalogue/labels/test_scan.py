"""The short address of a QR label, /o/<SKU>/: language, counting, cookie, never cached."""

import datetime

import pytest

from django.db.models import Sum

from catalogue.hall import FEEDBACK_ANCHOR, HALL_COOKIE, came_from_hall
from catalogue.models import ObjectScan
from tests.exhibition.translation_helpers import translate
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def bowl():
    return CraftObjectPageFactory(title="Bol à thé", sku="KNZ-901")


def scans_of(page, language=None):
    rows = ObjectScan.objects.filter(page=page)
    if language:
        rows = rows.filter(language=language)
    return rows.aggregate(total=Sum("count"))["total"] or 0


def test_a_scan_redirects_to_the_french_page_at_its_feedback_form(client, bowl):
    response = client.get("/o/KNZ-901/")
    assert response.status_code == 302
    assert response["Location"] == f"{bowl.url}#{FEEDBACK_ANCHOR}"


def test_the_redirect_is_never_cached(client, bowl):
    cache_control = client.get("/o/KNZ-901/")["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_the_sku_is_found_whatever_its_case(client, bowl):
    assert client.get("/o/knz-901/")["Location"] == f"{bowl.url}#{FEEDBACK_ANCHOR}"


def test_a_scan_sets_the_hall_cookie_naming_the_object(client, bowl):
    response = client.get("/o/knz-901/")
    assert HALL_COOKIE in response.cookies
    request = client.get(bowl.url).wsgi_request
    assert came_from_hall(request, "KNZ-901")


def test_a_visitor_reading_english_is_sent_to_the_live_english_page(client, bowl):
    english = translate(bowl, "en")
    response = client.get("/o/KNZ-901/", headers={"accept-language": "en-GB,en;q=0.9,fr;q=0.5"})
    assert response["Location"] == f"{english.url}#{FEEDBACK_ANCHOR}"
    assert english.url.startswith("/en/")


def test_the_first_preferred_language_with_a_live_page_wins(client, bowl):
    translate(bowl, "en")
    japanese = translate(bowl, "ja")
    response = client.get("/o/KNZ-901/", headers={"accept-language": "ja-JP,ja;q=0.9,en;q=0.8"})
    assert response["Location"] == f"{japanese.url}#{FEEDBACK_ANCHOR}"


def test_a_translation_not_yet_published_is_skipped_for_the_next_language(client, bowl):
    english = translate(bowl, "en")
    translate(bowl, "ja", publish=False)
    response = client.get("/o/KNZ-901/", headers={"accept-language": "ja,en;q=0.5"})
    assert response["Location"] == f"{english.url}#{FEEDBACK_ANCHOR}"


def test_without_a_live_translation_the_visitor_reads_french(client, bowl):
    translate(bowl, "ja", publish=False)
    response = client.get("/o/KNZ-901/", headers={"accept-language": "ja"})
    assert response["Location"] == f"{bowl.url}#{FEEDBACK_ANCHOR}"


def test_a_language_the_site_does_not_have_falls_back_to_french(client, bowl):
    response = client.get("/o/KNZ-901/", headers={"accept-language": "de-DE,de;q=0.9"})
    assert response["Location"] == f"{bowl.url}#{FEEDBACK_ANCHOR}"


def test_each_scan_is_counted_on_the_french_page_with_the_language_served(client, bowl):
    english = translate(bowl, "en")
    client.get("/o/KNZ-901/")
    client.get("/o/KNZ-901/")
    client.get("/o/KNZ-901/", headers={"accept-language": "en"})
    assert scans_of(bowl, "fr") == 2
    assert scans_of(bowl, "en") == 1
    assert not ObjectScan.objects.filter(page_id=english.pk).exists()


def test_head_requests_and_link_previews_are_not_counted(client, bowl):
    assert client.head("/o/KNZ-901/").status_code == 302
    client.get("/o/KNZ-901/", headers={"user-agent": "WhatsApp/2.23 A"})
    client.get("/o/KNZ-901/", headers={"user-agent": "Mozilla/5.0 (compatible; Googlebot/2.1)"})
    assert scans_of(bowl) == 0


def test_scans_of_one_day_add_up_in_one_row():
    bowl = CraftObjectPageFactory()
    day = datetime.date(2026, 6, 12)
    for _ in range(3):
        ObjectScan.record(page_id=bowl.pk, day=day, language="fr")
    ObjectScan.record(page_id=bowl.pk, day=day + datetime.timedelta(days=1), language="fr")
    rows = ObjectScan.objects.filter(page=bowl).order_by("day")
    assert [(row.day, row.count) for row in rows] == [(day, 3), (day.replace(day=13), 1)]


@pytest.mark.parametrize(
    "path",
    [
        "/o/NOPE-404/",
        "/o/" + "A" * 300 + "/",
        "/o/%E4%B9%9D%E8%B0%B7/",
        "/o/-KNZ-901/",
        "/o/KNZ%20901/",
    ],
)
def test_an_unknown_or_absurd_sku_is_the_sites_not_found_page(client, bowl, path):
    """Like any address without a language, a 404 is tried once more under /fr/
    (LocaleMiddleware), where nothing answers either: the site's 404 page."""
    response = client.get(path, follow=True)
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()
    assert scans_of(bowl) == 0


def test_an_unpublished_object_is_not_found(client):
    CraftObjectPageFactory(sku="KNZ-902", live=False)
    assert client.get("/o/KNZ-902/", follow=True).status_code == 404


def test_only_the_french_page_answers_for_a_sku(client, bowl):
    """Translations carry the French SKU: the lookup must not pick one of them."""
    translate(bowl, "en")
    response = client.get("/o/KNZ-901/", headers={"accept-language": "fr"})
    assert response["Location"] == f"{bowl.url}#{FEEDBACK_ANCHOR}"
