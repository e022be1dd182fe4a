"""The people who import: a curator of every collectivité but Kumamoto, and a superuser."""

import pytest

from django.contrib.auth import get_user_model

from tests.catalogue import import_data as data


@pytest.fixture
def curator():
    """May add, change and publish objects of every collectivité but Kumamoto."""
    return data.curator("curatrice", data.EDITABLE, publish=True)


@pytest.fixture
def superuser():
    return get_user_model().objects.create_superuser("direction", "d@example.org", "pass")
