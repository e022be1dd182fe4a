"""The demo's workshops, under the 2021 edition, with their English and Japanese pages.

Their texts, French, English and Japanese, are data (`data/workshops.yaml`, the same `en:` /
`ja:` convention as the other files). The translations are wagtail-localize translations
made by the translation service, built from the entry in each language as the French is.
Idempotent: a workshop is looked up by its slug under the edition; the same texts again
change nothing.

Facts (the exhibition's own text): the 2021 edition offered one booking-only «atelier
découverte et initiation» at the MCJP on Saturday 6 March 2021. Illustrative: its hours
(14 h–16 h), its 12 places, its price and its texts, which its page says while the demo
notice is on (core.models.DemoContentSettings). Nothing else is invented: no other
workshop of 2021 is known.
"""

from collections.abc import Callable
from decimal import Decimal

from wagtail.models import Locale

from exhibition.models import EditionPage, Venue
from exhibition.translation.services import translation_apply
from workshops.models import WorkshopPage

from .builders import has_language, in_language
from .content import load

EDITION_SLUG = "2021-shoku"
VENUE_NAME = "Maison de la Culture du Japon à Paris"
TEXTS = ("title", "lead", "body")


def workshop_fields(data) -> dict:
    """The page's fields from one entry of workshops.yaml (French, or laid in a language)."""
    return {
        "slug": data["slug"],
        "title": data["title"],
        "lead": data["lead"],
        "body": [("paragraph", data["body"])],
        "starts_at": data["starts_at"],
        "ends_at": data["ends_at"],
        "capacity": data["capacity"],
        "max_places_per_booking": data["max_places_per_booking"],
        "price": Decimal(str(data["price"])),
        "booking_opens_at": data.get("booking_opens_at"),
        "language": data["language"],
    }


def seed_workshops(*, report: Callable[[str], None] = lambda line: None) -> int:
    """Create what is missing; the number of pages created."""
    default = Locale.get_default()
    edition = EditionPage.objects.filter(slug=EDITION_SLUG, locale=default).first()
    venue = Venue.objects.filter(name=VENUE_NAME, locale=default).first()
    if edition is None or venue is None:
        return 0
    report("Ateliers de l’édition 2021")
    created = 0
    for data in load("workshops"):
        page = WorkshopPage.objects.child_of(edition).filter(slug=data["slug"]).first()
        if page is None:
            page = WorkshopPage(**workshop_fields(data), venue=venue)
            edition.add_child(instance=page)
            page.save_revision().publish()
            created += 1
        created += _translate(page, data)
    return created


def _translate(page: WorkshopPage, data: dict) -> int:
    created = 0
    for code in ("en", "ja"):
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or not has_language(data, code):
            continue
        if page.get_parent().specific.get_translation_or_none(locale) is None:
            continue  # the edition is not translated: nowhere to put the page
        fields = workshop_fields(in_language(data, code))
        texts = {name: fields[name] for name in TEXTS}
        result = translation_apply(source=page, locale=locale, fields=texts)
        created += int(result.target_created)
    return created
