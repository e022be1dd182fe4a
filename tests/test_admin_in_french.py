"""The admin speaks French to curators: a locale is a «langue», never a «région»; the
strings that Wagtail and wagtail-localize leave in English are translated
(config/admin_translations/, templates/wagtaillocales/, core/wagtail_hooks.py)."""

import json

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from tests.factories import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client():
    user = make_user("admin-fr", superuser=True)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "fr"
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def test_languages_are_called_languages_not_regions(admin_client):
    Locale.objects.get_or_create(language_code="en")
    page = admin_client.get(reverse("wagtaillocales:index"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "Langues" in html
    assert "Région" not in html and "région" not in html


def test_language_usage_line_is_french(admin_client):
    html = admin_client.get(reverse("wagtaillocales:index")).content.decode()
    assert " pages" in html or " page" in html
    assert "others" not in html


def test_languages_are_named_in_french_in_the_admin(admin_client):
    Locale.objects.get_or_create(language_code="en")
    html = admin_client.get(reverse("wagtaillocales:index")).content.decode()
    assert "anglais" in html
    assert ">English<" not in html


def test_workflow_and_status_are_french(admin_client):
    html = admin_client.get(reverse("wagtailadmin_reports:workflow")).content.decode()
    assert "Circuit de validation" in html or "circuit de validation" in html
    assert "Workflow" not in html.replace("workflow-", "")


def test_translation_editor_publish_button_reads_publier_en(admin_client):
    catalogue = admin_client.get("/admin/localize/jsi18n/").content.decode()
    # The editor appends the language's name to this string.
    assert json.dumps("Publier en ") in catalogue


def test_translation_editor_hard_coded_strings_are_given_in_french(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode()
    assert "localize-editor-strings.js" in html
    assert json.dumps("Plus d’actions") in html
