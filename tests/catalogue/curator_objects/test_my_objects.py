"""«Mes objets»: a curator's list of their collectivité's objects, its filters and the bulk
«Soumettre à la relecture»; the Éditeurs see every collectivité's."""

import pytest

from django.urls import reverse

from wagtail.models import WorkflowState

from catalogue.models import CraftObjectPage
from tests.exhibition.admin_helpers import curator, editor, refused
from tests.factories import make_user

pytestmark = pytest.mark.django_db

URL = reverse("catalogue_my_objects")


def french(short_name):
    return CraftObjectPage.objects.filter(
        locale__language_code="fr", collectivite__short_name=short_name
    ).order_by("path")


def draft(page, title):
    """A change saved and not yet submitted, as a curator's import or edit leaves it."""
    page = page.specific.get_latest_revision_as_object()
    page.title = title
    page.save_revision()
    return CraftObjectPage.objects.get(pk=page.pk)


def listed(response) -> list[int]:
    assert response.status_code == 200
    return [item.pk for item in response.context["objects"]]


@pytest.fixture
def niigata(client):
    client.force_login(curator("Niigata"))
    return client


def test_a_curator_lists_their_collectivites_objects_and_no_others(niigata):
    response = niigata.get(URL)

    assert sorted(listed(response)) == sorted(french("Niigata").values_list("pk", flat=True))
    html = response.content.decode()
    assert french("Kanazawa").first().title not in html
    for heading in ("Objet", "Édition", "Prix TTC", "Stock", "Statut", "Traductions"):
        assert f">{heading}</th>" in html
    assert "Collectivité</th>" not in html  # their own, always


def test_the_menu_offers_my_objects_to_curators(niigata):
    assert URL in niigata.get(reverse("wagtailadmin_home")).content.decode()


def test_someone_who_may_edit_no_object_is_refused(client):
    client.force_login(make_user("compta", permissions=["wagtailadmin.access_admin"]))
    assert refused(client.get(URL))
    assert URL not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_status_filter_shows_drafts_and_the_language_filter_missing_translations(niigata):
    translated = [
        p for p in french("Niigata") if p.get_translations().filter(live=True).count() == 2
    ]
    first, second = translated[:2]
    changed = draft(first, "Sous-verres, nouvelle série")
    assert listed(niigata.get(URL, {"status": "draft"})) == [changed.pk]
    assert second.pk in listed(niigata.get(URL, {"status": "live"}))
    assert second.pk not in listed(niigata.get(URL, {"missing_language": "ja"}))

    second.get_translations().get(locale__language_code="ja").specific.unpublish()

    assert second.pk in listed(niigata.get(URL, {"missing_language": "ja"}))
    assert second.pk not in listed(niigata.get(URL, {"missing_language": "en"}))


def test_bulk_submission_starts_the_review_of_the_drafts_and_says_what_it_skipped(niigata):
    first, second, live = french("Niigata")[:3]
    drafts = [draft(first, "Bol, version corrigée"), draft(second, "Plat, version corrigée")]
    kanazawa = french("Kanazawa").first()

    response = niigata.post(
        URL, {"objects": [*(page.pk for page in drafts), live.pk, kanazawa.pk]}, follow=True
    )

    states = WorkflowState.objects.filter(status=WorkflowState.STATUS_IN_PROGRESS)
    assert sorted(int(state.object_id) for state in states) == sorted(p.pk for p in drafts)
    html = response.content.decode()
    assert "2 objets soumis à la relecture" in html
    assert "1 objet laissé tel quel" in html and "en ligne, sans modification à relire" in html
    assert "1 objet coché n’est pas des vôtres" in html
    assert not WorkflowState.objects.filter(object_id=str(kanazawa.pk)).exists()


def test_an_object_already_in_review_is_not_submitted_twice(niigata):
    page = draft(french("Niigata").first(), "Bol, version corrigée")
    niigata.post(URL, {"objects": [page.pk]})

    response = niigata.post(URL, {"objects": [page.pk]}, follow=True)

    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1
    assert "déjà en relecture" in response.content.decode()


def test_nothing_checked_is_a_clear_error(niigata):
    response = niigata.post(URL, {"objects": ["abc"]}, follow=True)

    assert "Cochez au moins un objet" in response.content.decode()
    assert not WorkflowState.objects.exists()


def test_the_editors_see_every_collectivite_and_filter_by_one(client):
    client.force_login(editor())
    every = listed(client.get(URL))
    assert len(every) == min(50, CraftObjectPage.objects.filter(locale__language_code="fr").count())

    kanazawa = french("Kanazawa").first().collectivite
    assert sorted(listed(client.get(URL, {"collectivite": kanazawa.pk}))) == sorted(
        french("Kanazawa").values_list("pk", flat=True)
    )
