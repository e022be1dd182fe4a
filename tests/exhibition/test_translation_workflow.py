"""Curators translate their own collectivité's pages and submit the translations to the
«Relecture éditoriale» workflow; nothing reaches /en/ or /ja/ before an Éditeur approves."""

import pytest

from django.test import Client
from django.urls import reverse

from wagtail.models import Locale, Page, WorkflowState

from tests.exhibition.admin_helpers import curator, edit_url, editor, refused
from tests.exhibition.translation_helpers import link, translate, translate_strings
from tests.factories import CraftObjectPageFactory, ExhibitorPageFactory

pytestmark = pytest.mark.django_db

ENGLISH_TITLE = "Cast-iron teapot"


@pytest.fixture
def obj():
    return CraftObjectPageFactory(title="Théière en fonte", summary="Une théière de Morioka.")


@pytest.fixture
def own_curator(client, obj):
    """A curator of the object's collectivité (its group comes with the factory's page)."""
    client.force_login(curator(obj.collectivite.short_name))
    return client


@pytest.fixture
def editors():
    """An Éditeur, in a browser of their own."""
    other = Client()
    other.force_login(editor())
    return other


def english():
    return Locale.objects.get(language_code="en")


def submit_url(page):
    return reverse("wagtail_localize:submit_page_translation", args=[page.pk])


def start_translation(client, page):
    response = client.post(submit_url(page), {"locales": [english().pk]})
    assert response.status_code == 302, response.status_code
    return page.get_translation(english()).specific


def translation_action(client, page, action):
    return client.post(edit_url(page), {"action": action}, follow=True)


def approve(client, page):
    task_state = Page.objects.get(pk=page.pk).specific.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk])
    return client.post(url)


def shown(response):
    return [str(message) for message in response.context["messages"]]


def test_a_curator_may_translate_their_own_page_and_not_another_collectivites(own_curator, obj):
    other = CraftObjectPageFactory(parent=ExhibitorPageFactory(parent=obj.edition))

    assert submit_url(obj) in own_curator.get(edit_url(obj)).content.decode()
    assert own_curator.get(submit_url(obj)).status_code == 200
    assert refused(own_curator.get(submit_url(other)))
    assert refused(own_curator.post(submit_url(other), {"locales": [english().pk]}))
    assert other.get_translation_or_none(english()) is None


def test_a_translation_started_by_a_curator_is_a_draft_until_reviewed(own_curator, obj):
    target = start_translation(own_curator, obj)

    assert not target.live
    assert link(obj).enabled  # the translation editor follows the French page
    assert Client().get(f"/en/{target.url_path.split('/', 2)[2]}").status_code == 404


def test_the_translation_editor_offers_review_to_curators_and_publishing_to_editors(
    own_curator, editors, obj
):
    target = start_translation(own_curator, obj)

    mine = own_curator.get(edit_url(target)).content.decode()
    theirs = editors.get(edit_url(target)).content.decode()

    assert "js-translation-editor" in mine
    assert "&quot;canPublish&quot;: false" in mine and "&quot;canPublish&quot;: true" in theirs
    assert 'value="submit-for-review"' in mine and "Soumettre à la relecture" in mine


def test_a_submitted_translation_goes_online_once_an_editor_approves_it(own_curator, editors, obj):
    target = start_translation(own_curator, obj)
    translate_strings(obj, "en", {"Théière en fonte": ENGLISH_TITLE})

    response = translation_action(own_curator, target, "submit-for-review")

    assert any("soumise à la relecture" in text for text in shown(response))
    state = WorkflowState.objects.for_instance(target).get()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not Page.objects.get(pk=target.pk).live

    assert approve(editors, target).status_code == 302

    target.refresh_from_db()
    assert target.live and target.title == ENGLISH_TITLE
    assert ENGLISH_TITLE in Client().get(target.url).content.decode()


def test_a_live_translation_stays_as_it_was_while_its_new_version_is_reviewed(
    own_curator, editors, obj
):
    target = translate(obj, "en")  # live, still reading French
    translate_strings(obj, "en", {"Théière en fonte": ENGLISH_TITLE})

    translation_action(own_curator, target, "submit-for-review")

    assert Page.objects.get(pk=target.pk).title == "Théière en fonte"
    assert ENGLISH_TITLE not in Client().get(target.url).content.decode()
    approve(editors, target)
    target.refresh_from_db()  # its slug is translated too
    assert ENGLISH_TITLE in Client().get(target.url).content.decode()


def test_a_curator_cannot_approve_their_own_translation(own_curator, obj):
    target = start_translation(own_curator, obj)
    translate_strings(obj, "en", {"Théière en fonte": ENGLISH_TITLE})
    translation_action(own_curator, target, "submit-for-review")

    approve(own_curator, target)

    assert not Page.objects.get(pk=target.pk).live


def test_a_translation_with_untranslated_text_is_not_submitted(own_curator, obj):
    target = start_translation(own_curator, obj)

    response = translation_action(own_curator, target, "submit-for-review")

    assert any("à traduire" in text for text in shown(response))
    assert not WorkflowState.objects.for_instance(target).exists()


def test_a_saved_draft_changes_nothing_online(own_curator, obj):
    target = translate(obj, "en")
    revisions = target.revisions.count()
    translate_strings(obj, "en", {"Théière en fonte": ENGLISH_TITLE})

    translation_action(own_curator, target, "save-draft")

    target = Page.objects.get(pk=target.pk)
    assert target.revisions.count() == revisions + 1
    assert target.get_latest_revision_as_object().title == ENGLISH_TITLE
    assert target.title == "Théière en fonte"
    assert not WorkflowState.objects.for_instance(target).exists()


def test_a_translation_sent_back_for_changes_is_submitted_again(own_curator, editors, obj):
    target = start_translation(own_curator, obj)
    translate_strings(obj, "en", {"Théière en fonte": "Teapot"})
    translation_action(own_curator, target, "submit-for-review")
    task_state = Page.objects.get(pk=target.pk).specific.current_workflow_task_state
    reject = reverse(
        "wagtailadmin_pages:workflow_action", args=[target.pk, "reject", task_state.pk]
    )
    editors.post(reject, {"comment": "« Cast-iron », s’il vous plaît."})

    translate_strings(obj, "en", {"Théière en fonte": ENGLISH_TITLE})
    translation_action(own_curator, target, "submit-for-review")
    approve(editors, target)

    target.refresh_from_db()
    assert target.live and target.title == ENGLISH_TITLE


def test_editors_say_which_translation_is_out_of_date_on_the_french_page_and_its_translation(
    own_curator, editors, obj
):
    target = translate(obj, "en")
    translate_strings(obj, "en")
    translation_action(own_curator, target, "submit-for-review")
    approve(editors, target)
    french = obj.get_latest_revision_as_object()
    french.summary = "Une théière de Morioka, émaillée à l’intérieur."
    french.save_revision().publish()

    on_french = own_curator.get(edit_url(obj)).content.decode()
    on_english = own_curator.get(edit_url(target)).content.decode()

    notice = "Traduction anglaise à mettre à jour\u00a0: le texte français a changé le"
    assert notice in on_french and edit_url(target) in on_french
    assert notice in on_english
