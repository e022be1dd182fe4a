import pytest

from catalogue.models import CraftObjectPage


@pytest.fixture
def obj():
    """A French object on sale with at least two pieces: a sale leaves it available."""
    return (
        CraftObjectPage.objects.live()
        .filter(locale__language_code="fr", stock__gte=2, on_sale=True)
        .order_by("pk")
        .first()
    )
