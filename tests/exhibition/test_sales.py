"""An edition's online sales: which parts sell, until which day, and in every language the
French settings."""

import datetime

import pytest
from wagtail_localize.fields import get_translatable_fields

from django.core.exceptions import ValidationError

from exhibition.models import EditionPage, EditionPart
from exhibition.sales import edition_sells, sales_calendar
from tests.exhibition.translation_helpers import translate
from tests.factories import EditionPageFactory

pytestmark = pytest.mark.django_db

D = datetime.date


def edition_with(*parts) -> EditionPage:
    """An edition whose parts are `parts` (dicts of EditionPart fields), published."""
    edition = EditionPage.objects.get(pk=EditionPageFactory(online_sale=None).pk)
    for position, fields in enumerate(parts):
        edition.parts.add(EditionPart(title=f"Temps {position}", sort_order=position, **fields))
    edition.save_revision().publish()
    return EditionPage.objects.get(pk=edition.pk)


ONLINE = {"kind": "online", "start_date": D(2030, 2, 1), "end_date": D(2030, 2, 28)}
EXHIBITION = {"kind": "exhibition", "start_date": D(2030, 3, 2), "end_date": D(2030, 3, 13)}


def test_the_online_exhibition_sells_from_its_first_to_its_last_day():
    edition = edition_with(ONLINE, EXHIBITION)

    assert not edition_sells(edition, D(2030, 1, 31))
    assert edition_sells(edition, D(2030, 2, 1))
    assert edition_sells(edition, D(2030, 2, 28))
    assert not edition_sells(edition, D(2030, 3, 1))


def test_other_parts_sell_only_when_the_editors_say_so():
    shown_only = edition_with(EXHIBITION)
    selling = edition_with({**EXHIBITION, "sells_online": True})

    assert not edition_sells(shown_only, D(2030, 3, 5))
    assert edition_sells(selling, D(2030, 3, 5))


def test_an_online_exhibition_can_be_shown_without_selling():
    edition = edition_with({**ONLINE, "sells_online": False})

    assert not edition_sells(edition, D(2030, 2, 10))


def test_a_sales_end_date_keeps_the_sale_open_after_the_part_and_is_its_last_day():
    edition = edition_with({**ONLINE, "sales_end_date": D(2030, 6, 30)})

    assert edition_sells(edition, D(2030, 6, 30))
    assert not edition_sells(edition, D(2030, 7, 1))


def test_a_part_without_a_start_date_sells_from_the_beginning():
    edition = edition_with({"kind": "online", "end_date": D(2030, 2, 28)})

    assert edition_sells(edition, D(1990, 1, 1))


def test_an_edition_without_parts_does_not_sell():
    edition = edition_with()

    assert not edition_sells(edition, D(2030, 2, 10))


def test_the_calendar_knows_every_edition_year():
    edition = edition_with(ONLINE)

    assert sales_calendar(D(2030, 2, 10)).years[edition.pk] == edition.year


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {**ONLINE, "sales_end_date": D(2030, 1, 15)},
            "La fin des ventes ne peut précéder le début de ce temps.",
        ),
        (
            {**EXHIBITION, "sales_end_date": D(2030, 4, 1)},
            "Ce temps ne vend pas en ligne",
        ),
    ],
)
def test_a_sales_end_that_makes_no_sense_is_refused_with_a_clear_message(fields, message):
    part = EditionPart(title="Temps", **fields)

    with pytest.raises(ValidationError) as error:
        part.clean()

    assert message in error.value.message_dict["sales_end_date"][0]


def test_wagtail_localize_copies_the_sales_settings_and_never_offers_them_to_translate():
    fields = {field.field_name: field for field in get_translatable_fields(EditionPart)}

    for name in ("sells_online", "sales_end_date"):
        assert fields[name].is_synchronized(None) and not fields[name].is_overridable(None)
    assert fields["sales_note"].is_translated(None)


def test_a_translated_edition_sells_exactly_when_the_french_one_does():
    french = edition_with({**ONLINE, "sales_end_date": D(2030, 6, 30)})
    english = translate(french, "en")
    english_part = english.parts.get()

    assert (english_part.sells_online, english_part.sales_end_date) == (None, D(2030, 6, 30))
    # Even a translation's row changed behind wagtail-localize's back changes nothing.
    EditionPart.objects.filter(pk=english_part.pk).update(sales_end_date=D(2040, 1, 1))
    assert edition_sells(english, D(2030, 6, 30))
    assert not edition_sells(english, D(2030, 7, 1))
