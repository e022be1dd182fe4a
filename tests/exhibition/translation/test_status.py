"""`translation_status`: a French change published after a translation marks it out of
date, and the English page visitors see stays the translation, never the new French."""

import pytest

from django.utils import translation

from wagtail.models import Locale

from catalogue.models import CraftObjectPage
from exhibition.translation.selectors import State, translation_status
from exhibition.translation.services import translation_apply
from tests.factories import CraftObjectPageFactory

pytestmark = pytest.mark.django_db


def translated_object():
    source = CraftObjectPageFactory(title="Plateau", summary="Un plateau.", tags=())
    translation_apply(
        source=source,
        locale="en",
        fields={
            "title": "Tray",
            "summary": "A tray.",
            "slug": "tray",
            "sku": source.sku,
            "gallery_images": [{"alt_text": "The tray, seen from above."}],
        },
    )
    return CraftObjectPage.objects.get(pk=source.pk)


def english_of(source):
    return CraftObjectPage.objects.get(
        translation_key=source.translation_key, locale=Locale.objects.get(language_code="en")
    )


def test_a_translation_with_every_string_translated_is_up_to_date_and_the_other_missing():
    source = translated_object()

    statuses = translation_status(source)

    assert statuses["en"].state is State.UP_TO_DATE, statuses["en"]
    assert statuses["ja"].state is State.MISSING


def test_a_french_edit_published_marks_the_translation_out_of_date_and_leaves_it_as_it_was(
    client,
):
    source = translated_object()

    source.summary = "Un plateau de cuivre martelé."
    source.save_revision().publish()

    status = translation_status(source)["en"]
    assert status.state is State.OUT_OF_DATE
    assert status.translated < status.segments
    english = english_of(source)
    assert english.summary == "A tray."
    with translation.override("fr"):  # the request activates English: not beyond it
        response = client.get(english.url)
    assert response.status_code == 200
    assert "martelé" not in response.content.decode()


def test_translating_the_changed_text_brings_it_up_to_date_again():
    source = translated_object()
    source.summary = "Un plateau de cuivre martelé."
    source.save_revision().publish()

    translation_apply(source=source, locale="en", fields={"summary": "A hammered copper tray."})

    assert translation_status(source)["en"].state is State.UP_TO_DATE
    assert english_of(source).summary == "A hammered copper tray."


def test_the_status_reads_the_same_from_the_translation():
    source = translated_object()

    assert translation_status(english_of(source))["en"].state is State.UP_TO_DATE
