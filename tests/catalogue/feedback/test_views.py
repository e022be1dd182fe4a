"""A visitor's feedback through the public form: stored once, in their language, from the
hall or the web; bad input re-rendered with its errors and nothing stored; robots, other
sites and floods refused."""

import re

import pytest

from django.http import HttpResponse
from django.utils import translation

from catalogue.hall import HALL_COOKIE, mark_hall_visit
from catalogue.models import VisitorFeedback
from core import rate_limits

from .helpers import demo_object, feedback_url

pytestmark = pytest.mark.django_db

ANSWERS = {"colour": "5", "shape": "4", "size": "right", "price": "expensive", "would_buy": "maybe"}


def post(client, page, data, language="fr", **headers):
    return client.post(feedback_url(page, language), data, **headers)


def test_a_visitors_answers_are_stored_on_the_french_object_with_language_and_source():
    from django.test import Client

    page = demo_object()
    response = post(Client(), page, {**ANSWERS, "remark": "Un bleu magnifique."})
    assert response.status_code == 302
    assert response["Location"].endswith(f"/fr/avis/{page.pk}/merci/")
    feedback = VisitorFeedback.objects.get()
    assert feedback.craft_object == page
    assert (feedback.colour, feedback.shape) == (5, 4)
    assert (feedback.size, feedback.price, feedback.would_buy) == ("right", "expensive", "maybe")
    assert feedback.remark == "Un bleu magnifique."
    assert (feedback.language, feedback.source) == ("fr", "web")
    assert feedback.sku == page.sku and feedback.object_title == page.title
    assert feedback.collectivite_id == page.collectivite_id
    assert feedback.edition_id == page.edition_id
    assert feedback.exhibitor_id == page.get_parent().pk


def test_feedback_from_the_japanese_page_is_japanese_and_counted_on_the_french_object(client):
    french = demo_object()
    japanese = demo_object(language="ja")
    assert japanese.translation_key == french.translation_key
    response = post(client, japanese, {"colour": "3", "remark": "色がきれいです。"}, "ja")
    assert response.status_code == 302
    assert response["Location"].startswith("/ja/")
    feedback = VisitorFeedback.objects.get()
    assert (feedback.language, feedback.craft_object_id) == ("ja", french.pk)
    assert feedback.remark == "色がきれいです。"


def test_the_thank_you_is_in_the_visitors_language_and_never_cached(client):
    page = demo_object(language="en")
    response = post(client, page, {"would_buy": "yes"}, "en", follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert page.title in html and f'href="{page.url}"' in html
    assert "no-cache" in response["Cache-Control"] and "X-Page-Cache" not in response


def hall_cookie(client, sku):
    """The signed cookie /o/<SKU>/ sets, copied into the test client."""
    response = mark_hall_visit(HttpResponse(), sku)
    client.cookies[HALL_COOKIE] = response.cookies[HALL_COOKIE].value


def test_feedback_after_scanning_the_objects_label_comes_from_the_hall(client):
    page = demo_object()
    hall_cookie(client, page.sku)
    post(client, page, {"colour": "4"})
    assert VisitorFeedback.objects.get().source == "hall"


def test_a_scan_of_another_objects_label_leaves_feedback_from_the_web(client):
    page, other = demo_object(), demo_object("toyama")
    hall_cookie(client, other.sku)
    post(client, page, {"colour": "4"})
    assert VisitorFeedback.objects.get().source == "web"


def test_a_forged_hall_cookie_counts_as_the_web(client):
    page = demo_object()
    client.cookies[HALL_COOKIE] = page.sku  # unsigned
    post(client, page, {"colour": "4"})
    assert VisitorFeedback.objects.get().source == "web"


def test_an_empty_form_is_shown_again_with_its_error_and_nothing_is_stored(client):
    page = demo_object()
    response = post(client, page, {"remark": "   "})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Répondez à au moins une question, ou laissez une remarque." in html
    assert 'role="alert"' in html and "<title>Erreur" in html
    assert 'id="avis"' in html and html.count("<h1") == 1
    assert not VisitorFeedback.objects.exists()


@pytest.mark.parametrize(
    "data, field, message",
    [
        ({"remark": "Voir https://spam.example/promo"}, "remark", "Les liens ne sont pas acceptés"),
        ({"remark": "Chez www.spam.example"}, "remark", "Les liens ne sont pas acceptés"),
        ({"remark": "x" * 1001}, "remark", "1000 caractères"),
        ({"remark": "Beau.", "email": "pas-une-adresse"}, "email", "adresse"),
        ({"colour": "4", "email": "a@example.org"}, "email", "Laissez une remarque"),
        ({"colour": "9"}, "colour", "Sélectionnez un choix valide"),
        ({"size": "enorme"}, "size", "Sélectionnez un choix valide"),
    ],
)
def test_bad_answers_are_tied_to_their_field_and_nothing_is_stored(client, data, field, message):
    response = post(client, demo_object(), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'id="avis-{field}_error"' in html
    error = html.split(f'id="avis-{field}_error"')[1].split("</div>")[0]
    assert message in error.replace("\u00a0", " ").replace("\u202f", "")
    # The field (or the group of radios) points at its message: read out with the field.
    assert re.search(f'aria-describedby="[^"]*avis-{field}_error"', html)
    assert not VisitorFeedback.objects.exists()


def test_the_answers_given_are_kept_when_the_form_comes_back(client):
    response = post(client, demo_object(), {"colour": "2", "remark": "Voir www.x.example"})
    html = response.content.decode()
    assert 'value="2" id="avis-colour_1" checked' in html
    assert "Voir www.x.example</textarea>" in html


def test_a_filled_honeypot_is_thanked_but_nothing_is_stored(client):
    page = demo_object()
    response = post(client, page, {**ANSWERS, "site_web": "http://spam.example"})
    assert response.status_code == 302 and response["Location"].endswith("/merci/")
    assert not VisitorFeedback.objects.exists()


def test_a_post_from_another_site_is_refused(client):
    response = post(client, demo_object(), ANSWERS, HTTP_SEC_FETCH_SITE="cross-site")
    assert response.status_code == 403
    response = post(client, demo_object(), ANSWERS, HTTP_ORIGIN="https://evil.example")
    assert response.status_code == 403
    assert not VisitorFeedback.objects.exists()


def test_a_post_from_the_site_itself_is_accepted_without_csrf_token():
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = post(client, demo_object(), ANSWERS, HTTP_SEC_FETCH_SITE="same-origin")
    assert response.status_code == 302
    assert VisitorFeedback.objects.count() == 1


@pytest.mark.parametrize("object_id", ["999999", "999999999999999999999999"])
def test_an_unknown_object_is_a_404(client, object_id):
    for url in (f"/fr/avis/{object_id}/", f"/fr/avis/{object_id}/merci/"):
        assert client.get(url).status_code == 404
    assert client.post(f"/fr/avis/{object_id}/", ANSWERS).status_code == 404


def test_an_unpublished_object_takes_no_feedback(client):
    page = demo_object()
    page.unpublish()
    assert post(client, page, ANSWERS).status_code == 404
    assert not VisitorFeedback.objects.exists()


@pytest.fixture
def limits(settings, monkeypatch):
    now = {"t": 1_700_000_000.0}
    monkeypatch.setattr(rate_limits, "_now", lambda: now["t"])
    settings.RATE_LIMITS_ENABLED = True
    settings.TRUSTED_PROXY_COUNT = 0
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "feedback": "3/10m", "feedback_object": "2/24h"}
    return now


def test_an_address_that_sends_too_many_forms_is_told_to_wait_and_nothing_is_stored(client, limits):
    pages = [demo_object(slug) for slug in ("kanazawa", "toyama", "niigata", "fukui")]
    statuses = [post(client, page, {"colour": "4"}).status_code for page in pages]
    assert statuses == [302, 302, 302, 429]
    assert VisitorFeedback.objects.count() == 3
    limits["t"] += 601
    assert post(client, pages[3], {"colour": "4"}).status_code == 302


def test_one_address_gives_its_opinion_of_one_object_twice_a_day_at_most(client, limits):
    page = demo_object()
    statuses = [post(client, page, {"colour": "4"}).status_code for _ in range(3)]
    assert statuses == [302, 302, 429]
    assert VisitorFeedback.objects.count() == 2


def test_the_object_page_holds_the_form_without_csrf_token_and_stays_cached(client, settings):
    settings.PAGE_CACHE = True
    page = demo_object()
    first = client.get(page.url)
    html = first.content.decode()
    assert 'id="avis"' in html and 'href="#avis"' in html
    form = html.split('class="feedback__form"')[1].split("</form>")[0]
    assert f'action="/fr/avis/{page.pk}/"' in form
    assert "csrfmiddlewaretoken" not in form
    assert 'name="site_web"' in form and 'tabindex="-1"' in form
    assert "legend" in form and form.count('type="radio"') == 5 + 5 + 3 + 3 + 3
    assert first["X-Page-Cache"] == "MISS"
    assert client.get(page.url)["X-Page-Cache"] == "HIT"


def test_the_japanese_object_page_posts_to_the_japanese_form(client):
    page = demo_object(language="ja")
    with translation.override("ja"):
        html = client.get(page.url).content.decode()
    assert f'action="/ja/avis/{page.pk}/"' in html
