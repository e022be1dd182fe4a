import io

import pytest

from django.core.management import CommandError, call_command

from catalogue.models import CraftObjectPage, Material
from demo.content import objects
from exhibition.models import CollectivitePage, EditionPage, ExhibitorPage, TourismPage

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


def test_running_the_seed_again_changes_nothing():
    before = CraftObjectPage.objects.count(), CollectivitePage.objects.count()
    out = io.StringIO()
    call_command("seed_demo", image_size="64x48", no_admin=True, stdout=out)
    assert "rien à créer" in out.getvalue()
    assert (CraftObjectPage.objects.count(), CollectivitePage.objects.count()) == before


def test_bad_image_size_is_refused_with_a_clear_message():
    with pytest.raises(CommandError, match="LARGEURxHAUTEUR"):
        call_command("seed_demo", image_size="big", no_admin=True, stdout=io.StringIO())
