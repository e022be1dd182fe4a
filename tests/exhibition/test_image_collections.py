"""The demo's images sit in each collectivité's collection, where its curators may choose
them (exhibition/roles.py); another collectivité's stay out of their chooser."""

import re

import pytest

from django.urls import reverse

from wagtail.permissions import policy_registry

from catalogue.models import CraftObjectImage
from exhibition.models import ExhibitionImage
from exhibition.roles import SHARED_COLLECTION
from tests.exhibition.admin_helpers import curator

pytestmark = pytest.mark.django_db


def test_a_curators_image_chooser_lists_their_collectivites_images(client):
    client.force_login(curator("Niigata"))
    niigata = ExhibitionImage.objects.get(title="Paysage – Niigata").collection

    response = client.get(reverse("wagtailimages_chooser:choose"))

    assert response.status_code == 200
    listed = {int(pk) for pk in re.findall(r"/chooser/chosen/(\d+)/", response.json()["html"])}
    assert listed  # the demo's images are there to choose, not an empty chooser
    collections = set(
        ExhibitionImage.objects.filter(pk__in=listed).values_list("collection__name", flat=True)
    )
    assert collections <= {niigata.name, SHARED_COLLECTION}, collections


def test_every_image_of_a_collectivites_objects_may_be_chosen_by_its_curators():
    user = curator("Niigata")
    permission_policy = policy_registry.get_by_type(ExhibitionImage)
    allowed = set(
        permission_policy.instances_user_has_permission_for(user, "choose").values_list(
            "pk", flat=True
        )
    )
    niigata = set(
        CraftObjectImage.objects.filter(
            page__collectivite__short_name="Niigata", page__locale__language_code="fr"
        ).values_list("image_id", flat=True)
    )
    kanazawa = set(
        CraftObjectImage.objects.filter(
            page__collectivite__short_name="Kanazawa", page__locale__language_code="fr"
        ).values_list("image_id", flat=True)
    )

    assert niigata and niigata <= allowed
    assert not kanazawa & allowed
    assert ExhibitionImage.objects.get(title="Paysage – Niigata").pk in allowed
