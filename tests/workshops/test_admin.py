"""Attendee lists in the Wagtail admin: who may see them, what they show, the CSV, cancelling."""

import csv
import io

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from tests.factories import make_user
from workshops.models import Booking

from .helpers import book, visitor

pytestmark = pytest.mark.django_db

B = Booking.Status


@pytest.fixture
def attendees(free_workshop):
    """Two confirmed, one waiting, one cancelled booking of the demo's free workshop."""
    book(free_workshop, "anne", 2)
    book(free_workshop, "bruno", 2)
    book(free_workshop, "chloe", 1, waitlist=True)
    gone = book(free_workshop, "denis", 1, waitlist=True)
    from workshops import services

    services.booking_cancel(booking=gone, reason="plus disponible")
    return free_workshop


def urls(workshop):
    booking = Booking.objects.filter(workshop=workshop).first()
    return [
        reverse("workshops_admin_index"),
        reverse("workshops_admin_attendees", args=[workshop.pk]),
        reverse("workshops_admin_csv", args=[workshop.pk]),
        reverse("workshops_admin_cancel", args=[booking.pk]),
    ]


def test_the_boutique_and_editors_groups_may_see_and_cancel_bookings():
    for name in ("boutique", "Éditeurs"):
        codenames = set(Group.objects.get(name=name).permissions.values_list("codename", flat=True))
        assert {"view_booking", "cancel_booking", "access_admin"} <= codenames, name


def test_an_anonymous_visitor_is_sent_to_the_login_page(client, attendees):
    for url in urls(attendees):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("wagtailadmin_login")), url


def test_an_admin_user_without_the_permission_sees_no_attendee(client, attendees):
    client.force_login(make_user("redacteur", permissions=["wagtailadmin.access_admin"]))
    for url in urls(attendees):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "anne@example.org" not in response.content.decode(), url
    booking = Booking.objects.get(email="anne@example.org")
    client.post(reverse("workshops_admin_cancel", args=[booking.pk]))
    assert Booking.objects.get(pk=booking.pk).status == B.CONFIRMED


def test_the_admin_menu_shows_workshops_only_to_those_who_may_see_them(client, attendees):
    client.force_login(make_user("redacteur", permissions=["wagtailadmin.access_admin"]))
    assert reverse("workshops_admin_index") not in client.get("/admin/").content.decode()
    client.force_login(make_user("vendeuse", groups=["boutique"]))
    assert reverse("workshops_admin_index") in client.get("/admin/").content.decode()


@pytest.mark.parametrize("group", ["boutique", "Éditeurs"])
def test_staff_see_each_list_in_its_order_with_counts(client, attendees, group):
    client.force_login(make_user("accueil", groups=[group]))
    index = client.get(reverse("workshops_admin_index")).content.decode()
    assert attendees.title in index and "4 / 4" in index
    response = client.get(reverse("workshops_admin_attendees", args=[attendees.pk]))
    html = response.content.decode()
    assert response.status_code == 200
    for email in ("anne@", "bruno@", "chloe@", "denis@"):
        assert email in html
    assert html.index("anne@") < html.index("chloe@") < html.index("denis@")
    assert "Confirmées (2)" in html and "Liste d’attente (1)" in html
    assert "Annulée ou expirée (1)" in html and "plus disponible" in html
    assert response.context["attendance"].places_left == 0


def test_the_csv_export_is_excel_friendly_and_in_list_order(client, attendees):
    client.force_login(make_user("vendeuse", groups=["boutique"]))
    response = client.get(reverse("workshops_admin_csv", args=[attendees.pk]))
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment;" in response["Content-Disposition"]
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))
    assert rows[0][:4] == ["Statut", "Rang sur la liste d’attente", "Prénom", "Nom"]
    assert [(r[0], r[1], r[2]) for r in rows[1:]] == [
        ("Confirmée", "", "Anne"),
        ("Confirmée", "", "Bruno"),
        ("Sur liste d’attente", "1", "Chloe"),
        ("Annulée", "", "Denis"),
    ]


def test_a_visitor_cannot_smuggle_a_formula_into_the_export(client, free_workshop):
    from workshops import services

    services.booking_create(
        workshop=free_workshop,
        visitor=visitor("x", first_name='=HYPERLINK("http://evil")', last_name="@SUM(A1)"),
        places=1,
    )
    client.force_login(make_user("vendeuse", groups=["boutique"]))
    body = client.get(reverse("workshops_admin_csv", args=[free_workshop.pk])).content.decode()
    row = list(csv.reader(io.StringIO(body.lstrip("\ufeff")), delimiter=";"))[1]
    assert row[2] == '\'=HYPERLINK("http://evil")' and row[3] == "'@SUM(A1)"


def test_staff_cancel_a_booking_after_confirming_and_the_waiting_list_is_served(client, attendees):
    client.force_login(make_user("vendeuse", groups=["boutique"]))
    anne = Booking.objects.get(email="anne@example.org")
    url = reverse("workshops_admin_cancel", args=[anne.pk])
    page = client.get(url)
    assert page.status_code == 200 and "Oui, annuler cette réservation" in page.content.decode()
    assert Booking.objects.get(pk=anne.pk).status == B.CONFIRMED
    response = client.post(url)
    assert response.status_code == 302
    anne.refresh_from_db()
    assert anne.status == B.CANCELLED and "vendeuse" in anne.cancel_reason
    assert Booking.objects.get(email="chloe@example.org").status == B.CONFIRMED
    assert client.post(url).status_code == 302  # a second time: nothing more happens
    assert Booking.objects.get(pk=anne.pk).cancelled_at == anne.cancelled_at


def test_seeing_the_list_does_not_allow_cancelling(client, attendees):
    client.force_login(
        make_user("lecteur", permissions=["wagtailadmin.access_admin", "workshops.view_booking"])
    )
    anne = Booking.objects.get(email="anne@example.org")
    html = client.get(reverse("workshops_admin_attendees", args=[attendees.pk])).content.decode()
    assert "anne@example.org" in html
    assert reverse("workshops_admin_cancel", args=[anne.pk]) not in html
    response = client.post(reverse("workshops_admin_cancel", args=[anne.pk]))
    assert response.status_code in (302, 403)
    assert Booking.objects.get(pk=anne.pk).status == B.CONFIRMED
