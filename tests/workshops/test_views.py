"""The workshop page, its booking form, and the visitor's booking page by token."""

import datetime
from decimal import Decimal

import pytest

from django.core import mail
from django.core.exceptions import ValidationError
from django.utils import timezone

from workshops.models import Booking, WorkshopPage

from .conftest import demo_workshop
from .helpers import book

pytestmark = pytest.mark.django_db

B = Booking.Status
FORM = {
    "places": "2",
    "first_name": "Claire",
    "last_name": "Dupont",
    "email": "claire@example.org",
    "phone": "",
}


def page_url(workshop, language="fr"):
    page = WorkshopPage.objects.get(
        translation_key=workshop.translation_key, locale__language_code=language
    )
    return page.url, page


def post_booking(client, workshop, language="fr", **changes):
    _, page = page_url(workshop, language)
    return client.post(f"/{language}/ateliers/{page.pk}/reserver/", {**FORM, **changes})


# The page


def test_the_page_shows_date_time_venue_language_price_and_places_left(client, free_workshop):
    book(free_workshop, "anne", 1)
    url, _ = page_url(free_workshop)
    html = client.get(url).content.decode()
    start = timezone.localtime(free_workshop.starts_at)
    assert f'datetime="{start.isoformat()}"' in html
    assert "de <time" in html and "14\u00a0h" in html and "16\u00a0h" in html
    assert "Maison de la Culture du Japon à Paris" in html
    assert "101 bis quai Jacques Chirac, 75015 Paris" in html
    assert "En français et en japonais" in html
    assert "Gratuit" in html
    assert "Plus que 3 places" in html
    assert 'action="/fr/ateliers/' in html and 'name="places"' in html


def test_a_paid_workshop_shows_its_price_per_person(client, paid_workshop):
    html = client.get(page_url(paid_workshop)[0]).content.decode()
    assert "25,00\u202f€ par personne" in html
    assert "Ajouter au panier" in html


def test_a_full_workshop_offers_its_waiting_list(client, free_workshop):
    book(free_workshop, "anne", 4)
    html = client.get(page_url(free_workshop)[0]).content.decode()
    assert "Complet — inscrivez-vous sur la liste d’attente." in html
    assert "M’inscrire sur la liste d’attente" in html
    assert 'type="hidden" name="accept_waitlist" value="True"' in html


def test_before_the_booking_opens_the_page_says_when_without_a_form(client, free_workshop):
    opens = timezone.make_aware(datetime.datetime(2030, 2, 1, 10, 0))
    WorkshopPage.objects.filter(pk=free_workshop.pk).update(booking_opens_at=opens)
    html = client.get(page_url(free_workshop)[0]).content.decode()
    assert "Les réservations ouvrent le" in html and "vendredi 1er février 2030, 10\u00a0h" in html
    assert 'name="places"' not in html


def test_the_demo_workshop_of_2021_says_its_booking_is_closed(client):
    workshop = demo_workshop()
    html = client.get(page_url(workshop)[0]).content.decode()
    assert "Réservations closes." in html and "samedi 6 mars 2021" in html
    assert 'name="places"' not in html


def test_the_english_and_japanese_pages_show_the_french_workshop_places(client, free_workshop):
    book(free_workshop, "anne", 3)
    for language in ("en", "ja"):
        url, page = page_url(free_workshop, language)
        response = client.get(url)
        assert response.status_code == 200
        assert f"/{language}/ateliers/{page.pk}/reserver/" in response.content.decode()
        assert response.context["places_left"] == 1


def test_the_edition_page_lists_its_workshops(client, free_workshop, paid_workshop):
    html = client.get("/fr/2021-shoku/").content.decode()
    assert "Ateliers sur réservation" in html
    assert free_workshop.url in html
    assert paid_workshop.url in html


# Booking


def test_booking_a_free_workshop_confirms_and_shows_the_booking_page(
    client, free_workshop, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = post_booking(client, free_workshop)
    booking = Booking.objects.get()
    assert response.status_code == 302 and response.url == booking.get_absolute_url()
    assert (booking.status, booking.places, booking.language) == (B.CONFIRMED, 2, "fr")
    assert len(mail.outbox) == 1
    page = client.get(response.url).content.decode()
    assert "Confirmée" in page and "Vos 2 places sont réservées" in page
    assert "Annuler ma réservation" in page


def test_booking_from_the_english_page_records_english(client, free_workshop):
    response = post_booking(client, free_workshop, "en")
    booking = Booking.objects.get()
    assert response.url.startswith("/en/ateliers/reservation/")
    assert booking.language == "en" and booking.workshop_id == free_workshop.pk


def test_booking_a_paid_workshop_puts_its_places_in_the_cart(client, paid_workshop):
    # Paid with the cart's objects in one order (tests/shop/test_cart_seats.py): nothing
    # is held before the checkout.
    response = post_booking(client, paid_workshop)
    assert response.url == "/fr/boutique/panier/"
    assert not Booking.objects.exists()


def test_a_full_workshop_takes_the_form_as_a_waiting_list_request(client, free_workshop):
    book(free_workshop, "anne", 4)
    response = post_booking(client, free_workshop, accept_waitlist="True")
    assert response.status_code == 302
    assert Booking.objects.get(email="claire@example.org").status == B.WAITLISTED


def test_a_workshop_that_filled_up_meanwhile_offers_its_waiting_list_in_one_click(
    client, free_workshop
):
    book(free_workshop, "anne", 4)  # while Claire was typing, the page showing places left
    response = post_booking(client, free_workshop)  # no waiting list asked
    html = response.content.decode()
    assert response.status_code == 400 and "L’atelier est complet." in html
    assert 'type="hidden" name="accept_waitlist" value="True"' in html
    response = post_booking(client, free_workshop, accept_waitlist="True")  # sent again
    assert Booking.objects.get(email="claire@example.org").status == B.WAITLISTED


BAD_INPUT = [
    ({"places": "0"}, "Réservez au moins une place."),
    ({"places": "99"}, "Au plus 4 places par réservation."),
    ({"places": "deux"}, "Indiquez un nombre de places en chiffres."),
    ({"email": "claire@"}, "Saisissez une adresse électronique valide"),
    ({"first_name": ""}, "Indiquez votre prénom."),
    ({"phone": "appelez-moi"}, "Ce numéro de téléphone n’est pas valide."),
]


@pytest.mark.parametrize(("changes", "message"), BAD_INPUT)
def test_bad_input_is_explained_and_books_nothing(client, free_workshop, changes, message):
    response = post_booking(client, free_workshop, **changes)
    html = response.content.decode()
    assert response.status_code == 400
    assert 'role="alert"' in html and "Votre réservation n’a pas pu être enregistrée" in html
    assert message in html
    assert html.count(message) == 2  # in the summary and beside the field
    assert "<title>Erreur" in html
    assert not Booking.objects.exists()


def test_the_form_keeps_what_was_typed_after_an_error(client, free_workshop):
    html = post_booking(client, free_workshop, email="claire@").content.decode()
    assert 'value="Dupont"' in html and 'aria-invalid="true"' in html


def test_a_closed_booking_window_is_explained_and_books_nothing(client, free_workshop):
    _, page = page_url(free_workshop)
    WorkshopPage.objects.filter(pk=free_workshop.pk).update(
        booking_closes_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    response = post_booking(client, free_workshop)
    assert response.status_code == 400
    assert "Les réservations de cet atelier sont closes." in response.content.decode()
    assert not Booking.objects.exists()


def test_too_many_places_for_what_is_left_is_explained(client, free_workshop):
    book(free_workshop, "anne", 3)
    response = post_booking(client, free_workshop, places="2")
    assert response.status_code == 400
    assert "Il ne reste qu’1 place" in response.content.decode()
    assert Booking.objects.count() == 1


def test_an_address_that_already_booked_is_told_so(client, free_workshop):
    book(free_workshop, "claire", 1)
    response = post_booking(client, free_workshop, email="CLAIRE@example.org")
    assert response.status_code == 400
    assert "Cette adresse a déjà une réservation" in response.content.decode()
    assert Booking.objects.count() == 1


def test_an_unpublished_workshop_is_not_found_and_books_nothing(client, free_workshop):
    _, page = page_url(free_workshop)
    free_workshop.unpublish()
    response = client.post(f"/fr/ateliers/{page.pk}/reserver/", FORM)
    assert response.status_code == 404
    assert not Booking.objects.exists()


def test_the_booking_url_only_accepts_post(client, free_workshop):
    _, page = page_url(free_workshop)
    assert client.get(f"/fr/ateliers/{page.pk}/reserver/").status_code == 405


# The booking page and cancellation


def test_a_wrong_token_finds_no_booking(client, free_workshop):
    book(free_workshop, "anne")
    assert client.get("/fr/ateliers/reservation/nope/").status_code == 404
    assert client.post("/fr/ateliers/reservation/nope/annuler/").status_code == 404


def test_the_booking_page_is_kept_out_of_search_engines(client, free_workshop):
    booking = book(free_workshop, "anne")
    html = client.get(booking.get_absolute_url()).content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_cancelling_asks_for_confirmation_and_only_a_post_cancels(client, free_workshop):
    booking = book(free_workshop, "anne", 2)
    page = client.get(booking.get_cancel_url())
    assert page.status_code == 200
    assert "Oui, annuler ma réservation" in page.content.decode()
    assert Booking.objects.get(pk=booking.pk).status == B.CONFIRMED
    assert client.put(booking.get_cancel_url()).status_code == 405

    response = client.post(booking.get_cancel_url())
    assert response.status_code == 302 and response.url == booking.get_absolute_url()
    assert Booking.objects.get(pk=booking.pk).status == B.CANCELLED
    assert "Votre réservation est annulée." in client.get(response.url).content.decode()


def test_cancelling_twice_changes_nothing_and_says_so(client, free_workshop):
    booking = book(free_workshop, "anne", 2)
    client.post(booking.get_cancel_url())
    cancelled_at = Booking.objects.get(pk=booking.pk).cancelled_at
    response = client.post(booking.get_cancel_url(), follow=True)
    assert "Cette réservation était déjà annulée." in response.content.decode()
    assert Booking.objects.get(pk=booking.pk).cancelled_at == cancelled_at


def test_a_cancellation_by_the_visitor_promotes_the_waiting_list(client, free_workshop):
    booking = book(free_workshop, "anne", 4)
    waiting = book(free_workshop, "bruno", 1, waitlist=True)
    client.post(booking.get_cancel_url())
    assert Booking.objects.get(pk=waiting.pk).status == B.CONFIRMED


def test_the_waiting_list_page_gives_the_visitors_rank(client, free_workshop):
    book(free_workshop, "anne", 4)
    book(free_workshop, "bruno", 1, waitlist=True)
    chloe = book(free_workshop, "chloe", 1, waitlist=True)
    html = client.get(chloe.get_absolute_url()).content.decode()
    assert "Vous êtes n° 2 sur la liste d’attente." in html
    assert "Quitter la liste d’attente" in html


def test_a_pending_booking_page_offers_the_payment(client, paid_workshop):
    booking = book(paid_workshop, "anne", 1)
    html = client.get(booking.get_absolute_url()).content.decode()
    assert "Payer ma réservation" in html and booking.get_payment_url() in html
    assert "25,00\u202f€ par personne" in html


def test_model_rules_refuse_an_end_before_the_start_and_cap_places_at_the_capacity():
    page = WorkshopPage(
        title="x",
        starts_at=timezone.now(),
        ends_at=timezone.now() - datetime.timedelta(hours=1),
        capacity=4,
        max_places_per_booking=6,
        price=Decimal("0"),
    )
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "ends_at" in error.value.message_dict
    # A cap above the capacity is not an error (issue 15, point 14): it means the whole
    # workshop, and is lowered to the capacity.
    assert "max_places_per_booking" not in error.value.message_dict
    assert page.max_places_per_booking == 4


# The anonymous page cache (core/page_cache.py)


@pytest.fixture
def page_cache(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE = True
    cache.clear()
    yield
    cache.clear()


def test_a_workshop_page_is_never_served_from_the_page_cache(client, page_cache):
    workshop = demo_workshop()  # booking closed: no form, no CSRF cookie
    url, _ = page_url(workshop)
    client.get(url)
    assert "X-Page-Cache" not in client.get(url).headers


def test_a_booking_refreshes_the_places_listed_on_the_cached_edition_page(
    client, page_cache, free_workshop, django_capture_on_commit_callbacks
):
    assert "Plus que 4 places" in client.get("/fr/2021-shoku/").content.decode()
    assert client.get("/fr/2021-shoku/")["X-Page-Cache"] == "HIT"
    with django_capture_on_commit_callbacks(execute=True):
        book(free_workshop, "anne", 1)
    html = client.get("/fr/2021-shoku/").content.decode()
    assert "Plus que 3 places" in html
