"""The groups: each collectivité's curators, the Éditeurs, «boutique», and what each may do."""

import io

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import Collection, GroupPagePermission, Page

from exhibition.models import (
    CollectivitePage,
    CuratorTeam,
    EditionPage,
    ExhibitorPage,
    RegionIndexPage,
)
from exhibition.roles import EDITORS
from tests.exhibition.admin_helpers import edit_form, edit_url, editor, fr, member, refused
from tests.exhibition.roles.helpers import pages_of, snapshot

pytestmark = pytest.mark.django_db


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
