import pytest

from tests.factories import CraftObjectPageFactory


@pytest.fixture
def obj(db):
    """A French object on sale with two pieces (a sale leaves it available), listed in its
    edition's catalogue beside another object of the same collectivité and material."""
    obj = CraftObjectPageFactory(stock=2)
    CraftObjectPageFactory(parent=obj.get_parent(), material=obj.material)
    return obj
