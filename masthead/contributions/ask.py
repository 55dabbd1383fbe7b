"""The ask as configured for a site: which amounts to offer per frequency and currency, and
the limits an amount must respect. Editors change it in Settings → Reader contributions;
until they do, the defaults below apply (minimums as The Guardian's: 2 / 2 / 10)."""

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.http import HttpRequest
from django.utils.translation import gettext as _
from wagtail.models import Site

from masthead.contributions.models import AskAmounts, AskSettings, Frequency
from masthead.contributions.money import MINOR_UNITS, to_minor

# frequency → (suggested, minimum, maximum), in major units, for each default currency.
DEFAULT_AMOUNTS = {
    Frequency.ONCE: ("5, 10, 25, 50", 2, 5000),
    Frequency.MONTHLY: ("2, 5, 10, 20", 2, 1000),
    Frequency.ANNUAL: ("25, 50, 100, 250", 10, 10000),
}
DEFAULT_CURRENCIES = ("usd", "eur", "gbp")


@dataclass(frozen=True)
class Choice:
    frequency: str
    currency: str
    suggested: tuple[int, ...]  # minor units
    minimum: int
    maximum: int


@dataclass(frozen=True)
class Ask:
    settings: AskSettings
    choices: dict[tuple[str, str], Choice]

    @property
    def frequencies(self) -> list[str]:
        offered = {frequency for frequency, _currency in self.choices}
        return [value for value in Frequency.values if value in offered]

    @property
    def currencies(self) -> list[str]:
        offered = sorted({currency for _frequency, currency in self.choices})
        default = self.settings.default_currency
        return sorted(offered, key=lambda code: code != default)

    @property
    def default_frequency(self) -> str:
        wanted = self.settings.default_frequency
        return wanted if wanted in self.frequencies else self.frequencies[0]

    @property
    def default_currency(self) -> str:
        return self.currencies[0]

    def choice(self, frequency: str, currency: str) -> Choice | None:
        return self.choices.get((frequency, currency))


def for_request(request: HttpRequest | None) -> Ask:
    """The ask for the request's site, built once per request (the banner and the ask
    under the article share it)."""
    if request is None:
        return for_site(None)
    cached = getattr(request, "_masthead_ask", None)
    if cached is None:
        cached = for_site(Site.find_for_request(request))
        request._masthead_ask = cached  # type: ignore[attr-defined]
    return cached


def for_site(site: Site | None) -> Ask:
    settings = AskSettings.for_site(site) if site else AskSettings()
    rows = list(settings.amounts.all()) if settings.pk else []
    choices = {
        (row.frequency, row.currency): Choice(
            frequency=row.frequency,
            currency=row.currency,
            suggested=tuple(to_minor(Decimal(value)) for value in suggested_values(row.suggested)),
            minimum=to_minor(row.minimum),
            maximum=to_minor(row.maximum),
        )
        for row in rows
    }
    if not choices:
        choices = {
            (frequency, currency): Choice(
                frequency=frequency,
                currency=currency,
                suggested=tuple(int(value) * MINOR_UNITS for value in suggested.split(",")),
                minimum=minimum * MINOR_UNITS,
                maximum=maximum * MINOR_UNITS,
            )
            for frequency, (suggested, minimum, maximum) in DEFAULT_AMOUNTS.items()
            for currency in DEFAULT_CURRENCIES
        }
    return Ask(settings=settings, choices=choices)


def suggested_values(text: str) -> list[str]:
    return [value.strip() for value in text.split(",") if value.strip()]


def clean_amount_row(row: AskAmounts) -> None:
    """Editors' mistakes in the amounts, caught in the admin form."""
    errors: dict[str, Any] = {}
    values = suggested_values(row.suggested or "")
    if not values or len(values) > 6 or not all(v.isdigit() and int(v) > 0 for v in values):
        errors["suggested"] = _("Give one to six whole amounts separated by commas.")
    if row.minimum is not None and row.maximum is not None:
        if row.maximum <= row.minimum:
            errors["maximum"] = _("The maximum must be above the minimum.")
        elif "suggested" not in errors and not all(
            row.minimum <= Decimal(v) <= row.maximum for v in values
        ):
            errors["suggested"] = _("Every suggested amount must lie between the limits.")
        if row.maximum is not None and row.maximum > 999999:
            errors["maximum"] = _("Stripe takes at most 999,999.99 in one payment.")
    if errors:
        raise ValidationError(errors)


@receiver(post_save, sender=AskSettings)
def add_default_amounts(sender: type, instance: AskSettings, created: bool, **kwargs: Any) -> None:
    """A new site's settings start with the default amounts, for editors to change."""
    if not created or kwargs.get("raw"):
        return
    AskAmounts.objects.bulk_create(
        AskAmounts(
            ask=instance,
            frequency=frequency,
            currency=currency,
            suggested=suggested,
            minimum=Decimal(minimum),
            maximum=Decimal(maximum),
            sort_order=index,
        )
        for index, (currency, (frequency, (suggested, minimum, maximum))) in enumerate(
            (currency, item) for currency in DEFAULT_CURRENCIES for item in DEFAULT_AMOUNTS.items()
        )
    )
