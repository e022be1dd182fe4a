from decimal import Decimal

import pytest

from tests.factories import (
    CraftObjectPageFactory,
    EditionPageFactory,
    ExhibitionImageFactory,
    ExhibitorPageFactory,
    MaterialFactory,
)


class SmallCatalogue:
    """An edition of its own: three collectivités, two materials, twelve objects.

    Prices run 15, 25, 35 € … per collectivité and material; every other object is sold
    out, and the others carry the tag «cadeau», so each filter keeps some and drops some.
    """

    LAYOUT = [(0, 0, 4), (0, 1, 1), (1, 0, 2), (1, 1, 2), (2, 0, 3)]  # (who, material, n)

    def __init__(self):
        self.edition = EditionPageFactory()
        self.catalogue = self.edition.catalogue_page()
        self.url = self.catalogue.url
        self.exhibitors = ExhibitorPageFactory.create_batch(3, parent=self.edition)
        self.collectivites = [exhibitor.collectivite for exhibitor in self.exhibitors]
        self.materials = MaterialFactory.create_batch(2)
        self.image = ExhibitionImageFactory()  # shared: its renditions are made once
        self.objects = []
        for who, material, count in self.LAYOUT:
            self.add(count, self.exhibitors[who], self.materials[material])

    def add(self, count, exhibitor=None, material=None):
        pages = [
            CraftObjectPageFactory(
                parent=exhibitor or self.exhibitors[0],
                material=material or self.materials[0],
                image=self.image,
                price=Decimal(15 + 10 * number),
                stock=2 * (number % 2),
                tags=("cadeau",) if number % 2 else ("thé",),
            )
            for number in range(count)
        ]
        self.objects += pages
        return pages


@pytest.fixture
def catalogue(db):
    """A small catalogue built for the test, beside the demo's."""
    return SmallCatalogue()
