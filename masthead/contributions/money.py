"""Amounts as readers type them, and as Stripe counts them (integer minor units).

Only currencies with two decimal places are offered, so that "5.50" always means 550 minor
units; Stripe's zero-decimal currencies (JPY, KRW …) would need their own rules.
"""

import re
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext as _

# ISO code → symbol shown before the amount ("" shows the code after it instead).
CURRENCIES = {
    "usd": "$",
    "eur": "€",
    "gbp": "£",
    "chf": "",
    "sek": "",
    "nok": "",
    "dkk": "",
    "pln": "",
    "czk": "",
    "cad": "CA$",
    "aud": "A$",
}
MINOR_UNITS = 100
# What a reader may type: digits, an optional decimal point or comma, at most 2 decimals.
# Thousands separators are refused rather than guessed ("1,000" or "1.000"?).
_AMOUNT = re.compile(r"^\s*(?P<whole>[0-9]{1,9})(?:[.,](?P<fraction>[0-9]+))?\s*$")


def parse_amount(typed: str) -> int:
    """Minor units for an amount typed by a reader, or a ValidationError they can read."""
    match = _AMOUNT.match(typed or "")
    if match is None:
        raise ValidationError(
            _("Please enter an amount in numbers, for example 5 or 12.50."), code="invalid"
        )
    fraction = match["fraction"] or ""
    if len(fraction) > 2:
        raise ValidationError(
            _("Please enter the amount with at most two decimal places."), code="decimals"
        )
    return int(match["whole"]) * MINOR_UNITS + int(fraction.ljust(2, "0"))


def to_minor(amount: Decimal) -> int:
    return int((amount * MINOR_UNITS).to_integral_value())


def format_amount(minor: int, currency: str) -> str:
    """ "$5", "€12.50", "20 CHF": whole amounts without decimals, in the active locale."""
    whole, cents = divmod(minor, MINOR_UNITS)
    number = (
        number_format(whole, use_l10n=True, force_grouping=True)
        if cents == 0
        else number_format(
            Decimal(minor) / MINOR_UNITS, decimal_pos=2, use_l10n=True, force_grouping=True
        )
    )
    symbol = CURRENCIES.get(currency, "")
    return f"{symbol}{number}" if symbol else f"{number}\u00a0{currency.upper()}"
