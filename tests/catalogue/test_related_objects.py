"""The «other objects» below an object's page: what they list, and that they follow changes.

Both lists are kept once per collectivité (and material) for all the objects they are shown
under (CraftObjectPage.related_ids): these tests read them through the page, with the
page cache on, so that a list kept too long would show.
"""

import re

import pytest

from tests.factories import CraftObjectPageFactory, ExhibitorPageFactory, MaterialFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def edition(db):
    """Six lacquer objects here; two lacquer and one porcelain object there."""
    here = ExhibitorPageFactory()
    there = ExhibitorPageFactory(parent=here.get_parent())
    lacquer, porcelain = MaterialFactory(), MaterialFactory()
    objects = {
        title: CraftObjectPageFactory(parent=here, material=lacquer, title=title)
        for title in ("Bol B", "Bol C", "Bol A", "Bol F", "Bol E", "Bol D")
    }
    for title in ("Plateau Y", "Plateau X"):
        objects[title] = CraftObjectPageFactory(parent=there, material=lacquer, title=title)
    objects["Tasse"] = CraftObjectPageFactory(parent=there, material=porcelain, title="Tasse")
    return {"here": here, "there": there, "lacquer": lacquer, "objects": objects}


def listed(client, page, section):
    """The card titles of one «other objects» section of `page`, in order."""
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    match = re.search(rf'aria-labelledby="{section}".*?</section>', html, re.S)
    if match is None:
        return []
    return re.findall(r'class="card__link"[^>]*>([^<]+)</a>', match.group(0))


def test_the_collectivite_list_shows_its_first_four_objects_by_title_without_the_page_itself(
    client, edition
):
    page = edition["objects"]["Bol C"]

    assert listed(client, page, "related-place-title") == ["Bol A", "Bol B", "Bol D", "Bol E"]


def test_the_material_list_shows_the_same_material_from_other_collectivites_only(client, edition):
    page = edition["objects"]["Bol C"]

    assert listed(client, page, "related-material-title") == ["Plateau X", "Plateau Y"]


def test_the_lists_are_the_same_for_each_object_of_the_collectivite_but_its_own(client, edition):
    first = edition["objects"]["Bol A"]

    assert listed(client, edition["objects"]["Bol C"], "related-place-title")[0] == "Bol A"
    assert listed(client, first, "related-place-title") == ["Bol B", "Bol C", "Bol D", "Bol E"]


def test_a_new_object_joins_every_list_it_belongs_to_at_once(client, edition):
    page = edition["objects"]["Bol C"]
    listed(client, page, "related-place-title")
    listed(client, edition["objects"]["Plateau X"], "related-material-title")

    new = CraftObjectPageFactory(parent=edition["here"], material=edition["lacquer"], title="Bol 0")
    new.save_revision().publish()  # as an editor publishes it

    assert listed(client, page, "related-place-title")[0] == "Bol 0"
    assert "Bol 0" in listed(client, edition["objects"]["Plateau X"], "related-material-title")


def test_an_unpublished_object_leaves_the_lists_and_a_renamed_one_moves_at_once(client, edition):
    page, first = edition["objects"]["Bol C"], edition["objects"]["Bol A"]
    assert listed(client, page, "related-place-title")[0] == "Bol A"

    first.unpublish()
    assert listed(client, page, "related-place-title") == ["Bol B", "Bol D", "Bol E", "Bol F"]

    renamed = edition["objects"]["Bol B"]
    renamed.title = "Bol Z"
    renamed.save_revision().publish()
    assert listed(client, page, "related-place-title") == ["Bol D", "Bol E", "Bol F", "Bol Z"]


def test_an_object_of_another_material_now_leaves_the_material_list(client, edition):
    page, moving = edition["objects"]["Bol C"], edition["objects"]["Plateau X"]
    assert listed(client, page, "related-material-title") == ["Plateau X", "Plateau Y"]

    moving.material = edition["objects"]["Tasse"].material
    moving.save_revision().publish()

    assert listed(client, page, "related-material-title") == ["Plateau Y"]


def test_objects_showing_the_same_others_share_one_rendering_of_them(client, edition, monkeypatch):
    from catalogue.models import CraftObjectPage

    rendered = []
    related_cards = CraftObjectPage.related_cards
    monkeypatch.setattr(
        CraftObjectPage,
        "related_cards",
        lambda page, *args: rendered.append(page.title) or related_cards(page, *args),
    )
    # Neither is among the first four of its collectivité: both show Bol A to Bol D.
    for title in ("Bol E", "Bol F"):
        assert listed(client, edition["objects"][title], "related-place-title") == [
            "Bol A",
            "Bol B",
            "Bol C",
            "Bol D",
        ]
    assert rendered == ["Bol E"]

    # Bol A leaves itself out of its own list: rendered for itself.
    assert listed(client, edition["objects"]["Bol A"], "related-place-title") == [
        "Bol B",
        "Bol C",
        "Bol D",
        "Bol E",
    ]
    assert rendered == ["Bol E", "Bol A"]
