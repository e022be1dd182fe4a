"""`translation_apply`: texts given in code become a wagtail-localize translation of the
French page or snippet, linked to it, idempotent, and a dry run writes nothing."""

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from wagtail.models import Locale

from catalogue.importing.description import description_stream
from catalogue.models import CraftObjectPage, Material
from exhibition.translation.services import Change, TranslationError, translation_apply
from tests.factories import CraftObjectPageFactory, MaterialFactory

pytestmark = pytest.mark.django_db


def english():
    return Locale.objects.get(language_code="en")


def english_strings(obj):
    return StringTranslation.objects.filter(
        locale=english(), context__object_id=obj.translation_key
    )


def a_described_object(**kwargs):
    page = CraftObjectPageFactory(**kwargs)
    page.description = description_stream(
        {
            "description": "Un bol tourné à la main.\n\nSa glaçure est bleue.",
            "tradition": "Un geste ancien.",
            "modernite": "Une table d’aujourd’hui.",
        }
    )
    page.save_revision().publish()
    return CraftObjectPage.objects.get(pk=page.pk)


def english_description(source):
    return description_stream(
        {
            "description": "A hand-thrown bowl.\n\nIts glaze is blue.",
            "tradition": "An old gesture.",
            "modernite": "A table of today.",
        },
        source.description,
    )


def test_a_snippet_gets_a_linked_translation_with_its_strings_translated():
    material = MaterialFactory(name="Laque", description="Sève d’arbre durcie.")

    result = translation_apply(
        source=material, locale="en", fields={"name": "Lacquer", "description": "Hardened sap."}
    )

    target = Material.objects.get(translation_key=material.translation_key, locale=english())
    assert (target.name, target.description) == ("Lacquer", "Hardened sap.")
    assert result.target_created and result.fields["name"].status is Change.CREATED
    source = TranslationSource.objects.get(object_id=material.translation_key)
    assert Translation.objects.filter(source=source, target_locale=english()).exists()
    assert set(english_strings(material).values_list("data", flat=True)) == {
        "Lacquer",
        "Hardened sap.",
    }


def test_a_page_translation_matches_the_description_paragraphs_and_blocks_in_order():
    source = a_described_object(title="Bol bleu", summary="Un bol.")

    result = translation_apply(
        source=source,
        locale="en",
        fields={
            "title": "Blue bowl",
            "summary": "A bowl.",
            "description": english_description(source),
            "gallery_images": [{"alt_text": "The bowl from above"}],
        },
    )

    target = CraftObjectPage.objects.get(translation_key=source.translation_key, locale=english())
    assert target.live and (target.title, target.summary) == ("Blue bowl", "A bowl.")
    text = str(target.description.render_as_block())
    assert "A hand-thrown bowl." in text and "Its glaze is blue." in text
    assert "An old gesture." in text and "tourné" not in text
    assert [image.alt_text for image in target.gallery_images.all()] == ["The bowl from above"]
    assert target.material_id == source.material_id  # no English material: the French one
    assert result.fields["description"].created == 4  # two paragraphs, tradition, modernity


def test_foreign_keys_point_at_the_translated_snippet_when_it_exists():
    material = MaterialFactory(name="Cuivre")
    translation_apply(source=material, locale="en", fields={"name": "Copper"})
    source = CraftObjectPageFactory(material=material)

    translation_apply(source=source, locale="en", fields={"title": "Copper tray"})

    target = CraftObjectPage.objects.get(translation_key=source.translation_key, locale=english())
    assert target.material.name == "Copper"


def test_applying_other_texts_updates_the_translation_and_says_what_changed():
    source = CraftObjectPageFactory(title="Plateau", summary="Un plateau.")
    translation_apply(source=source, locale="en", fields={"title": "Tray", "summary": "A tray."})

    result = translation_apply(
        source=source, locale="en", fields={"title": "Copper tray", "summary": "A tray."}
    )

    assert result.fields["title"].status is Change.CHANGED
    assert result.fields["summary"].status is Change.UNCHANGED
    target = CraftObjectPage.objects.get(translation_key=source.translation_key, locale=english())
    assert target.title == "Copper tray"


def test_the_same_texts_again_change_nothing_not_even_a_revision():
    source = CraftObjectPageFactory(title="Plateau")
    first = translation_apply(source=source, locale="en", fields={"title": "Tray"})
    revisions = first.target.revisions.count()

    again = translation_apply(source=source, locale="en", fields={"title": "Tray"})

    assert not again.has_changes
    assert again.target.revisions.count() == revisions


def test_a_dry_run_reports_the_same_and_writes_nothing():
    source = CraftObjectPageFactory(title="Plateau", summary="Un plateau.")

    result = translation_apply(
        source=source, locale="en", fields={"title": "Tray", "summary": "A tray."}, dry_run=True
    )

    assert result.target_created and result.strings_created == 2
    assert not CraftObjectPage.objects.filter(
        translation_key=source.translation_key, locale=english()
    ).exists()
    assert not TranslationSource.objects.filter(object_id=source.translation_key).exists()
    assert not english_strings(source).exists()


def test_a_source_outside_the_default_locale_is_refused():
    source = CraftObjectPageFactory(title="Plateau")
    target = translation_apply(source=source, locale="en", fields={"title": "Tray"}).target

    with pytest.raises(TranslationError, match="seule la version source"):
        translation_apply(source=target, locale="ja", fields={"title": "盆"})


def test_a_description_whose_blocks_do_not_line_up_is_refused():
    source = a_described_object()
    fewer = description_stream(
        {"description": "Only one paragraph.", "tradition": "", "modernite": ""}
    )

    with pytest.raises(TranslationError, match="même ordre"):
        translation_apply(source=source, locale="en", fields={"description": fewer})


def test_a_field_the_model_does_not_have_is_refused():
    with pytest.raises(TranslationError, match="n’est pas un champ"):
        translation_apply(source=MaterialFactory(), locale="en", fields={"colour": "red"})
