"""Curators edit their own collectivité, the Éditeurs everything, «boutique» no page at all.

Through the admin's own views: a refusal is a 403 or a redirect to the dashboard, and the
database is checked to be exactly as before.
"""

import io

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from wagtail.models import Collection, GroupPagePermission, Page, Revision

from catalogue.models import CraftObjectPage, Material
from exhibition.models import (
    CollectivitePage,
    CuratorTeam,
    EditionPage,
    ExhibitionImage,
    ExhibitorPage,
    RegionIndexPage,
    TourismPage,
)
from exhibition.roles import EDITORS, SHARED_COLLECTION
from tests.exhibition.admin_helpers import (
    curator,
    edit_form,
    edit_url,
    editor,
    form_data,
    fr,
    image_in,
    member,
    refused,
)
from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
    TourismPageFactory,
)

pytestmark = pytest.mark.django_db

KINDS = ["collectivite", "tourism", "exhibitor", "object"]


def pages_of(slug, language="fr"):
    collectivite = CollectivitePage.objects.get(slug=slug, locale__language_code=language)
    return {
        "collectivite": collectivite,
        "tourism": TourismPage.objects.child_of(collectivite).first(),
        "exhibitor": ExhibitorPage.objects.get(collectivite=collectivite),
        "object": CraftObjectPage.objects.filter(collectivite=collectivite)
        .order_by("path")
        .first(),
    }


def snapshot(page):
    page = Page.objects.get(pk=page.pk)
    return (
        Page.objects.count(),
        page.title,
        page.live,
        page.path,
        page.locked,
        page.latest_revision_id,
        Revision.objects.for_instance(page).count(),
    )


def team(short_name, edition):
    """A collectivité of the test's own taking part in `edition`, with a tourism page and
    an object: its curators' group comes with it (exhibition/signals.py)."""
    exhibitor = ExhibitorPageFactory(parent=edition, collectivite__short_name=short_name)
    collectivite = exhibitor.collectivite
    return {
        "collectivite": collectivite,
        "tourism": TourismPageFactory(parent=collectivite),
        "exhibitor": exhibitor,
        "object": CraftObjectPageFactory(parent=exhibitor),
    }


@pytest.fixture
def teams():
    """Two collectivités of one edition: «Sado», whose curator logs in, and «Noto»."""
    edition = EditionPageFactory(catalogue=None)
    return {"ours": team("Sado", edition), "theirs": team("Noto", edition)}


@pytest.fixture
def sado(client, teams):
    client.force_login(curator("Sado"))
    return client


@pytest.fixture
def niigata(client):
    """A curator of the demo's Niigata, for the demo's translations and shared pages."""
    client.force_login(curator("Niigata"))
    return client


@pytest.fixture
def superuser_client():
    other = Client()
    other.force_login(member("direction", is_superuser=True))
    return other


# The groups and their rights


def test_every_collectivite_has_a_curators_group_with_rights_on_its_own_pages_only():
    for collectivite in CollectivitePage.objects.filter(locale__language_code="fr"):
        team = CuratorTeam.objects.select_related("group", "collection").get(
            collectivite=collectivite
        )
        assert team.group.name == f"Curateurs – {collectivite.short_name}"
        assert team.collection.name == collectivite.short_name
        assert team.collection.get_parent().name == "Collectivités"
        rules = GroupPagePermission.objects.filter(group=team.group)
        assert {r.permission.codename for r in rules} == {"add_page", "change_page"}
        pages = Page.objects.filter(pk__in=rules.values("page")).specific()
        # The collectivité and its participation, in French, English and Japanese.
        assert len(pages) == 6
        for page in pages:
            if isinstance(page, CollectivitePage):
                assert page.translation_key == collectivite.translation_key
            else:
                assert isinstance(page, ExhibitorPage)
                assert page.collectivite.translation_key == collectivite.translation_key


def test_editors_may_add_change_publish_lock_and_unlock_every_page():
    group = Group.objects.get(name=EDITORS)
    rules = GroupPagePermission.objects.filter(group=group)
    assert {r.page.depth for r in rules} == {1}
    assert {r.permission.codename for r in rules} == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }
    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"access_admin", "change_material", "add_artisan", "change_venue"} <= codenames


def test_setup_roles_a_second_time_changes_nothing():
    out = io.StringIO()
    call_command("setup_roles", stdout=out)
    assert "rien à changer" in out.getvalue()


def test_setup_roles_withdraws_a_right_granted_by_hand_on_another_collectivite():
    team = CuratorTeam.objects.get(collectivite=fr(CollectivitePage, "niigata"))
    stray = GroupPagePermission.objects.create(
        group=team.group, page=pages_of("kanazawa")["exhibitor"], permission_type="change"
    )
    GroupPagePermission.objects.filter(
        group=team.group, page=fr(CollectivitePage, "niigata")
    ).delete()
    out = io.StringIO()

    call_command("setup_roles", stdout=out)

    assert not GroupPagePermission.objects.filter(pk=stray.pk).exists()
    assert (
        GroupPagePermission.objects.filter(
            group=team.group, page=fr(CollectivitePage, "niigata")
        ).count()
        == 2
    )
    assert "« Curateurs – Niigata » : 2 droits ajoutés." in out.getvalue()
    assert "« Curateurs – Niigata » : 1 droit retiré." in out.getvalue()


def test_a_new_collectivite_and_its_participation_get_their_curators_without_a_command():
    index = RegionIndexPage.objects.get(locale__language_code="fr")
    sado = CollectivitePage(
        title="Ville de Sado",
        slug="sado",
        kind="ville",
        short_name="Sado",
        name_ja="佐渡市",
        prefecture="Niigata",
        latitude="38.0183",
        longitude="138.3683",
    )
    index.add_child(instance=sado)
    edition = fr(EditionPage, "2021-shoku")
    participation = ExhibitorPage(title="Sado à la 8e édition", slug="sado", collectivite=sado)
    edition.add_child(instance=participation)

    team = CuratorTeam.objects.get(collectivite=sado)
    assert team.group.name == "Curateurs – Sado"
    assert team.collection.name == "Sado"
    granted = set(
        GroupPagePermission.objects.filter(group=team.group).values_list("page_id", flat=True)
    )
    assert granted == {sado.pk, participation.pk}

    sado.short_name = "Sado-shima"
    sado.save_revision().publish()
    team.refresh_from_db()
    assert team.group.name == "Curateurs – Sado-shima"
    assert Collection.objects.get(pk=team.collection_id).name == "Sado-shima"


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


# Éditeurs and «boutique»


EVERY_PAGE_TYPE = [
    "exhibition.homepage",
    "exhibition.editionpage",
    "catalogue.cataloguepage",
    "exhibition.exhibitorpage",
    "catalogue.craftobjectpage",
    "exhibition.regionindexpage",
    "exhibition.collectivitepage",
    "exhibition.tourismpage",
    "catalogue.materialindexpage",
]


@pytest.mark.parametrize("page_type", EVERY_PAGE_TYPE)
def test_editors_edit_and_publish_every_page_type(client, page_type):
    client.force_login(editor())
    app_label, model = page_type.split(".")
    page = (
        Page.objects.filter(
            content_type__app_label=app_label,
            content_type__model=model,
            locale__language_code="fr",
        )
        .order_by("path")
        .first()
    )
    data = edit_form(client, page)
    data["title"] = f"{page.title} (revu)"
    data["action-publish"] = "action-publish"

    response = client.post(edit_url(page), data)

    assert response.status_code == 302, response.content.decode()[:2000]
    page.refresh_from_db()
    assert page.title.endswith("(revu)") and page.live


def test_editors_manage_snippets(client):
    client.force_login(editor())
    assert client.get("/admin/snippets/catalogue/material/").status_code == 200
    assert client.get("/admin/snippets/exhibition/venue/add/").status_code == 200


def test_boutique_members_see_orders_but_cannot_edit_pages(client, teams):
    client.force_login(member("vendeuse", "boutique"))
    page = teams["theirs"]["object"]
    before = snapshot(page)
    assert client.get("/admin/orders/").status_code == 200
    assert refused(client.get(edit_url(page)))
    assert refused(client.post(edit_url(page), {"title": "Soldé"}))
    assert refused(client.get(reverse("wagtailadmin_pages:add_subpage", args=[page.pk])))
    assert snapshot(page) == before
