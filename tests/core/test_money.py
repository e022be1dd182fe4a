"""One money module: Decimal arithmetic, VAT, Stripe's minor units and how prices read."""

from decimal import Decimal

import pytest

from django.template import Context, Template
from django.utils import translation

from core.money import (
    NARROW_NBSP,
    format_price,
    from_minor_units,
    round_to_cent,
    to_minor_units,
    vat_part,
)

# Arithmetic


def test_vat_part_is_what_a_vat_inclusive_amount_contains():
    assert vat_part(Decimal("120.00"), Decimal("20")) == Decimal("20.00")
    assert vat_part(Decimal("10.00"), Decimal("5.5")) == Decimal("0.52")


def test_rounding_to_the_cent_is_half_up():
    assert round_to_cent(Decimal("0.125")) == Decimal("0.13")
    assert round_to_cent(Decimal("0.124")) == Decimal("0.12")


# Minor units


@pytest.mark.parametrize(
    ("amount", "currency", "minor"),
    [
        (Decimal("19.99"), "EUR", 1999),
        (Decimal("19.9"), "eur", 1990),
        (Decimal("19.990"), "EUR", 1999),
        (Decimal("0.01"), "EUR", 1),
        (Decimal("1500"), "JPY", 1500),
        (Decimal("1500.00"), "jpy", 1500),
        (Decimal("9900"), "KRW", 9900),
    ],
)
def test_money_converts_to_minor_units_and_back(amount, currency, minor):
    assert to_minor_units(amount, currency) == minor
    assert from_minor_units(minor, currency) == amount


def test_from_minor_units_keeps_the_currency_decimals():
    assert str(from_minor_units(1900, "EUR")) == "19.00"
    assert str(from_minor_units(1500, "JPY")) == "1500"


@pytest.mark.parametrize(
    ("amount", "currency"),
    [(Decimal("19.999"), "EUR"), (Decimal("0.005"), "EUR"), (Decimal("1500.5"), "JPY")],
)
def test_more_decimals_than_the_currency_allows_is_refused_not_rounded(amount, currency):
    with pytest.raises(ValueError):
        to_minor_units(amount, currency)


@pytest.mark.parametrize("amount", [19.99, "19.99", Decimal("NaN"), Decimal("Infinity")])
def test_money_helper_takes_only_finite_decimals(amount):
    with pytest.raises(TypeError):
        to_minor_units(amount, "EUR")


@pytest.mark.parametrize("value", [19.99, "1999", True])
def test_from_minor_units_takes_only_integers(value):
    with pytest.raises(TypeError):
        from_minor_units(value, "EUR")


# Display


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fr", f"1\u202f250,00{NARROW_NBSP}€"),
        ("en", "€1,250.00"),
        ("ja", "€1,250.00"),
    ],
)
def test_a_price_reads_as_each_language_writes_it(language, expected):
    with translation.override(language):
        shown = format_price(Decimal("1250"))
    # French groups thousands with a no-break space of Django's choosing.
    assert shown.replace("\xa0", "\u202f") == expected
    assert format_price(Decimal("1250"), language=language).replace("\xa0", "\u202f") == expected


def test_french_puts_a_narrow_no_break_space_before_the_euro_sign():
    assert format_price(Decimal("25"), language="fr") == "25,00\u202f€"


@pytest.mark.parametrize("value", [None, "", "abc", object()])
def test_no_price_or_not_a_number_shows_nothing(value):
    assert format_price(value, language="fr") == ""
    assert format_price(value, language="fr", free_label="Gratuit") == ""


def test_a_free_label_stands_for_zero_only_when_asked():
    assert format_price(Decimal("0"), language="fr") == "0,00\u202f€"
    assert format_price(Decimal("0"), language="fr", free_label="Gratuit") == "Gratuit"
    assert format_price("25", language="en", free_label="Free") == "€25.00"


def test_price_filters_in_templates():
    template = Template(
        "{% load money %}{{ a|price }} / {{ b|price_or_free }} / {{ a|price_or_free }}"
    )
    with translation.override("fr"):
        html = template.render(Context({"a": Decimal("25"), "b": Decimal("0")}))
    assert html == "25,00\u202f€ / Gratuit / 25,00\u202f€"
    with translation.override("en"):
        html = template.render(Context({"a": Decimal("25"), "b": None}))
    assert html == "€25.00 /  / €25.00"
