"""A small workshop is created as the form comes: «places par réservation» defaults to 4,
and a workshop of 2 places publishes without the editor having to lower it first."""

import pytest

from django.urls import reverse

from exhibition.models import EditionPage, Venue
from tests.exhibition.admin_helpers import editor, form_data
from workshops.models import WorkshopPage

pytestmark = pytest.mark.django_db


def publish_workshop(client, **fields):
    client.force_login(editor())
    edition = EditionPage.objects.filter(locale__language_code="fr").order_by("-year")[0]
    url = reverse("wagtailadmin_pages:add", args=["workshops", "workshoppage", edition.pk])
    data = form_data(client, url, WorkshopPage)
    assert data["max_places_per_booking"] == "4"  # the form's default
    data.update(
        {
            "title": "Atelier en petit comité",
            "slug": "atelier-en-petit-comite",
            "starts_at": "2031-05-10 14:00",
            "ends_at": "2031-05-10 16:00",
            "venue": str(Venue.objects.order_by("pk")[0].pk),
            "language": "fr",
            "price": "0",
            "action-publish": "action-publish",
            **fields,
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    return WorkshopPage.objects.get(slug="atelier-en-petit-comite")


def test_a_workshop_of_two_places_publishes_with_the_default_places_per_booking(client):
    workshop = publish_workshop(client, capacity="2")

    assert workshop.live
    assert (workshop.capacity, workshop.max_places_per_booking) == (2, 2)
    assert workshop.places_per_booking == 2


def test_a_cap_below_the_capacity_is_kept_as_the_editor_set_it(client):
    workshop = publish_workshop(client, capacity="12", max_places_per_booking="3")

    assert (workshop.capacity, workshop.max_places_per_booking) == (12, 3)
