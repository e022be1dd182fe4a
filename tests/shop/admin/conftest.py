"""Users of the back office, the shop's settings and objects to sell."""

import pytest

from wagtail.models import Site

from catalogue.models import CraftObjectPage
from shop.models import ShopSettings
from tests.factories import make_user


@pytest.fixture
def shop_settings():
    return ShopSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def products():
    objects = CraftObjectPage.objects.live().filter(
        locale__language_code="fr", on_sale=True, stock__gte=5
    )
    return list(objects.order_by("pk")[:6])


@pytest.fixture
def superuser():
    return make_user("direction", superuser=True)


@pytest.fixture
def boutique_user():
    return make_user("vendeuse", groups=["boutique"])


@pytest.fixture
def staff_user():
    """Can open the admin (curators, editors) but is not in the «boutique» group."""
    return make_user("redacteur", permissions=["wagtailadmin.access_admin"])
