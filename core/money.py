"""Money, once for the whole site: Decimal arithmetic, VAT, Stripe's minor units, display.

Amounts are `Decimal` in the currency's units, VAT included, rounded to the cent; the
only integers are minor units, as Stripe counts them. Never float. The catalogue and the
workshops show prices and the shop charges them, so this lives in core, below all three.
"""

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.utils import translation
from django.utils.formats import number_format

CENT = Decimal("0.01")

# Currencies Stripe counts in whole units (https://docs.stripe.com/currencies).
ZERO_DECIMAL_CURRENCIES = frozenset(
    "bif clp djf gnf jpy kmf krw mga pyg rwf ugx vnd vuv xaf xof xpf".split()
)

# U+202F NARROW NO-BREAK SPACE, the French typographic space before a currency sign.
NARROW_NBSP = "\u202f"

# Languages that write the euro sign before the number, without a space: «€1,250.00».
_SIGN_FIRST = frozenset({"en", "ja"})


def round_to_cent(amount: Decimal) -> Decimal:
    """Half up, as a till does: 0.125 → 0.13."""
    return amount.quantize(CENT, ROUND_HALF_UP)


def vat_part(amount: Decimal, rate_percent: Decimal) -> Decimal:
    """The VAT contained in a VAT-inclusive amount: 120 € at 20 % contains 20 €."""
    return round_to_cent(amount * rate_percent / (Decimal(100) + rate_percent))


# Minor units


def to_minor_units(amount: Decimal, currency: str) -> int:
    """Decimal("19.99"), "eur" → 1999; Decimal("500"), "jpy" → 500.

    Raises ValueError rather than round when `amount` has more decimals than the currency.
    """
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise TypeError(f"Expected a finite Decimal, got {amount!r}")
    minor = amount.scaleb(_exponent(currency))
    if minor != minor.to_integral_value():
        raise ValueError(f"{amount} has more decimals than {currency.upper()} allows")
    return int(minor)


def from_minor_units(value: int, currency: str) -> Decimal:
    """1999, "eur" → Decimal("19.99"); 500, "jpy" → Decimal("500")."""
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"Expected an int, got {value!r}")
    return Decimal(value).scaleb(-_exponent(currency))


def _exponent(currency: str) -> int:
    return 0 if currency.lower() in ZERO_DECIMAL_CURRENCIES else 2


# Display


def format_price(amount, *, language: str | None = None, free_label: str | None = None) -> str:
    """A price in euros as each language writes it: «1 250,00 €» (fr), «€1,250.00» (en, ja).

    `amount` is anything Decimal takes (a Decimal, an int, a string); nothing or something
    that is not a number shows as "". With `free_label`, zero or less shows as that label
    («Gratuit» for a free workshop). `language` defaults to the active one.
    """
    if amount is None or amount == "":
        return ""
    try:
        amount = Decimal(amount)
    except (InvalidOperation, TypeError, ValueError):
        return ""
    if free_label is not None and amount <= 0:
        return free_label
    language = language or translation.get_language() or "fr"
    with translation.override(language):
        number = number_format(amount, decimal_pos=2, force_grouping=True)
    if language.split("-")[0] in _SIGN_FIRST:
        return f"€{number}"
    return f"{number}{NARROW_NBSP}€"
