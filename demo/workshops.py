"""The demo's workshops, under the 2021 edition, with their English and Japanese pages.

Idempotent: a workshop is looked up by its slug under the edition, a translation by its
locale; what exists is left as it is.

Facts (the exhibition's own text): the 2021 edition offered one booking-only «atelier
découverte et initiation» at the MCJP on Saturday 6 March 2021. Illustrative: its hours
(14 h–16 h), its 12 places and its texts; and the whole second workshop (gold leaf,
25 € a place, booking opening a month before), which shows the paid, booking-only
workshops of the later editions.
"""

import datetime
from collections.abc import Callable
from decimal import Decimal
from zoneinfo import ZoneInfo

from wagtail.models import Locale

from exhibition.models import EditionPage, Venue
from workshops.models import WorkshopPage

PARIS = ZoneInfo("Europe/Paris")
EDITION_SLUG = "2021-shoku"
VENUE_NAME = "Maison de la Culture du Japon à Paris"


def _at(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=PARIS)


WORKSHOPS = [
    {
        "slug": "atelier-decouverte-et-initiation",
        "title": "Atelier « découverte et initiation »",
        "lead": (
            "Un après-midi pour voir de près les savoir-faire de l’exposition et s’initier "
            "à leurs gestes, autour des objets de la table. Sur réservation uniquement."
        ),
        "body": (
            "<p>Laque, porcelaine, cuivre, bois assemblé : les collectivités exposantes "
            "présentent leurs techniques et font essayer quelques gestes de leurs artisans. "
            "Pour les adultes et les enfants à partir de 10 ans, accompagnés.</p>"
        ),
        "starts_at": _at(2021, 3, 6, 14, 0),
        "ends_at": _at(2021, 3, 6, 16, 0),
        "capacity": 12,
        "max_places_per_booking": 4,
        "price": Decimal("0.00"),
        "booking_opens_at": None,
        "language": WorkshopPage.Language.FR_JA,
        "translations": {
            "en": {
                "title": "Discovery and introduction workshop",
                "lead": (
                    "An afternoon to see the crafts of the exhibition up close and try their "
                    "gestures, around objects of the table. Booking only."
                ),
            },
            "ja": {
                "title": "体験・入門ワークショップ",
                "lead": "展示された食の工芸品を囲み、職人の技を間近に見て体験する午後。要予約。",
            },
        },
    },
    {
        "slug": "atelier-kinpaku-feuille-d-or",
        "title": "Atelier kinpaku : la feuille d’or de Kanazawa",
        "lead": (
            "Poser la feuille d’or sur une paire de baguettes laquées, comme à Kanazawa, "
            "d’où vient presque toute la feuille d’or du Japon. Matériel fourni ; vous "
            "repartez avec votre paire."
        ),
        "body": (
            "<p>La feuille d’or de Kanazawa est battue jusqu’à un dix-millième de millimètre. "
            "Un artisan montre comment la manier à la pince de bambou, puis chacun décore sa "
            "paire de baguettes.</p>"
        ),
        "starts_at": _at(2021, 3, 13, 15, 0),
        "ends_at": _at(2021, 3, 13, 17, 0),
        "capacity": 8,
        "max_places_per_booking": 2,
        "price": Decimal("25.00"),
        "booking_opens_at": _at(2021, 2, 13, 10, 0),
        "language": WorkshopPage.Language.FR_JA,
        "translations": {
            "en": {
                "title": "Kinpaku workshop: Kanazawa gold leaf",
                "lead": (
                    "Lay gold leaf on a pair of lacquered chopsticks, as they do in Kanazawa, "
                    "where nearly all of Japan's gold leaf comes from. Materials provided; you "
                    "take your pair home."
                ),
            },
            "ja": {
                "title": "金箔ワークショップ：金沢の金箔",
                "lead": (
                    "日本の金箔のほとんどを生産する金沢の技で、漆塗りの箸に金箔を貼ります。"
                    "材料付き、作品はお持ち帰りいただけます。"
                ),
            },
        },
    },
]


def seed_workshops(*, report: Callable[[str], None] = lambda line: None) -> int:
    """Create what is missing; the number of pages created."""
    default = Locale.get_default()
    edition = EditionPage.objects.filter(slug=EDITION_SLUG, locale=default).first()
    venue = Venue.objects.filter(name=VENUE_NAME, locale=default).first()
    if edition is None or venue is None:
        return 0
    report("Ateliers de l’édition 2021")
    created = 0
    for data in WORKSHOPS:
        page = WorkshopPage.objects.child_of(edition).filter(slug=data["slug"]).first()
        if page is None:
            fields = {k: v for k, v in data.items() if k not in ("translations", "body")}
            page = WorkshopPage(**fields, venue=venue, body=[("paragraph", data["body"])])
            edition.add_child(instance=page)
            page.save_revision().publish()
            created += 1
        created += _translate(page, data["translations"])
    return created


def _translate(page: WorkshopPage, texts: dict) -> int:
    created = 0
    for code, fields in texts.items():
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or page.get_translation_or_none(locale) is not None:
            continue
        if page.get_parent().specific.get_translation_or_none(locale) is None:
            continue  # the edition is not translated: nowhere to put the page
        copy = page.copy_for_translation(locale)
        for name, value in fields.items():
            setattr(copy, name, value)
        venue = Venue.objects.filter(
            translation_key=page.venue.translation_key, locale=locale
        ).first()
        if venue is not None:
            copy.venue = venue
        copy.save_revision().publish()
        created += 1
    return created
