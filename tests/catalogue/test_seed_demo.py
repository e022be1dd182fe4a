import io

import pytest
from wagtail_localize.models import Translation

from django.core.management import CommandError, call_command

from wagtail.models import Locale, Page

from catalogue.models import CraftObjectPage, Material
from demo.content import objects
from exhibition.models import CollectivitePage, EditionPage, ExhibitorPage, TourismPage
from workshops.models import WorkshopPage

pytestmark = pytest.mark.django_db

OBJECTS = objects()


def test_seed_builds_the_2021_edition():
    edition = EditionPage.objects.get(slug="2021-shoku", locale__language_code="fr")
    assert edition.number == 8 and edition.year == 2021
    assert [p.kind for p in edition.parts.all()] == ["presale", "online", "exhibition", "event"]
    assert CollectivitePage.objects.filter(locale__language_code="fr").count() == 8
    assert Material.objects.filter(locale__language_code="fr").count() == 6
    assert TourismPage.objects.filter(locale__language_code="fr").count() >= 8
    assert ExhibitorPage.objects.child_of(edition).count() == 8
    assert (
        CraftObjectPage.objects.live().filter(locale__language_code="fr").count()
        == len(OBJECTS)
        >= 100
    )


def test_every_object_has_images_alt_text_and_tree_fields():
    for page in CraftObjectPage.objects.prefetch_related("gallery_images"):
        images = list(page.gallery_images.all())
        assert 1 <= len(images) <= 3, page.sku
        assert all(image.alt_text for image in images)
        assert page.edition_id is not None and page.collectivite_id is not None
        assert page.get_parent().specific.collectivite_id == page.collectivite_id


def test_seed_translates_every_page_and_snippet_into_english_and_japanese():
    for language in ["en", "ja"]:
        assert CollectivitePage.objects.filter(locale__language_code=language).count() == 8
        assert Material.objects.filter(locale__language_code=language).count() == 6
        assert TourismPage.objects.filter(locale__language_code=language).count() >= 8
        objects = CraftObjectPage.objects.live().filter(locale__language_code=language)
        assert objects.count() == len(OBJECTS)


def test_every_english_and_japanese_page_is_a_wagtail_localize_translation_of_its_french():
    french = Locale.get_default()
    linked = {
        (source_key, language)
        for source_key, language in Translation.objects.filter(source__locale=french).values_list(
            "source__object_id", "target_locale__language_code"
        )
    }
    pages = Page.objects.filter(locale__language_code__in=["en", "ja"], depth__gt=1)
    missing = [
        (page.title, page.locale.language_code)
        for page in pages.select_related("locale")
        if (page.translation_key, page.locale.language_code) not in linked
    ]
    assert pages.count() > 200 and missing == []
    assert pages.type(WorkshopPage).count() == 2  # the one workshop of 2021, in en and ja
    assert not pages.filter(alias_of__isnull=False).exists()


def test_the_demo_objects_come_out_translated_from_their_language_columns():
    row = OBJECTS[0]
    french = CraftObjectPage.objects.get(sku=row["reference"], locale__language_code="fr")
    for language in ["en", "ja"]:
        page = CraftObjectPage.objects.get(
            translation_key=french.translation_key, locale__language_code=language
        )
        assert page.live and page.title == row[f"titre_{language}"]
        assert page.summary == row[f"resume_{language}"]
        assert page.material.locale.language_code == language


def test_running_the_seed_again_changes_nothing():
    before = CraftObjectPage.objects.count(), CollectivitePage.objects.count()
    out = io.StringIO()
    call_command("seed_demo", image_size="64x48", no_admin=True, stdout=out)
    assert "rien à créer" in out.getvalue()
    assert (CraftObjectPage.objects.count(), CollectivitePage.objects.count()) == before


def test_bad_image_size_is_refused_with_a_clear_message():
    with pytest.raises(CommandError, match="LARGEURxHAUTEUR"):
        call_command("seed_demo", image_size="big", no_admin=True, stdout=io.StringIO())
