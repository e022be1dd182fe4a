"""Regional specialities made by the tests, beside the demo's."""

import factory

from exhibition.models import RegionalSpeciality
from tests.factories import CollectivitePageFactory, TranslatableFactory


class RegionalSpecialityFactory(TranslatableFactory):
    name = factory.Sequence(lambda n: f"Spécialité d’essai {n}")
    japanese_name = factory.Sequence(lambda n: f"試験料理{n}")
    slug = factory.Sequence(lambda n: f"specialite-essai-{n}")
    collectivite = factory.SubFactory(CollectivitePageFactory)
    season = RegionalSpeciality._meta.get_field("season").default
    text = "Un plat créé par les tests."

    class Meta:
        model = RegionalSpeciality
