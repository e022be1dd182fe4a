"""«Relecture éditoriale»: what a curator submits reaches visitors only once an Éditeur
approves it; scheduled editions open by `publish_scheduled`; previews and revisions work."""

import datetime
import io
from unittest import mock

import pytest

from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from wagtail.models import Page, Revision, Workflow, WorkflowState

from catalogue.models import CraftObjectPage
from exhibition.models import EditionPage, HomePage
from exhibition.roles import EDITORS, REVIEW_TASK, WORKFLOW
from tests.exhibition.admin_helpers import (
    curator,
    edit_form,
    edit_url,
    editor,
    fr,
    member,
)
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db

NEW_TITLE = "Sous-verres kumiko, nouvelle série"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def live_object():
    return CraftObjectPageFactory()


@pytest.fixture
def own_curator(live_object):
    """A curator of the object's collectivité (its group comes with it)."""
    return logged_in(curator(live_object.collectivite.short_name))


@pytest.fixture
def editors():
    return logged_in(editor())


def visitor_sees(page, text) -> bool:
    response = Client().get(page.url)
    assert response.status_code == 200
    return text in response.content.decode()


def submit(client, page, title=NEW_TITLE):
    data = edit_form(client, page)
    data["title"] = title
    data["action-submit"] = "action-submit"
    response = client.post(edit_url(page), data)
    assert response.status_code == 302
    page.refresh_from_db()
    return page.current_workflow_task_state


def workflow_action(client, page, action, task_state, **data):
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, action, task_state.pk])
    return client.post(url, data)


def test_every_page_of_every_language_is_reviewed_by_the_editors():
    workflow = Workflow.objects.get(name=WORKFLOW)
    task = workflow.tasks.get().specific
    assert task.name == REVIEW_TASK
    assert [group.name for group in task.groups.all()] == [EDITORS]
    for language in ["fr", "en", "ja"]:
        home = HomePage.objects.get(locale__language_code=language)
        assert home.get_workflow() == workflow
        assert CraftObjectPage.objects.filter(locale=home.locale).first().get_workflow() == workflow


def test_curators_are_offered_to_submit_for_review_and_not_to_publish(own_curator, live_object):
    html = own_curator.get(edit_url(live_object)).content.decode()
    assert 'name="action-submit"' in html
    assert "Soumettre à Relecture éditoriale" in html
    assert 'name="action-publish"' not in html


def test_a_submitted_change_reaches_visitors_only_once_an_editor_approves(
    own_curator, editors, live_object
):
    old_title = live_object.title
    task_state = submit(own_curator, live_object)

    assert task_state.status == "in_progress"
    assert visitor_sees(live_object, old_title)
    assert not visitor_sees(live_object, NEW_TITLE)

    response = workflow_action(editors, live_object, "approve", task_state)

    assert response.status_code == 302
    live_object.refresh_from_db()
    assert live_object.title == NEW_TITLE
    assert visitor_sees(live_object, NEW_TITLE)
    assert live_object.workflow_states.get().status == WorkflowState.STATUS_APPROVED


def test_changes_requested_with_a_comment_leave_the_old_version_live(
    own_curator, editors, live_object
):
    old_title = live_object.title
    task_state = submit(own_curator, live_object)
    comment = "Précisez l’essence du bois et la provenance, s’il vous plaît."

    response = workflow_action(editors, live_object, "reject", task_state, comment=comment)

    assert response.status_code == 302
    live_object.refresh_from_db()
    assert live_object.title == old_title
    assert visitor_sees(live_object, old_title) and not visitor_sees(live_object, NEW_TITLE)
    state = live_object.workflow_states.get()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    # The curator reads the comment in the page's review history…
    history = reverse("wagtailadmin_pages:workflow_history_detail", args=[live_object.pk, state.pk])
    assert comment in own_curator.get(history).content.decode()
    # …and may edit again and resubmit.
    assert 'name="action-submit"' in own_curator.get(edit_url(live_object)).content.decode()


def test_a_curator_cannot_approve_their_own_submission(own_curator, live_object):
    old_title = live_object.title
    task_state = submit(own_curator, live_object)

    workflow_action(own_curator, live_object, "approve", task_state)

    live_object.refresh_from_db()
    assert live_object.title == old_title
    assert live_object.current_workflow_task_state.status == "in_progress"


def test_a_scheduled_edition_opens_when_publish_scheduled_runs_after_its_date(editors):
    home = fr(HomePage, "accueil")
    edition = EditionPage(title="9e édition – Mingei", slug="2022-mingei", number=9, year=2022)
    edition.live = False
    home.add_child(instance=edition)
    edition.save_revision()
    # Noon in Paris, not the time of day the test runs at: 30 days after 2:30 a.m. may be
    # a clock change, when 2:30 does not exist or comes twice and the form refuses it.
    day = timezone.localdate() + datetime.timedelta(days=30)
    opening = timezone.make_aware(datetime.datetime.combine(day, datetime.time(12, 0)))
    data = edit_form(editors, edition)
    data["go_live_at"] = opening.strftime("%Y-%m-%d %H:%M")
    data["action-publish"] = "action-publish"

    editors.post(edit_url(edition), data)

    edition.refresh_from_db()
    assert not edition.live
    assert edition.latest_revision.approved_go_live_at is not None
    url = "/fr/2022-mingei/"
    assert Client().get(url).status_code == 404

    call_command("publish_scheduled", stdout=io.StringIO())  # too early: nothing happens
    assert Client().get(url).status_code == 404

    later = opening + datetime.timedelta(hours=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=io.StringIO())

    assert Client().get(url).status_code == 200
    edition.refresh_from_db()
    assert edition.live


def test_preview_works_for_every_page_type_of_the_demo(editors):
    checked, failures = set(), []
    first_pages = {}
    for page in Page.objects.filter(locale__language_code="fr", depth__gt=1).order_by("path"):
        first_pages.setdefault(page.content_type_id, page)
    for page in first_pages.values():
        page = page.specific
        url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
        posted = editors.post(url, edit_form(editors, page))
        shown = editors.get(url)
        if posted.json() != {"is_valid": True, "is_available": True} or shown.status_code != 200:
            failures.append((type(page).__name__, posted.content[:300], shown.status_code))
        checked.add(type(page).__name__)

    assert failures == []
    assert {
        "HomePage",
        "EditionPage",
        "CataloguePage",
        "ExhibitorPage",
        "CraftObjectPage",
        "RegionIndexPage",
        "CollectivitePage",
        "TourismPage",
        "MaterialIndexPage",
    } <= checked


def test_revisions_are_listed_and_compared(editors, live_object):
    live_object.title = "Titre d’une révision"
    live_object.save_revision(user=member("auteur"))
    revisions = Revision.objects.for_instance(live_object).order_by("pk")
    assert revisions.count() >= 2

    history = editors.get(reverse("wagtailadmin_pages:history", args=[live_object.pk]))
    compare = editors.get(
        reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[live_object.pk, revisions.first().pk, revisions.last().pk],
        )
    )

    assert history.status_code == 200
    assert compare.status_code == 200
    assert "Titre d’une révision" in compare.content.decode()
