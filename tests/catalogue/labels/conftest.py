import pytest

from catalogue.models import CraftObjectPage
from exhibition.roles import EDITORS, roles_sync_collectivite
from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
    make_user,
)


class Hall:
    """An edition with two participations: Wajima's four objects (one a draft, one
    without SKU) and Tsubame's one, with a curator for each and an editor."""

    def __init__(self):
        self.edition = EditionPageFactory()
        self.wajima = ExhibitorPageFactory(
            parent=self.edition, collectivite__short_name="Wajima", collectivite__name_ja="輪島市"
        )
        self.tsubame = ExhibitorPageFactory(parent=self.edition)
        lacquer = MaterialFactory(name="Laque d’essai")
        self.bowl = CraftObjectPageFactory(
            parent=self.wajima,
            title="Bol à soupe laqué « Tsukimi » à décor de lune d’automne et de lapins",
            japanese_name="輪島塗 汁椀 月見",
            material=lacquer,
            sku="WJM-001",
            price="48.00",
        )
        self.tray = CraftObjectPageFactory(
            parent=self.wajima, title="Plateau", material=lacquer, sku="WJM-002", price="1250"
        )
        self.draft = CraftObjectPageFactory(parent=self.wajima, sku="WJM-003", live=False)
        self.no_sku = CraftObjectPageFactory(parent=self.wajima, title="Sans référence")
        # The form requires a SKU; older rows or a database edit may still lack one.
        CraftObjectPage.objects.filter(pk=self.no_sku.pk).update(sku="")
        self.scissors = CraftObjectPageFactory(parent=self.tsubame, sku="TSB-001")
        self.editor = make_user("editeur-hall", groups=[EDITORS])
        self.wajima_curator = self.curator(self.wajima, "curateur-wajima")
        self.tsubame_curator = self.curator(self.tsubame, "curateur-tsubame")

    @staticmethod
    def curator(exhibitor, username):
        collectivite = exhibitor.collectivite
        roles_sync_collectivite(collectivite=collectivite)
        collectivite.refresh_from_db()
        return make_user(username, groups=[collectivite.curator_team.group.name])


@pytest.fixture
def hall(db):
    return Hall()
