"""Curators are refused, with nothing changed, another collectivité's pages and images, the
shared pages, the shop and the snippets."""

import pytest

from django.urls import reverse

from wagtail.models import Collection, Page, Revision

from catalogue.models import CraftObjectPage, Material
from exhibition.models import CuratorTeam, ExhibitionImage
from exhibition.roles import SHARED_COLLECTION
from tests.exhibition.admin_helpers import edit_form, edit_url, image_in, refused
from tests.exhibition.roles.helpers import KINDS, snapshot

pytestmark = pytest.mark.django_db


# Curators on another collectivité's pages


def _actions_on_their_pages(teams, kind):
    """(method, url, data) for every admin action on one of the other collectivité's pages."""
    page = teams["theirs"][kind]
    our_exhibitor = teams["ours"]["exhibitor"]
    first_revision = Revision.objects.for_instance(page).order_by("pk").first()
    return page, {
        "edit": ("get", edit_url(page), None),
        "add_subpage": ("get", reverse("wagtailadmin_pages:add_subpage", args=[page.pk]), None),
        "delete": ("get", reverse("wagtailadmin_pages:delete", args=[page.pk]), None),
        "delete_post": ("post", reverse("wagtailadmin_pages:delete", args=[page.pk]), {}),
        "move": ("get", reverse("wagtailadmin_pages:move", args=[page.pk]), None),
        "move_post": (
            "post",
            reverse("wagtailadmin_pages:move_confirm", args=[page.pk, our_exhibitor.pk]),
            {},
        ),
        "copy": ("get", reverse("wagtailadmin_pages:copy", args=[page.pk]), None),
        "copy_post": (
            "post",
            reverse("wagtailadmin_pages:copy", args=[page.pk]),
            {
                "new_title": "Copie",
                "new_slug": "copie",
                "new_parent_page": page.get_parent().pk,
                "publish_copies": "on",
            },
        ),
        "unpublish": ("get", reverse("wagtailadmin_pages:unpublish", args=[page.pk]), None),
        "unpublish_post": (
            "post",
            reverse("wagtailadmin_pages:unpublish", args=[page.pk]),
            {"include_descendants": "on"},
        ),
        "revert": (
            "get",
            reverse("wagtailadmin_pages:revisions_revert", args=[page.pk, first_revision.pk]),
            None,
        ),
        "lock": ("post", reverse("wagtailadmin_pages:lock", args=[page.pk]), {}),
    }


ACTIONS = [
    "edit",
    "add_subpage",
    "delete",
    "delete_post",
    "move",
    "move_post",
    "copy",
    "copy_post",
    "unpublish",
    "unpublish_post",
    "revert",
    "lock",
]


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("kind", KINDS)
def test_a_curator_is_refused_every_action_on_another_collectivites_pages(
    sado, teams, kind, action
):
    page, actions = _actions_on_their_pages(teams, kind)
    method, url, data = actions[action]
    before = snapshot(page)

    response = getattr(sado, method)(url, data) if data is not None else sado.get(url)

    assert refused(response), (response.status_code, getattr(response, "url", ""))
    assert snapshot(page) == before


@pytest.mark.parametrize("kind", KINDS)
def test_a_curators_edit_post_to_another_collectivites_pages_changes_nothing(
    sado, teams, superuser_client, kind
):
    page = teams["theirs"][kind]
    data = edit_form(superuser_client, page)
    data["title"] = "Titre écrit par Sado"
    data["action-publish"] = "action-publish"
    before = snapshot(page)

    response = sado.post(edit_url(page), data)

    assert refused(response)
    assert snapshot(page) == before


def test_a_curator_cannot_add_an_object_under_another_collectivite(sado, teams):
    exhibitor = teams["theirs"]["exhibitor"]
    url = reverse("wagtailadmin_pages:add", args=["catalogue", "craftobjectpage", exhibitor.pk])
    count = CraftObjectPage.objects.count()
    assert refused(sado.get(url))
    assert refused(sado.post(url, {"title": "Intrus", "slug": "intrus"}))
    assert CraftObjectPage.objects.count() == count


@pytest.mark.parametrize("slug", ["accueil", "2021-shoku", "collectivites", "materiaux"])
def test_niigata_curator_cannot_edit_shared_pages(niigata, slug):
    page = Page.objects.get(slug=slug, locale__language_code="fr")
    assert refused(niigata.get(edit_url(page)))


# Images


def test_curators_images_live_in_their_collection_and_others_are_out_of_reach(sado, teams):
    their_team = CuratorTeam.objects.get(collectivite=teams["theirs"]["collectivite"])
    our_team = CuratorTeam.objects.get(collectivite=teams["ours"]["collectivite"])
    theirs = image_in(their_team.collection, "Laque de Noto")
    ours = image_in(our_team.collection, "Kumiko de Sado")
    shared = image_in(Collection.objects.get(name=SHARED_COLLECTION), "Affiche de l’exposition")

    assert sado.get(reverse("wagtailimages:edit", args=[ours.pk])).status_code == 200
    assert refused(sado.get(reverse("wagtailimages:edit", args=[theirs.pk])))
    assert refused(sado.post(reverse("wagtailimages:edit", args=[theirs.pk]), {"title": "Volée"}))
    assert refused(sado.post(reverse("wagtailimages:delete", args=[theirs.pk])))
    assert ExhibitionImage.objects.get(pk=theirs.pk).title == "Laque de Noto"
    assert refused(sado.get(reverse("wagtailimages:edit", args=[shared.pk])))

    chooser = sado.get(reverse("wagtailimages_chooser:choose")).json()["html"]
    assert "Kumiko de Sado" in chooser
    assert "Affiche de l’exposition" in chooser
    assert "Laque de Noto" not in chooser


# Shop and snippets


@pytest.mark.parametrize(
    "url",
    [
        "/admin/orders/",
        "/admin/reports/stock-bas/",
        "/admin/snippets/catalogue/material/",
        "/admin/snippets/catalogue/artisan/add/",
        "/admin/snippets/exhibition/venue/",
    ],
)
def test_curators_cannot_reach_orders_or_snippets(niigata, url):
    assert refused(niigata.get(url))


def test_curators_cannot_change_a_material(niigata):
    material = Material.objects.filter(locale__language_code="fr").first()
    url = reverse(material.snippet_viewset.get_url_name("edit"), args=[material.pk])
    assert refused(niigata.post(url, {"name": "Plastique"}))
    material.refresh_from_db()
    assert material.name != "Plastique"
