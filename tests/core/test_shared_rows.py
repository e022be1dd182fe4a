"""The rows every object page points to (collectivité, edition, material, craft, artisan),
read once per process and content generation instead of joined into each page's query
(core/shared_rows.py): never outdated, read once, and a row they miss is still shown.
"""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from catalogue.models import Material
from tests.factories import CraftObjectPageFactory, ExhibitorPageFactory, MaterialFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]

SHARED_TABLES = ("catalogue_material", "catalogue_crafttradition", "catalogue_artisan")


@pytest.fixture
def two_objects(db):
    exhibitor = ExhibitorPageFactory()
    lacquer = MaterialFactory(name="Laque d’essai")
    return [CraftObjectPageFactory(parent=exhibitor, material=lacquer) for _ in range(2)]


def shared_table_reads(queries) -> list[str]:
    return [q["sql"] for q in queries if any(f'FROM "{t}"' in q["sql"] for t in SHARED_TABLES)]


def test_a_second_object_page_reads_no_shared_row_again(client, two_objects):
    first, second = two_objects
    assert client.get(first.url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(second.url)
    assert response.status_code == 200
    assert "Laque d’essai" in response.content.decode()
    assert shared_table_reads(queries) == []


def test_a_renamed_material_shows_at_once_on_pages_read_before(client, two_objects):
    first, second = two_objects
    assert "Laque d’essai" in client.get(first.url).content.decode()
    material = first.material
    material.name = "Laque renommée"
    material.save()  # a snippet: a new content generation (catalogue/apps.py)
    for page in (first, second):
        html = client.get(page.url).content.decode()
        assert "Laque renommée" in html
        assert "Laque d’essai" not in html


def test_a_row_created_without_a_new_generation_is_still_shown(client, two_objects):
    first, _second = two_objects
    assert client.get(first.url).status_code == 200  # the tables are in memory now
    # bulk_create sends no signal: the generation stays, the tables don't have it.
    (newcomer,) = Material.objects.bulk_create(
        [Material(name="Fer d’essai", name_ja="鉄", slug="fer-essai", locale=first.locale)]
    )
    other = CraftObjectPageFactory(parent=first.get_parent(), material=newcomer)
    assert "Fer d’essai" in client.get(other.url).content.decode()


def test_an_object_without_craft_or_artisan_reads_neither(client, two_objects):
    first, second = two_objects
    assert (second.craft_id, second.artisan_id) == (None, None)
    assert client.get(first.url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(second.url).status_code == 200
    assert shared_table_reads(queries) == []


def test_a_page_kept_in_the_cache_leaves_its_shared_rows_out_and_gets_them_back(two_objects):
    import pickle

    from catalogue.models import CraftObjectPage
    from core.shared_rows import attach_shared_rows, shared_rows

    page = CraftObjectPage.objects.get(pk=two_objects[0].pk)
    attach_shared_rows(page, CraftObjectPage.route_shared_rows)
    pickled = pickle.dumps(page)
    assert "Laque d’essai".encode() not in pickled

    with CaptureQueriesContext(connection) as queries:
        kept = pickle.loads(pickled)
        material = kept.material
    assert material is shared_rows(Material)[page.material_id]
    assert queries.captured_queries == []
    assert kept.collectivite.pk == page.collectivite_id
