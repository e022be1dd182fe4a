"""An object's gallery texts and an edition's parts are segments of their page's
wagtail-localize translation: a save from the translation editor (`save_target`) or a
draft submitted for review keeps the translator's English, never the French again; a
French child added later is an untranslated segment. Keywords are each language's own,
and the Japanese name is the French page's on every language version."""

import datetime

import pytest
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from django.utils import translation

from wagtail.models import Locale

from catalogue.models import CraftObjectImage, CraftObjectPage
from exhibition.models import EditionPage, EditionPart
from exhibition.translation.services import (
    Change,
    TranslationError,
    translation_apply,
    translation_keep_child_texts,
)
from exhibition.translation_review.workflow import translation_save_draft
from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitionImageFactory,
    make_user,
)

pytestmark = pytest.mark.django_db

ENGLISH_GALLERY = [
    {"alt_text": "A cast-iron teapot, seen from the front.", "caption": "The teapot"},
    {"alt_text": "Its lid and its pine-cone knob.", "caption": "The lid"},
]


def english():
    return Locale.objects.get(language_code="en")


def english_of(page):
    return type(page).objects.get(translation_key=page.translation_key, locale=english())


def translation_of(page):
    return Translation.objects.get(source__object_id=page.translation_key, target_locale=english())


def publish(page):
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def untranslated(page) -> int:
    total, done = translation_of(page).get_progress()
    return total - done


def gallery(page):
    return [(image.alt_text, image.caption) for image in page.gallery_images.all()]


def french_teapot():
    page = CraftObjectPageFactory(
        title="Théière en fonte",
        japanese_name="南部鉄器の急須",
        alt_text="Une théière en fonte, vue de face",
        more_images=[ExhibitionImageFactory()],
        tags=("fonte", "thé"),
    )
    page = CraftObjectPage.objects.get(pk=page.pk)
    for image, caption in zip(
        page.gallery_images.all(), ("La théière", "Le couvercle"), strict=True
    ):
        image.caption = caption
        image.save()
    return publish(CraftObjectPage.objects.get(pk=page.pk))


def english_teapot(source):
    translation_apply(
        source=source,
        locale="en",
        fields={
            "title": "Cast-iron teapot",
            "slug": "cast-iron-teapot",
            "gallery_images": ENGLISH_GALLERY,
            "tags": ["cast iron", "tea"],
        },
    )
    return english_of(source)


ENGLISH_TEAPOT_GALLERY = [(row["alt_text"], row["caption"]) for row in ENGLISH_GALLERY]


def test_the_translation_editors_save_keeps_the_english_alt_texts_captions_and_tags(client):
    source = french_teapot()
    english_teapot(source)

    translation_of(source).save_target(publish=True)

    target = english_of(source)
    assert gallery(target) == ENGLISH_TEAPOT_GALLERY
    assert sorted(tag.name for tag in target.tags.all()) == ["cast iron", "tea"]
    assert sorted(tag.name for tag in source.tags.all()) == ["fonte", "thé"]
    with translation.override("fr"):  # the page's own language stays with its request
        html = client.get(target.url).content.decode()
    assert "A cast-iron teapot, seen from the front." in html
    assert "Une théière en fonte" not in html


def test_the_english_children_keep_their_french_childs_key_and_their_own_locale():
    source = french_teapot()
    target = english_teapot(source)

    french_keys = [image.translation_key for image in source.gallery_images.all()]
    english_images = list(target.gallery_images.all())

    assert [image.translation_key for image in english_images] == french_keys
    assert {image.locale_id for image in english_images} == {english().pk}
    assert CraftObjectImage.objects.filter(translation_key__in=french_keys).count() == 4


def test_a_sync_of_the_french_page_then_a_save_keeps_the_english_children():
    source = french_teapot()
    english_teapot(source)

    # «Sync translated pages»: the source is refreshed from the French, then rebuilt.
    TranslationSource.update_or_create_from_instance(source)
    translation_of(source).save_target(publish=True)

    target = english_of(source)
    assert gallery(target) == ENGLISH_TEAPOT_GALLERY
    assert sorted(tag.name for tag in target.tags.all()) == ["cast iron", "tea"]


def test_a_draft_saved_for_review_has_the_english_gallery():
    source = french_teapot()
    english_teapot(source)

    revision = translation_save_draft(
        translation=translation_of(source), user=make_user("relectrice", superuser=True)
    )

    assert gallery(revision.as_object()) == ENGLISH_TEAPOT_GALLERY


def test_a_french_image_added_later_is_an_untranslated_segment_and_the_others_stay_english():
    source = french_teapot()
    english_teapot(source)
    missing_before = untranslated(source)

    # Last, as the admin's inline panel numbers it (without a position, databases disagree
    # on where NULL sorts: first in SQLite, last in PostgreSQL).
    source.gallery_images.add(
        CraftObjectImage(
            image=ExhibitionImageFactory(),
            alt_text="La théière et ses tasses",
            sort_order=source.gallery_images.count(),
        )
    )
    source = publish(source)  # publishing the French synchronises its source
    missing = untranslated(source)
    translation_of(source).save_target(publish=True)

    assert missing == missing_before + 1
    assert gallery(english_of(source)) == [
        *ENGLISH_TEAPOT_GALLERY,
        ("La théière et ses tasses", ""),
    ]


def test_the_service_says_what_changed_in_the_gallery_and_the_same_texts_again_change_nothing():
    source = french_teapot()
    english_teapot(source)
    revisions = english_of(source).revisions.count()

    again = translation_apply(
        source=source, locale="en", fields={"gallery_images": ENGLISH_GALLERY}
    )
    changed = translation_apply(
        source=source,
        locale="en",
        fields={"gallery_images": [{"alt_text": "A teapot."}, {}]},
        dry_run=True,
    )

    assert again.fields["gallery_images"].status is Change.UNCHANGED
    assert english_of(source).revisions.count() == revisions
    assert changed.fields["gallery_images"].status is Change.CHANGED
    assert changed.fields["gallery_images"].changed == 1


def test_a_gallery_given_with_a_text_per_image_missing_is_refused():
    source = french_teapot()

    with pytest.raises(TranslationError) as error:
        translation_apply(
            source=source, locale="en", fields={"gallery_images": ENGLISH_GALLERY[:1]}
        )

    assert error.value.field == "gallery_images"


def test_the_japanese_name_is_the_french_pages_on_every_language_version():
    source = french_teapot()
    english_teapot(source)

    source.japanese_name = "南部鉄瓶"
    source = publish(source)
    translation_of(source).save_target(publish=True)

    assert english_of(source).japanese_name == "南部鉄瓶"
    paths = TranslationSource.objects.get(object_id=source.translation_key).stringsegment_set
    assert not paths.filter(context__path="japanese_name").exists()


def test_alt_texts_written_before_the_migration_become_strings_the_editors_save_keeps():
    source = french_teapot()
    english_teapot(source)
    # As the service left them before: English on the page, no string behind them.
    StringTranslation.objects.filter(
        locale=english(), context__path__startswith="gallery_images."
    ).delete()

    stored = translation_keep_child_texts(source)
    again = translation_keep_child_texts(source)
    translation_of(source).save_target(publish=True)

    assert (stored, again) == (4, 0)
    assert gallery(english_of(source)) == ENGLISH_TEAPOT_GALLERY


# An edition's parts


def french_edition():
    # Without the factory's selling part: these are the edition's only parts.
    made = EditionPageFactory(title="Édition d’essai", online_sale=None)
    edition = EditionPage.objects.get(pk=made.pk)
    for position, (kind, title, description) in enumerate(
        (
            ("presale", "Vente en avant-première", "Les objets en vente avant l’ouverture."),
            ("exhibition", "Exposition", "Les objets à la Maison de la culture du Japon."),
        )
    ):
        edition.parts.add(
            EditionPart(
                kind=kind,
                title=title,
                description=description,
                end_date=datetime.date(2000, 11, 30),
                sort_order=position,  # as the admin's inline panel numbers them
            )
        )
    return publish(edition)


ENGLISH_PARTS = [
    {"title": "Presale", "description": "The objects on sale before the opening."},
    {"title": "Exhibition", "description": "The objects at the Japan Cultural Institute."},
]


def parts(page):
    return [{"title": part.title, "description": part.description} for part in page.parts.all()]


def english_edition(source):
    translation_apply(
        source=source,
        locale="en",
        fields={"title": "Test edition", "slug": "test-edition", "parts": ENGLISH_PARTS},
    )


def test_a_save_from_the_translation_editor_keeps_the_english_parts_of_an_edition():
    source = french_edition()
    english_edition(source)

    translation_of(source).save_target(publish=True)

    target = english_of(source)
    assert parts(target) == ENGLISH_PARTS
    assert [part.kind for part in target.parts.all()] == ["presale", "exhibition"]


def test_a_french_part_added_later_is_an_untranslated_segment_of_the_edition():
    source = french_edition()
    english_edition(source)

    missing_before = untranslated(source)

    source.parts.add(
        EditionPart(
            kind="event",
            title="Démonstration",
            description="Un artisan au travail.",
            end_date=datetime.date(2000, 11, 30),
            sort_order=source.parts.count(),
        )
    )
    source = publish(source)
    missing = untranslated(source)
    translation_of(source).save_target(publish=True)

    assert missing == missing_before + 2
    assert parts(english_of(source)) == [
        *ENGLISH_PARTS,
        {"title": "Démonstration", "description": "Un artisan au travail."},
    ]
