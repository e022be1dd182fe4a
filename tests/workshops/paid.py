"""A paid, booking-only workshop of the tests' own, clearly test data (its title says so).

The demo has none: the one workshop of 2021 the sources know is the free «atelier
découverte et initiation» (demo/data/workshops.yaml). The shop's and the workshops' tests
need a paid one whose places go into the cart: this builds it under the demo's 2021
edition, at its venue, with its English and Japanese pages. Plain Django, no factory, so
that the browser tests' own server can build it too (`manage.py shell -c`).
"""

import datetime
from decimal import Decimal

from wagtail.models import Locale

from exhibition.models import EditionPage, Venue
from workshops.models import WorkshopPage

PAID_SLUG = "atelier-payant-d-essai"
PAID_TITLE = "Atelier payant d’essai"
PAID_PRICE = Decimal("25.00")
EDITION_SLUG = "2021-shoku"
VENUE_NAME = "Maison de la Culture du Japon à Paris"


def paid_workshop_create(
    *, starts_at: datetime.datetime, capacity: int = 4, max_places_per_booking: int = 2
) -> WorkshopPage:
    """The test workshop at 25 € a place, bookable from now until it starts; the one
    already there if it exists (the browser tests share one server)."""
    french = Locale.get_default()
    edition = EditionPage.objects.get(slug=EDITION_SLUG, locale=french)
    existing = WorkshopPage.objects.child_of(edition).filter(slug=PAID_SLUG).first()
    if existing is not None:
        return existing
    page = WorkshopPage(
        title=PAID_TITLE,
        slug=PAID_SLUG,
        lead="Un atelier payant créé par les tests.",
        venue=Venue.objects.get(name=VENUE_NAME, locale=french),
        starts_at=starts_at,
        ends_at=starts_at + datetime.timedelta(hours=2),
        capacity=capacity,
        max_places_per_booking=max_places_per_booking,
        price=PAID_PRICE,
        language=WorkshopPage.Language.FR_JA,
    )
    edition.add_child(instance=page)
    page.save_revision().publish()
    for code in ("en", "ja"):
        translation = page.copy_for_translation(Locale.objects.get(language_code=code))
        translation.save_revision().publish()
    return page
