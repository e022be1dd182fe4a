"""The demo's glossary of crafts, techniques and materials (`data/glossary.yaml`).

Idempotent like the rest of the seed: an entry is looked up by its French term; one that
exists is left as it is (an Éditeur may have corrected it), so re-running adds only what is
missing. Crafts and materials are linked by slug, in French, their source language.
"""

from collections.abc import Callable

from django.conf import settings
from django.db import transaction

from catalogue.models import CraftTradition, GlossaryTerm, Material

from .content import load

TEXT_FIELDS = (
    "term_en",
    "term_ja",
    "romaji",
    "definition_fr",
    "definition_en",
    "definition_ja",
)


def seed_glossary(*, report: Callable[[str], object]) -> int:
    """Creates the glossary entries that are missing; returns how many it created."""
    report("Glossaire")
    french = {"locale__language_code": settings.LANGUAGE_CODE}
    crafts = {craft.slug: craft for craft in CraftTradition.objects.filter(**french)}
    materials = {material.slug: material for material in Material.objects.filter(**french)}
    existing = set(GlossaryTerm.objects.values_list("term_fr", flat=True))
    created = 0
    with transaction.atomic():
        for data in load("glossary"):
            if data["term_fr"] in existing:
                continue
            term = GlossaryTerm.objects.create(
                term_fr=data["term_fr"],
                variants="\n".join(data.get("variants", [])),
                **{name: data.get(name, "") for name in TEXT_FIELDS},
            )
            term.crafts.set(crafts[slug] for slug in data.get("crafts", []) if slug in crafts)
            term.materials.set(
                materials[slug] for slug in data.get("materials", []) if slug in materials
            )
            created += 1
    return created
