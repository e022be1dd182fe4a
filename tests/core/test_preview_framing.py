"""Wagtail's live preview frames the page being edited inside the admin: that response,
and only it, may be framed by our own origin; every public page keeps frame-ancestors 'none'."""

import pytest

from django.urls import reverse

from catalogue.models import CraftObjectPage
from tests.exhibition.admin_helpers import edit_form, editor
from tests.test_security_headers import policy


@pytest.fixture
def demo_object():
    return CraftObjectPage.objects.filter(locale__language_code="fr", live=True).order_by("path")[0]


@pytest.mark.django_db
def test_the_live_preview_may_be_framed_by_the_admin_itself(client, demo_object):
    client.force_login(editor())
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[demo_object.pk])
    posted = client.post(url, edit_form(client, demo_object))
    assert posted.json()["is_valid"] is True

    response = client.get(url)

    assert response.status_code == 200
    assert demo_object.title in response.content.decode()
    assert policy(response)["frame-ancestors"] == ["'self'"]
    assert response.get("X-Frame-Options", "SAMEORIGIN") == "SAMEORIGIN"


@pytest.mark.django_db
def test_the_public_page_of_the_same_object_still_refuses_every_frame(client, demo_object):
    response = client.get(demo_object.url)

    assert response.status_code == 200
    assert policy(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"
