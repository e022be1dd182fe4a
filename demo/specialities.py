"""The demo's regional specialities (`data/specialities.yaml`) and the objects they suit.

Idempotent like the rest of the seed: a speciality is looked up by its slug in French; one
that exists is left as it is (an Éditeur may have corrected it). Its English and Japanese
versions are translations made by the translation service, from the entry's `en:` / `ja:`.
An object's «accord mets» is set from the entry's `objects` (references) only while the
object has none, on its French page and on each translation (the specialities of the
translation's language), each through a published revision, as an editor would.
"""

from collections import defaultdict
from collections.abc import Callable

from django.db import transaction

from wagtail.models import Locale

from catalogue.models import CraftObjectPage
from exhibition.models import CollectivitePage, RegionalSpeciality
from exhibition.translation.services import translation_apply

from .builders import has_language, in_language
from .content import load
from .localize import languages

FIELDS = ("name", "japanese_name", "season", "text")
TRANSLATED = ("name", "text")


def seed_specialities(*, report: Callable[[str], object]) -> int:
    """Creates what is missing; returns how many specialities and translations it created."""
    report("Spécialités régionales")
    french = Locale.get_default()
    regions = {
        page.slug: page
        for page in CollectivitePage.objects.filter(locale=french).only("pk", "slug", "path")
    }
    created = 0
    with transaction.atomic():
        sources = {}
        for data in load("specialities"):
            region = regions.get(data["collectivite"])
            if region is None:
                continue
            speciality, new = RegionalSpeciality.objects.get_or_create(
                slug=data["slug"],
                locale=french,
                defaults={name: data[name] for name in FIELDS if name in data}
                | {"collectivite": region},
            )
            created += int(new)
            sources[data["slug"]] = speciality
            for code in languages():
                if has_language(data, code):
                    laid = in_language(data, code)
                    result = translation_apply(
                        source=speciality,
                        locale=code,
                        fields={name: laid[name] for name in TRANSLATED},
                    )
                    created += int(result.target_created)
        _pair_objects(sources)
    return created


def _pair_objects(sources: dict[str, RegionalSpeciality]) -> None:
    wanted = defaultdict(list)  # reference → French specialities
    for data in load("specialities"):
        if data["slug"] in sources:
            for sku in data.get("objects", []):
                wanted[sku].append(sources[data["slug"]])
    keys = {s.translation_key for specialities in wanted.values() for s in specialities}
    in_language = {
        (s.translation_key, s.locale_id): s
        for s in RegionalSpeciality.objects.filter(translation_key__in=keys)
    }
    objects = CraftObjectPage.objects.filter(sku__in=wanted).select_related("locale")
    for obj in objects.prefetch_related("pairings"):
        if obj.pairings.all():
            continue  # set before, by the seed or an editor: theirs
        specialities = [
            in_language.get((s.translation_key, obj.locale_id), s) for s in wanted[obj.sku]
        ]
        obj.pairings = specialities
        revision = obj.save_revision()
        if obj.live:
            revision.publish()
