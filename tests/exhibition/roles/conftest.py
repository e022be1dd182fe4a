"""Two collectivités of the test's own, Sado and Noto; logged-in curators; a superuser."""

import pytest

from django.test import Client

from tests.exhibition.admin_helpers import curator, member
from tests.exhibition.roles.helpers import team
from tests.factories import EditionPageFactory


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
