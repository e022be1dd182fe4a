"""The «Stock bas» report counts pieces, not pages: the shop sells the French page, and its
English and Japanese translations share its stock, so each object is listed once."""

import pytest

from django.urls import reverse

from catalogue.models import CraftObjectPage
from tests.factories import make_user

pytestmark = pytest.mark.django_db


def test_an_object_translated_into_english_and_japanese_is_listed_once(client):
    CraftObjectPage.objects.update(stock=10)
    french = (
        CraftObjectPage.objects.live()
        .filter(locale__language_code="fr", on_sale=True)
        .order_by("path")
    )
    translated = [
        page for page in french if page.get_translations().filter(live=True).count() == 2
    ][0]
    # Stock is synchronised into the translations: every language says «1 left».
    CraftObjectPage.objects.filter(translation_key=translated.translation_key).update(stock=1)
    client.force_login(make_user("vendeuse", groups=["boutique"]))

    response = client.get(reverse("shop_low_stock"))

    assert response.status_code == 200
    assert [page.pk for page in response.context["object_list"]] == [translated.pk]
