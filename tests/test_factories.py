"""The factories build pages where the page tree allows them, published, beside the demo."""

import pytest

from catalogue.models import CraftObjectPage
from exhibition.models import ExhibitorPage
from tests.factories import (
    ArtisanFactory,
    BookingFactory,
    CraftObjectPageFactory,
    CraftTraditionFactory,
    EditionPageFactory,
    ExhibitorPageFactory,
    HomePageFactory,
    OrderLineFactory,
    TourismPageFactory,
    WorkshopPageFactory,
    site_home,
)

pytestmark = pytest.mark.django_db


def test_an_object_is_published_below_a_participation_in_an_edition_of_the_site(client):
    obj = CraftObjectPageFactory(stock=5)

    assert obj.live and obj.live_revision_id and not obj.has_unpublished_changes
    exhibitor = obj.get_parent().specific
    assert isinstance(exhibitor, ExhibitorPage)
    assert obj.edition.get_parent().pk == site_home().pk
    assert obj.collectivite == exhibitor.collectivite
    assert obj.cover.image.width == 64
    assert [tag.name for tag in obj.tags.all()] == ["essai"]
    assert client.get(obj.url).status_code == 200


def test_an_edition_has_its_catalogue_which_lists_its_objects(client):
    exhibitor = ExhibitorPageFactory()
    objects = CraftObjectPageFactory.create_batch(2, parent=exhibitor)

    catalogue = exhibitor.get_parent().specific.catalogue_page()
    response = client.get(catalogue.url)

    assert {o.pk for o in response.context["page_obj"]} == {o.pk for o in objects}


def test_an_object_may_be_left_a_draft():
    draft = CraftObjectPageFactory(live=False)

    assert not draft.live and draft.live_revision is None
    assert CraftObjectPage.objects.get(pk=draft.pk).gallery_images.count() == 1


def test_every_page_respects_the_parent_page_types():
    edition = EditionPageFactory()
    pages = [
        edition,
        ExhibitorPageFactory(parent=edition),
        WorkshopPageFactory(parent=edition),
        CraftObjectPageFactory(),
        TourismPageFactory(),
        HomePageFactory(),
    ]
    for page in pages:
        parent = page.get_parent().specific
        assert type(page) in parent.specific_class.allowed_subpage_models(), page
        assert type(parent) in type(page).allowed_parent_page_models(), page


def test_snippets_and_shop_rows_are_built_with_what_they_need():
    craft = CraftTraditionFactory()
    line = OrderLineFactory(quantity=2)

    assert craft.collectivite.live and craft.material.locale.language_code == "fr"
    assert ArtisanFactory().slug.startswith("artisan-essai-")
    assert BookingFactory().workshop.booking_window() == "open"
    assert line.sku == line.product.sku and line.line_total == 2 * line.product.price
