"""Curators draft, add and translate the pages of their own collectivité, but never publish."""

import pytest

from django.urls import reverse

from catalogue.models import CraftObjectPage
from exhibition.models import CuratorTeam, TourismPage
from tests.exhibition.admin_helpers import edit_form, edit_url, form_data, image_in, refused
from tests.exhibition.roles.helpers import KINDS, pages_of
from tests.factories import CraftObjectPageFactory, MaterialFactory

pytestmark = pytest.mark.django_db


# Curators on their own pages


@pytest.mark.parametrize("kind", KINDS)
def test_a_curator_saves_a_draft_of_each_of_their_collectivites_pages(sado, teams, kind):
    page = teams["ours"][kind]
    data = edit_form(sado, page)
    data["title"] = "Titre revu par la collectivité"

    response = sado.post(edit_url(page), data)

    assert response.status_code == 302 and response.url.startswith(edit_url(page))
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().title == "Titre revu par la collectivité"
    assert page.live and page.title != "Titre revu par la collectivité"  # still the old one


def test_a_curator_adds_a_tourism_page_under_their_collectivite(sado, teams):
    collectivite = teams["ours"]["collectivite"]
    add_subpage = reverse("wagtailadmin_pages:add_subpage", args=[collectivite.pk])
    url = reverse("wagtailadmin_pages:add", args=["exhibition", "tourismpage", collectivite.pk])
    # Tourism pages are the only kind allowed there: Wagtail goes straight to their form.
    assert sado.get(add_subpage).url == url
    data = form_data(sado, url, TourismPage)
    data.update({"title": "Sado en hiver", "slug": "sado-en-hiver"})

    response = sado.post(url, data)

    assert response.status_code == 302
    page = TourismPage.objects.get(slug="sado-en-hiver")
    assert page.get_parent().pk == collectivite.pk and not page.live


def test_a_curator_adds_an_object_to_their_participation(sado, teams):
    exhibitor = teams["ours"]["exhibitor"]
    url = reverse("wagtailadmin_pages:add", args=["catalogue", "craftobjectpage", exhibitor.pk])
    team = CuratorTeam.objects.get(collectivite=exhibitor.collectivite)
    image = image_in(team.collection, "Plateau")
    data = form_data(sado, url, CraftObjectPage)
    data.update(
        {
            "title": "Plateau en cèdre",
            "slug": "plateau-en-cedre",
            "summary": "Un plateau de Sado.",
            "material": str(MaterialFactory().pk),
            "price": "80.00",
            "stock": "3",
            "sku": "SADO-900",
            "gallery_images-TOTAL_FORMS": "1",
            "gallery_images-0-image": str(image.pk),
            "gallery_images-0-alt_text": "Plateau rectangulaire en cèdre clair",
            "gallery_images-0-caption": "",
            "gallery_images-0-id": "",
            "gallery_images-0-ORDER": "1",
            "gallery_images-0-DELETE": "",
        }
    )

    response = sado.post(url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page = CraftObjectPage.objects.get(sku="SADO-900")
    assert page.collectivite == exhibitor.collectivite and not page.live


def test_niigata_curator_edits_the_japanese_translation_of_niigata_not_of_kanazawa(niigata):
    assert niigata.get(edit_url(pages_of("niigata", "ja")["collectivite"])).status_code == 200
    assert refused(niigata.get(edit_url(pages_of("kanazawa", "ja")["collectivite"])))


@pytest.mark.parametrize("kind", KINDS)
def test_a_curator_cannot_publish_even_their_own_pages(sado, teams, kind):
    page = teams["ours"][kind]
    live_title = page.title
    data = edit_form(sado, page)
    data["title"] = "Publié sans relecture ?"
    data["action-publish"] = "action-publish"

    sado.post(edit_url(page), data)

    page.refresh_from_db()
    assert page.title == live_title
    assert page.live_revision.as_object().title == live_title


def test_a_curators_new_draft_stays_unpublished_when_it_asks_to_publish(sado, teams):
    exhibitor = teams["ours"]["exhibitor"]
    draft = CraftObjectPageFactory(parent=exhibitor, title="Brouillon", live=False)
    data = edit_form(sado, draft)
    data["action-publish"] = "action-publish"

    sado.post(edit_url(draft), data)

    draft.refresh_from_db()
    assert not draft.live and draft.live_revision is None
