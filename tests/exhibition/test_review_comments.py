"""The reviewer's comment reaches the curator in the admin, not only by email: on the page's
edit view, and on the dashboard's «Modifications demandées» panel."""

import pytest

from django.test import Client
from django.urls import reverse

from tests.exhibition.admin_helpers import curator, editor
from tests.exhibition.test_workflow import NEW_TITLE, logged_in, submit, workflow_action
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db

COMMENT = "Précisez l’essence du bois et la provenance, s’il vous plaît."


@pytest.fixture
def live_object():
    return CraftObjectPageFactory()


@pytest.fixture
def own_curator(live_object):
    """A curator of the object's collectivité (its group comes with it)."""
    return logged_in(curator(live_object.collectivite.short_name))


@pytest.fixture
def changes_requested(own_curator, live_object):
    task_state = submit(own_curator, live_object)
    response = workflow_action(
        logged_in(editor()), live_object, "reject", task_state, comment=COMMENT
    )
    assert response.status_code == 302
    return live_object


def text(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_the_edit_view_shows_the_reviewers_comment_with_who_and_when(
    own_curator, changes_requested
):
    html = text(own_curator.get(reverse("wagtailadmin_pages:edit", args=[changes_requested.pk])))

    assert "Modifications demandées" in html
    assert COMMENT in html
    assert "Élise Moreau" in html  # the Éditrice who asked


def test_the_dashboard_lists_the_curators_pages_with_changes_requested(
    own_curator, changes_requested
):
    html = text(own_curator.get(reverse("wagtailadmin_home")))

    assert "Modifications demandées" in html
    assert NEW_TITLE in html  # the title of the draft that was sent back
    assert COMMENT in html
    assert reverse("wagtailadmin_pages:edit", args=[changes_requested.pk]) in html


def test_another_collectivites_curator_does_not_read_the_comment(changes_requested):
    other = CraftObjectPageFactory()
    assert other.collectivite_id != changes_requested.collectivite_id
    client = Client()
    client.force_login(curator(other.collectivite.short_name))

    html = text(client.get(reverse("wagtailadmin_home")))

    assert COMMENT not in html and NEW_TITLE not in html


def test_once_resubmitted_the_old_comment_is_no_longer_shown(own_curator, changes_requested):
    submit(own_curator, changes_requested, title="Sous-verres, essence précisée")

    html = text(own_curator.get(reverse("wagtailadmin_pages:edit", args=[changes_requested.pk])))

    assert COMMENT not in html
